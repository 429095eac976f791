// Reads the argument constraints the SDK checks before sending (parameters and request bodies) out of
// the bundled spec, for generated/constraints.ts. Fails on a keyword the SDK's checker does not know,
// so the client can never silently accept what the spec rejects.

import { refResolver, specOperations } from './spec.mjs';

/** Keywords that constrain a value, and those that only describe it: `format` is an annotation (JSON Schema 2020-12), and so is every `x-` extension. */
const CONSTRAINING = ['type', 'enum', 'const', 'pattern', 'minimum', 'maximum', 'minLength', 'maxLength', 'anyOf', 'items'];
const DESCRIBING = ['description', 'examples', 'example', 'default', 'format', 'title', 'deprecated'];

function readConstraints(spec) {
  const resolve = refResolver(spec);

  function rule(schema, where) {
    const resolved = resolve(schema);
    const out = {};
    for (const [keyword, value] of Object.entries(resolved)) {
      if (DESCRIBING.includes(keyword) || keyword.startsWith('x-')) continue;
      if (!CONSTRAINING.includes(keyword)) throw new Error(`${where}: the SDK's argument checks do not support "${keyword}"`);
      if (keyword === 'anyOf') out.anyOf = value.map((branch, i) => rule(branch, `${where}.anyOf[${i}]`));
      else if (keyword === 'items') out.items = rule(value, `${where}.items`);
      else out[keyword] = value;
    }
    return withoutListedBranch(out);
  }

  /**
   * A list of known values beside a pattern that accepts every one of them (known provider orders,
   * and any well-formed new one) accepts what the pattern alone does: the pattern is kept, with two
   * of the known values as examples for messages. Smaller for the client to ship, the same verdicts.
   */
  function withoutListedBranch(out) {
    const branches = out.anyOf;
    if (!Array.isArray(branches) || branches.length !== 2) return out;
    const listed = branches.find((b) => Array.isArray(b.enum) && Object.keys(b).every((k) => k === 'enum' || k === 'type'));
    const open = branches.find((b) => b !== listed && typeof b.pattern === 'string');
    if (!listed || !open || !listed.enum.every((v) => typeof v === 'string' && new RegExp(open.pattern, 'u').test(v))) return out;
    const { anyOf: _, ...rest } = out;
    return { ...rest, ...open, examples: listed.enum.slice(0, 3) };
  }

  function body(schema, where) {
    const resolved = resolve(schema);
    const names = Object.keys(resolved.patternProperties ?? {});
    if (resolved.type !== 'object' || names.length > 1)
      throw new Error(`${where}: expected an object schema with at most one patternProperties entry`);
    return {
      required: resolved.required ?? [],
      // Keys that are neither listed nor match this pattern are rejected (additionalProperties: false).
      otherKeys: resolved.additionalProperties === false ? (names[0] ?? null) : '.*',
      properties: Object.fromEntries(Object.entries(resolved.properties ?? {}).map(([name, s]) => [name, rule(s, `${where}.${name}`)])),
    };
  }

  /** The keys every value of a schema has: all of allOf's, those common to every anyOf/oneOf branch. */
  function requiredKeys(schema) {
    const s = resolve(schema);
    if (s.allOf) return [...new Set(s.allOf.flatMap(requiredKeys))];
    const branches = s.anyOf ?? s.oneOf;
    if (branches) return branches.map(requiredKeys).reduce((common, keys) => common.filter((k) => keys.includes(k)));
    return s.required ?? [];
  }
  function dataSchema(schema) {
    const s = resolve(schema);
    return s.properties?.data ?? (s.allOf ?? []).map(dataSchema).find(Boolean);
  }

  // Every envelope's status, request_id, message and timestamp: checked by the SDK once, not listed per operation.
  const ENVELOPE_BASICS = ['status', 'request_id', 'message', 'timestamp', 'data'];
  /** What a success envelope must hold besides the basics (the list's paging fields), and what its `data` must hold. */
  function response(schema) {
    return { envelope: requiredKeys(schema).filter((k) => !ENVELOPE_BASICS.includes(k)), data: requiredKeys(dataSchema(schema)) };
  }

  // The rule of each parameter component, by its name: what code reaches for by name (a model id's
  // segment, the idempotency key) rather than through one operation that happens to use it.
  const parameters = Object.fromEntries(
    Object.entries(spec.components.parameters ?? {}).map(([name, parameter]) => [
      name,
      rule(resolve(parameter).schema, `parameters.${name}`),
    ]),
  );

  const operations = {};
  for (const { path, method, item, op } of specOperations(spec)) {
    const where = `${method} ${path}`;
    const entry = { params: {} };
    for (const parameter of [...(item.parameters ?? []), ...(op.parameters ?? [])].map(resolve)) {
      entry.params[parameter.in] ??= {};
      entry.params[parameter.in][parameter.name] = {
        ...(parameter.required === true ? { required: true } : {}),
        ...rule(parameter.schema, `${where} ${parameter.name}`),
      };
    }
    const json = resolve(op.requestBody)?.content?.['application/json'];
    if (json) entry.body = body(json.schema, `${where} body`);
    entry.response = response(resolve(op.responses['200']).content['application/json'].schema);
    operations[where] = entry;
  }
  return { operations, parameters };
}

