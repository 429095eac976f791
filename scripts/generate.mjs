// Generates generated/babysea.d.ts from the spec; with --check, fails when the committed file is stale.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = new URL('../', import.meta.url);
const specUrl = new URL('openapi/babysea.yaml', root);
const outUrl = new URL('generated/babysea.d.ts', root);
const banner = '// Generated from openapi/babysea.yaml by `npm run generate`. Do not edit by hand.\n\n';

// defaultNonNullable: false keeps fields with a `default` optional in request bodies (the server fills them in).
const ast = await openapiTS(specUrl, { alphabetize: false, immutable: false, defaultNonNullable: false });
const fresh = banner + astToString(ast);

if (process.argv.includes('--check')) {
  const committed = await readFile(outUrl, 'utf8').catch(() => '');
  if (committed !== fresh) {
    console.error(`${fileURLToPath(outUrl)} is stale: the spec changed without \`npm run generate\`.`);
    process.exit(1);
  }
  console.log('generated/ is up to date with the spec.');
} else {
  await mkdir(new URL('generated/', root), { recursive: true });
  await writeFile(outUrl, fresh);
  console.log(`wrote ${fileURLToPath(outUrl)}`);
}
