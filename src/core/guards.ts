/**
 * Argument checks that run before anything is sent. The rules are the spec's own (generated into
 * generated/constraints.ts), so the client never rejects what the API accepts nor sends what it
 * rejects; only the wording of the messages lives here. A bad argument becomes a
 * BabySeaValidationError naming it, never an HTTP request (e.g. `a/../b` would reach another route).
 */
import { operations, parameterRules } from '../../generated/constraints.js';
import { describeValue } from './describe.js';
import { BabySeaValidationError } from './errors.js';

export { describeValue };

export type OperationKey = keyof typeof operations;

/** A constraint of the spec on one value: the JSON Schema keywords generated/constraints.ts may hold. */
export interface Rule {
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly anyOf?: readonly Rule[];
  readonly items?: Rule;
  readonly required?: boolean;
  /** Known values a pattern accepts, for messages. */
  readonly examples?: readonly unknown[];
}

interface BodyRule {
  readonly required: readonly string[];
  readonly otherKeys: string | null;
  readonly properties: Readonly<Record<string, Rule>>;
}

interface OperationRule {
  readonly params: Readonly<Partial<Record<'path' | 'query' | 'header', Readonly<Record<string, Rule>>>>>;
  readonly body?: BodyRule;
}

const compiled = new Map<string, RegExp>();
function regex(pattern: string): RegExp {
  let re = compiled.get(pattern);
  if (!re) {
    re = new RegExp(pattern, 'u');
    compiled.set(pattern, re);
  }
  return re;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}

// JSON Schema counts lengths in code points; a string has between length/2 and length of them, so
// most strings are decided without counting (a long prompt is never copied to be measured).
function codePoints(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++, count++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return count;
}
const codePointsBelow = (value: string, min: number) => value.length < min || (value.length < 2 * min && codePoints(value) < min);
const codePointsAbove = (value: string, max: number) => value.length > max && (value.length > 2 * max || codePoints(value) > max);

/** Whether `value` satisfies `rule`, as a JSON Schema validator would (format is an annotation). */
export function satisfies(rule: Rule, value: unknown): boolean {
  const type = rule.type;
  if (type !== undefined && !(typeof type === 'string' ? hasType(value, type) : type.some((t) => hasType(value, t)))) return false;
  if (rule.const !== undefined && value !== rule.const) return false;
  if (rule.enum && !rule.enum.includes(value)) return false;
  if (typeof value === 'number') {
    if (rule.minimum !== undefined && value < rule.minimum) return false;
    if (rule.maximum !== undefined && value > rule.maximum) return false;
  }
  if (typeof value === 'string') {
    if (rule.minLength !== undefined && codePointsBelow(value, rule.minLength)) return false;
    if (rule.maxLength !== undefined && codePointsAbove(value, rule.maxLength)) return false;
    if (rule.pattern !== undefined && !regex(rule.pattern).test(value)) return false;
  }
  if (rule.items && Array.isArray(value) && !value.every((item) => satisfies(rule.items!, item))) return false;
  if (rule.anyOf && !rule.anyOf.some((branch) => satisfies(branch, value))) return false;
  return true;
}