/** The regions (the servers with an `x-region`), the first one the default. */
function readRegions(spec) {
  return Object.fromEntries(spec.servers.filter((server) => server['x-region']).map((server) => [server['x-region'], server.url]));
}

/** The API key scopes and presets (`x-scopes`, `x-scope-presets` of the bearer scheme). */
function readScopes(spec) {
  const scheme = spec.components.securitySchemes.bearerAuth;
  return { scopes: Object.keys(scheme['x-scopes']), presets: scheme['x-scope-presets'] };
}

/** The error codes (`x-codes` of ApiError's `code`): type, HTTP status and retryability of each. */
export function readErrorCodes(spec) {
  const codes = spec.components.schemas.ApiError.properties.code['x-codes'];
  return Object.fromEntries(
    Object.entries(codes).map(([code, { type, status, retryable }]) => [
      code,
      { type, ...(status === undefined ? {} : { status }), retryable },
    ]),
  );
}

export function constraintsModule(spec) {
  const { operations, parameters } = readConstraints(spec);
  const errorCodes = readErrorCodes(spec);
  const { scopes, presets } = readScopes(spec);
  const union = (values) => values.map((v) => JSON.stringify(v)).join(' | ');
  return [
    `/** Argument constraints per operation ("METHOD /path"), read from the spec: what the SDK checks before sending. */`,
    `export const operations = ${JSON.stringify(operations, null, 2)} as const;`,
    '',
    '/** The rule of each parameter component of the spec (`components/parameters`), by its name. */',
    `export const parameterRules = ${JSON.stringify(parameters, null, 2)} as const;`,
    '',
    '/** The API hosts per region; the first is the default. */',
    `export const regions = ${JSON.stringify(readRegions(spec), null, 2)} as const;`,
    '',
    '/** The scopes an API key can hold. */',
    `export type ApiKeyScope = ${union(scopes)};`,
    '/** The presets keys are created from. */',
    `export type ApiKeyScopePreset = ${union(Object.keys(presets))};`,
    "/** The error codes the API answers with: each one's type, HTTP status and whether a retry can succeed. */",
    `export const errorCodes = ${JSON.stringify(errorCodes, null, 2)} as const;`,
    '/** An error code of the API (`BSE1004`, …). */',
    'export type ErrorCode = keyof typeof errorCodes;',
    '',
    '/** The scopes of each preset (`x-scope-presets`). */',
    `export const scopePresets: Record<ApiKeyScopePreset, readonly ApiKeyScope[]> = ${JSON.stringify(presets, null, 2)};`,
    '',
  ].join('\n');
}
