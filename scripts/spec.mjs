// The bundled spec as the build steps read it: where it is, and (from openapi/read.mjs, which the
// tests and the sandbox read it with too) its operations and its local `$ref`s followed.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The bundle `npm run generate` writes, relative to the repository. */
export const BUNDLE = 'generated/openapi.json';

export function readBundle() {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../${BUNDLE}`, import.meta.url)), 'utf8'));
}

/** Every operation of the spec: `{ path, method (upper case), item (the path item), op }` (openapi/read.mjs). */
export { operationsOf as specOperations, refResolver } from '../openapi/read.mjs';
