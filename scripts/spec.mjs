// The bundled spec as the build steps read it: where it is, its operations, and its local `$ref`s
// (`#/components/...`) followed.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The bundle `npm run generate` writes, relative to the repository. */
export const BUNDLE = 'generated/openapi.json';

export function readBundle() {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../${BUNDLE}`, import.meta.url)), 'utf8'));
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** Every operation of the spec: `{ path, method (upper case), item (the path item), op }`. */
export function specOperations(spec) {
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({ path, method: method.toUpperCase(), item, op: item[method] })),
  );
}

/** A function that returns a node with its `$ref` (and the `$ref`s it leads to) followed. */
export function refResolver(spec) {
  const resolve = (node) =>
    node?.$ref
      ? resolve(
          node.$ref
            .slice(2)
            .split('/')
            .reduce((at, key) => at[key], spec),
        )
      : node;
  return resolve;
}
