// Follows local `$ref`s (`#/components/...`) inside a bundled OpenAPI document.

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
