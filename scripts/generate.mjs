// `npm run generate`: everything derived from the spec's sources (openapi/), written to generated/:
//   openapi.json   the bundled spec (codegen, the mock, the docs and the package read this one)
//   babysea.d.ts   openapi-typescript types
//   constraints.ts the parameter and body constraints the SDK checks before sending
// and, first, each operation's curl sample (openapi/code_samples/curl/, scripts/code-samples.mjs),
// which the bundle then inlines. With --check, writes nothing and fails when a committed file is stale.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { CURL_DIR, curlSamples } from './code-samples.mjs';
import { constraintsModule } from './constraints.mjs';
import { bundle } from './redocly.mjs';

const root = new URL('../', import.meta.url);
const banner = (what) => `// ${what} Generated from openapi/ by \`npm run generate\`. Do not edit by hand.\n\n`;

const checking = process.argv.includes('--check');
const read = (file) => readFile(new URL(file, root), 'utf8').catch(() => '');

// The curl samples come from the spec and are part of it: written before the bundle that inlines them.
// One that a path file lists but that does not exist yet (a new operation) starts empty, so that the
// first bundle resolves.
const paths = new URL('openapi/paths/', root);
for (const file of (await readdir(paths)).filter((name) => name.endsWith('.yaml'))) {
  for (const [, name] of (await readFile(new URL(file, paths), 'utf8')).matchAll(/code_samples\/curl\/([\w.-]+)/g)) {
    const sample = `${CURL_DIR}/${name}`;
    if ((await read(sample)) !== '') continue;
    if (checking) {
      console.error(`${sample} is missing: run \`npm run generate\`.`);
      process.exit(1);
    }
    await mkdir(new URL(`${CURL_DIR}/`, root), { recursive: true });
    await writeFile(new URL(sample, root), '');
  }
}
let spec = bundle();
const samples = curlSamples(spec);
const staleSamples = [];
for (const [file, fresh] of Object.entries(samples)) if ((await read(file)) !== fresh) staleSamples.push(file);
if (!checking && staleSamples.length > 0) {
  await mkdir(new URL(`${CURL_DIR}/`, root), { recursive: true });
  for (const file of staleSamples) {
    await writeFile(new URL(file, root), samples[file]);
    console.log(`wrote ${fileURLToPath(new URL(file, root))}`);
  }
  spec = bundle();
}
// defaultNonNullable: false keeps fields with a `default` optional in request bodies (the server fills them in).
const types = astToString(await openapiTS(spec, { alphabetize: false, immutable: false, defaultNonNullable: false }));

const outputs = {
  'generated/openapi.json': `${JSON.stringify(spec, null, 2)}\n`,
  'generated/babysea.d.ts': banner('Types of the BabySea API.') + types,
  'generated/constraints.ts': banner('Argument constraints of the BabySea API.') + constraintsModule(spec),
};

if (checking) {
  const stale = [...staleSamples];
  for (const [file, fresh] of Object.entries(outputs)) {
    if ((await read(file)) !== fresh) stale.push(file);
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
