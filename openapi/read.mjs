// Reading the bundled spec (generated/openapi.json), for everything that reads it: the build
// scripts, the tests and the sandbox. Pure functions over the document, so the sandbox can run them
// in a browser. The SDK, the sandbox and the checks support GET, POST and DELETE operations only: an
// operation with another method stops here, saying what to do.

/** The HTTP methods an operation may have (lower case, as path items name them). */
export const METHODS = ['get', 'post', 'delete'];
const OTHER_METHODS = ['put', 'patch', 'head', 'options', 'trace'];

/** Every operation of the spec, in document order: `{ path, method (upper case), item (the path item), op }`. */
export function operationsOf(spec) {
  return Object.entries(spec.paths).flatMap(([path, item]) => {
    const other = OTHER_METHODS.find((method) => item[method]);
    if (other) {
      throw new Error(
        `${other.toUpperCase()} ${path}: the SDK, the sandbox and the checks support GET, POST and DELETE only; see CONTRIBUTING.md, "Limits", for what another method needs.`,
      );
    }
    return METHODS.filter((method) => item[method]).map((method) => ({ path, method: method.toUpperCase(), item, op: item[method] }));
  });
}

/** A JSON pointer (`#/a/b`) from keys, escaped as RFC 6901 and URI fragments want. */
export function pointer(...keys) {
  return `#/${keys.map((key) => encodeURIComponent(key.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/')}`;
}

/** The value a pointer names inside `document`. */
export function atPointer(document, ref) {
  let node = document;
  for (const part of ref.replace(/^#\/?/, '').split('/')) {
    if (part === '') continue;
    node = node?.[decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

/** Follows `$ref`s from `node` (found at pointer `at`); returns the object and the pointer where it really lives. */
export function deref(document, node, at) {
  let value = node;
  let where = at;
  while (value && typeof value.$ref === 'string') {
    where = value.$ref;
    value = atPointer(document, where);
  }
  return { value, at: where };
}

/** A function that returns a node with its `$ref` (and the `$ref`s it leads to) followed. */
export function refResolver(document) {
  return (node) => deref(document, node, '').value;
}
