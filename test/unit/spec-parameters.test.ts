// The transport serializes path and query parameters as primitives (src/core/transport.ts). If the
// spec ever declares an array or object parameter, this fails: switch to openapi-fetch's serializers.
import { expect, it } from 'vitest';
import { operations, resolve } from '../helpers/spec.js';

it('every path and query parameter of the spec is a string, number, integer or boolean', () => {
  const kinds = new Set<string>();
  for (const operation of operations()) {
    for (const parameter of (operation.parameters ?? []).map(resolve)) {
      if (parameter.in !== 'path' && parameter.in !== 'query') continue;
      kinds.add(resolve(parameter.schema).type);
    }
  }
  expect([...kinds].every((kind) => ['string', 'number', 'integer', 'boolean'].includes(kind))).toBe(true);
  expect(kinds.size).toBeGreaterThan(1);
});
