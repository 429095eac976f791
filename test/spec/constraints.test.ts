// The SDK's argument checks (src/core/guards.ts over generated/constraints.ts) agree with the spec:
// for every parameter and body field of every operation, a JSON Schema validator (Ajv 2020) and the
// SDK accept and reject the same values. Walks the bundled spec, so a new operation is covered as is.
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { operations as constraints } from '../../generated/constraints.js';
import { checkCall, type OperationKey, satisfies } from '../../src/core/guards.js';
import { resolve, routes } from '../helpers/spec.js';

const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: false });

/** A schema with every local $ref inlined, as Ajv compiles it standalone. */
function inline(node: any): any {
  if (Array.isArray(node)) return node.map(inline);
  if (node && typeof node === 'object') {
    if (typeof node.$ref === 'string') return inline(resolve(node));
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, inline(v)]));
  }
  return node;
}

/** Whether a value survives JSON: only those can reach the API, so only those are compared (NaN and ±∞ cannot). */
const isJson = (value: unknown): boolean => {
  try {
    return JSON.stringify(JSON.parse(JSON.stringify(value))) === JSON.stringify(value) && JSON.stringify(value) !== undefined;
  } catch {
    return false;
  }
};

/** Values worth trying against a schema: any JSON, near its bounds, its enum, its examples, strings its pattern matches. */
function valuesFor(schema: any): fc.Arbitrary<unknown> {
  const options: fc.Arbitrary<unknown>[] = [
    fc.jsonValue(),
    fc.integer({ min: -3, max: 130 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.string(),
    fc.boolean(),
    fc.constantFrom(null, '', 0, -1, 1, 1.5, 2 ** 31, '720p', 'fal, replicate', 'cloudflare, fal'),
    fc.array(fc.string(), { maxLength: 3 }),
  ];
  const walk = (s: any) => {
    if (!s || typeof s !== 'object') return;
    if (Array.isArray(s.enum)) options.push(fc.constantFrom(...s.enum));
    if (Array.isArray(s.examples)) options.push(fc.constantFrom(...s.examples));
    if (typeof s.pattern === 'string') {
      try {
        options.push(fc.stringMatching(new RegExp(s.pattern)));
      } catch {
        // fast-check cannot generate from some patterns (lookaheads); the other generators still reach them.
      }
    }
    for (const key of ['minimum', 'maximum', 'minLength', 'maxLength'] as const) {
      if (typeof s[key] === 'number') options.push(fc.constantFrom(s[key] - 1, s[key], s[key] + 1));
    }
    for (const branch of s.anyOf ?? []) walk(branch);
    if (s.items) walk(s.items);
  };
  walk(schema);
  return fc.oneof(...options).filter(isJson);
}

const cases = routes().flatMap(({ method, path, operation }) => {
  const key = `${method} ${path}` as OperationKey;
  const rule: any = constraints[key as keyof typeof constraints];
  const parameters = (operation.parameters ?? []).map(resolve).filter((p: any) => p.in === 'path' || p.in === 'query' || p.in === 'header');
  const params = parameters.map((p: any) => ({
    key,
    what: `${p.in} parameter ${p.name}`,
    schema: inline(p.schema),
    rule: rule.params[p.in]?.[p.name],
  }));
  const body = resolve(resolve(operation.requestBody)?.content?.['application/json']?.schema);
  const fields = Object.entries<any>(body?.properties ?? {}).map(([name, schema]) => ({
    key,
    what: `body field ${name}`,
    schema: inline(schema),
    rule: rule.body.properties[name],
  }));
  return [...params, ...fields];
});

describe('every parameter and body field has a rule that agrees with its schema', () => {
  it('the spec has parameters and body fields to check', () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  it.each(cases.map((c) => [`${c.key}: ${c.what}`, c] as const))('%s', (_, { schema, rule }) => {
    expect(rule, 'no generated rule: run npm run generate').toBeDefined();
    const validate = ajv.compile(schema);
    fc.assert(
      fc.property(valuesFor(schema), (value) => {
        // Query and header values are strings on the wire; the SDK checks the value the caller passes.
        expect(satisfies(rule, value), JSON.stringify(value)).toBe(validate(value));
      }),
      { numRuns: 300 },
    );
  });
});

describe('every request body, as a whole, is checked as the spec checks it', () => {
  const bodies = routes().filter(({ operation }) => operation.requestBody);

  it.each(bodies.map((route) => [`${route.method} ${route.path}`, route] as const))('%s', (_, { method, path, operation }) => {
    const schema = inline(resolve(operation.requestBody).content['application/json'].schema);
    const validate = ajv.compile(schema);
    const field = fc.oneof(fc.constantFrom(...Object.keys(schema.properties)), fc.string(), fc.constantFrom('generation_seed', 'prompt'));
    const bodiesArb = fc
      .oneof(
        fc.dictionary(
          field,
          fc.oneof(fc.string(), fc.integer({ min: -1, max: 20 }), fc.boolean(), fc.constantFrom('png', 'fastest', '720p', 5, 8)),
        ),
        fc.jsonValue(),
      )
      .filter(isJson);
    fc.assert(
      fc.property(bodiesArb, (body) => {
        let accepted = true;
        try {
          checkCall(`${method} ${path}` as OperationKey, { params: { path: { model_owner: 'a', model_name: 'b' } }, body });
        } catch {
          accepted = false;
        }
        // Valid path parameters: only the body decides here.
        expect(accepted, JSON.stringify(body)).toBe(validate(body));
      }),
      { numRuns: 500 },
    );
  });
});
