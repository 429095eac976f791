/**
 * Argument checks that run before anything is sent: a bad argument becomes a
 * BabySeaValidationError naming it, never an HTTP request (e.g. `a/../b` would reach another route).
 */
import { BabySeaValidationError } from './errors.js';

// The spec's ModelIdentifierSegment pattern: no `..`, `/`, `?`, `#`, `%` or whitespace can pass.
const MODEL_SEGMENT = '[A-Za-z0-9][A-Za-z0-9._-]{0,127}';
const MODEL_ID_RE = new RegExp(`^(${MODEL_SEGMENT})/(${MODEL_SEGMENT})$`);
const UUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const IDEMPOTENCY_KEY_RE = /^[A-Za-z0-9_\-:.]{1,255}$/;
const RESOLUTION_RE = /^[0-9]{3,4}p$/;

/** A short, printable rendering of a rejected value for the error message. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

export function fail(argument: string, message: string): never {
  throw new BabySeaValidationError(argument, message);
}

/** Splits `owner/name` into the two path segments the API receives. */
export function modelSegments(model: unknown): { model_owner: string; model_name: string } {
  const match = typeof model === 'string' ? MODEL_ID_RE.exec(model) : null;
  if (!match) {
    fail(
      'model',
      `expected "owner/name" (letters, digits, ".", "_" or "-", each part starting with a letter or digit, e.g. "bfl/flux-schnell"), got ${describeValue(model)}.`,
    );
  }
  return { model_owner: match[1]!, model_name: match[2]! };
}

export function generationId(id: unknown, argument = 'generationId'): string {
  if (typeof id !== 'string' || !UUID_RE.test(id)) {
    fail(argument, `expected a generation UUID such as "5c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", got ${describeValue(id)}.`);
  }
  return id;
}

export function integerInRange(argument: string, value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `an integer ≥ ${min}` : `an integer from ${min} to ${max}`;
    fail(argument, `expected ${range}, got ${describeValue(value)}.`);
  }
  return value;
}

export function optionalInteger(argument: string, value: unknown, min: number, max?: number): number | undefined {
  return value === undefined ? undefined : integerInRange(argument, value, min, max);
}

export function idempotencyKey(key: unknown): string {
  if (typeof key !== 'string' || !IDEMPOTENCY_KEY_RE.test(key)) {
    fail('idempotencyKey', `expected 1 to 255 characters of A-Z a-z 0-9 _ - : . , got ${describeValue(key)}.`);
  }
  return key;
}

export function resolution(value: unknown, argument: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !RESOLUTION_RE.test(value)) {
    fail(argument, `expected a resolution such as "720p" or "1080p", got ${describeValue(value)}.`);
  }
  return value;
}

export function optionalBoolean(argument: string, value: unknown): boolean | undefined {
  if (value !== undefined && typeof value !== 'boolean') fail(argument, `expected true or false, got ${describeValue(value)}.`);
  return value as boolean | undefined;
}

export function plainObject(argument: string, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(argument, `expected an object, got ${describeValue(value)}.`);
  }
  return value as Record<string, unknown>;
}

/** Checks a generation body: a prompt, only `generation_*` keys, and for video a duration. */
export function generationBody(body: unknown, kind: 'image' | 'video'): Record<string, unknown> {
  const fields = plainObject('body', body);
  for (const key in fields) {
    if (!key.startsWith('generation_')) {
      fail(
        'body',
        `unknown field "${key}": every parameter starts with "generation_" (see library.models() for a model's extra parameters).`,
      );
    }
  }
  const prompt = fields.generation_prompt;
  if (typeof prompt !== 'string' || prompt.length === 0) {
    fail('body.generation_prompt', `required: a non-empty string, got ${describeValue(prompt)}.`);
  }
  if (kind === 'video') integerInRange('body.generation_duration', fields.generation_duration, 1);
  return fields;
}