/** What a rule expects, in words, for error messages. */
export function expectation(rule: Rule): string {
  if (rule.anyOf) return rule.anyOf.map(expectation).join(', or ');
  if (rule.enum) return `one of ${rule.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  const types = typeof rule.type === 'string' ? [rule.type] : (rule.type ?? []);
  if (types.includes('integer') || types.includes('number')) {
    const kind = types.includes('integer') ? 'an integer' : 'a number';
    if (rule.minimum !== undefined && rule.maximum !== undefined) return `${kind} from ${rule.minimum} to ${rule.maximum}`;
    if (rule.minimum !== undefined) return `${kind} ≥ ${rule.minimum}`;
    if (rule.maximum !== undefined) return `${kind} ≤ ${rule.maximum}`;
    return kind;
  }
  if (types.includes('string')) {
    const lengths =
      rule.maxLength !== undefined ? ` of ${rule.minLength ?? 0} to ${rule.maxLength} characters` : rule.minLength ? ' (not empty)' : '';
    const examples = rule.examples ? ` (e.g. ${rule.examples.map((v) => JSON.stringify(v)).join(', ')})` : '';
    return rule.pattern ? `a string${lengths} matching ${rule.pattern}${examples}` : `a string${lengths}`;
  }
  if (types.includes('boolean')) return 'true or false';
  if (types.includes('array')) return rule.items ? `an array of ${expectation(rule.items).replace(/^an? /, '')}s` : 'an array';
  return types.join(' or ') || 'a valid value';
}

export function fail(argument: string, message: string): never {
  throw new BabySeaValidationError(argument, message);
}

/** Checks one value against its rule; `hint` replaces the generated wording where a friendlier one exists. */
export function check(argument: string, rule: Rule, value: unknown, hint?: string): void {
  if (!satisfies(rule, value)) fail(argument, `expected ${hint ?? expectation(rule)}, got ${describeValue(value)}.`);
}

export function plainObject(argument: string, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail(argument, `expected an object, got ${describeValue(value)}.`);
  return value as Record<string, unknown>;
}

export function operationRule(key: OperationKey): OperationRule {
  return operations[key] as OperationRule;
}

/** Friendly argument names of the named methods, keyed by spec parameter name. */
export type ArgumentNames = Readonly<Record<string, string>>;

/**
 * Checks the parameters and body of a call against the spec: every required parameter is there,
 * every given one satisfies its rule, and nothing unknown is passed (it would be silently dropped).
 */
export function checkCall(key: OperationKey, init: { params?: unknown; body?: unknown }, names?: ArgumentNames): void {
  const rule = operationRule(key);
  // Named methods report their own argument names; the escape hatch reports where in `init` the value was.
  const label = (location: string, name: string) =>
    names ? ((Object.hasOwn(names, name) ? names[name] : undefined) ?? name) : `params.${location}.${name}`;
  const params = init.params === undefined ? {} : plainObject('params', init.params);
  for (const location of Object.keys(params)) {
    if (location !== 'path' && location !== 'query')
      fail(`params.${location}`, `unknown parameter location: ${key} takes ${Object.keys(rule.params).join(', ') || 'no parameters'}.`);
  }
  // Loops without Object.entries: every call runs them.
  checkParams(key, 'path', rule.params.path, params.path, label);
  checkParams(key, 'query', rule.params.query, params.query, label);
  if (rule.body) checkBody(rule.body, init.body);
  else if (init.body !== undefined) fail('body', `${key} takes no body.`);
}

function checkParams(
  key: OperationKey,
  location: 'path' | 'query',
  rules: Readonly<Record<string, Rule>> = {},
  values: unknown,
  label: (location: string, name: string) => string,
): void {
  const given = values === undefined ? {} : plainObject(`params.${location}`, values);
  for (const name in given) {
    if (!Object.hasOwn(rules, name))
      fail(label(location, name), `unknown ${location} parameter: ${key} takes ${Object.keys(rules).join(', ') || 'none'}.`);
  }
  for (const name in rules) {
    const paramRule = rules[name]!;
    const value = given[name];
    if (value === undefined) {
      if (paramRule.required) fail(label(location, name), 'required.');
    } else check(label(location, name), paramRule, value);
  }
}

function checkBody(rule: BodyRule, body: unknown): void {
  const fields = plainObject('body', body);
  for (const name of rule.required) {
    if (fields[name] === undefined) fail(`body.${name}`, `required: ${expectation(rule.properties[name] ?? {})}.`);
  }
  for (const name in fields) {
    if (!Object.hasOwn(fields, name)) continue;
    const value = fields[name];
    const fieldRule = Object.hasOwn(rule.properties, name) ? rule.properties[name] : undefined;
    if (fieldRule) {
      if (value !== undefined) check(`body.${name}`, fieldRule, value);
    } else if (rule.otherKeys === null || !regex(rule.otherKeys).test(name)) {
      fail('body', `unknown field ${JSON.stringify(name)}: model-specific parameters start with "generation_" (see library.models()).`);
    }
  }
}

// The spec's rule for one segment of a model id: no `.` or `..` segment, no `/`, `?`, `#`, `%` or whitespace can pass.
const MODEL_SEGMENT = parameterRules.ModelOwner as Rule;

/** Splits `owner/name` into the two path segments the API receives, each checked against the spec. */
export function modelSegments(model: unknown): { model_owner: string; model_name: string } {
  const slash = typeof model === 'string' ? model.indexOf('/') : -1;
  const owner = slash === -1 ? undefined : (model as string).slice(0, slash);
  const name = slash === -1 ? undefined : (model as string).slice(slash + 1);
  if (!satisfies(MODEL_SEGMENT, owner) || !satisfies(MODEL_SEGMENT, name)) {
    fail(
      'model',
      `expected "owner/name" (letters, digits, ".", "_" or "-", each part starting with a letter or digit, e.g. "bfl/flux-schnell"), got ${describeValue(model)}.`,
    );
  }
  return { model_owner: owner!, model_name: name! };
}
