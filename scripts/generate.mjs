// `npm run generate`: everything derived from the spec's sources (openapi/), written to generated/:
//   openapi.json   the bundled spec (codegen, the mock, the docs and the package read this one)
//   babysea.d.ts   openapi-typescript types
//   constraints.ts the parameter and body constraints the SDK checks before sending
// With --check, writes nothing and fails when a committed file is stale.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { constraintsModule } from './constraints.mjs';
import { bundle } from './redocly.mjs';

const root = new URL('../', import.meta.url);
const banner = (what) => `// ${what} Generated from openapi/ by \`npm run generate\`. Do not edit by hand.\n\n`;

const spec = bundle();
// defaultNonNullable: false keeps fields with a `default` optional in request bodies (the server fills them in).
const types = astToString(await openapiTS(spec, { alphabetize: false, immutable: false, defaultNonNullable: false }));

const outputs = {
  'generated/openapi.json': `${JSON.stringify(spec, null, 2)}\n`,
  'generated/babysea.d.ts': banner('Types of the BabySea API.') + types,
  'generated/constraints.ts': banner('Argument constraints of the BabySea API.') + constraintsModule(spec),
};

if (process.argv.includes('--check')) {
  const stale = [];
  for (const [file, fresh] of Object.entries(outputs)) {
    if ((await readFile(new URL(file, root), 'utf8').catch(() => '')) !== fresh) stale.push(file);
  }
  if (stale.length) {
    console.error(`${stale.join(', ')} ${stale.length === 1 ? 'is' : 'are'} stale: the spec changed without \`npm run generate\`.`);
    process.exit(1);
  }
  console.log('generated/ is up to date with openapi/.');
} else {
  await mkdir(new URL('generated/', root), { recursive: true });
  for (const [file, fresh] of Object.entries(outputs)) {
    await writeFile(new URL(file, root), fresh);
    console.log(`wrote ${fileURLToPath(new URL(file, root))}`);
  }
}
