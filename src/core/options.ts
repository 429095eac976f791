/**
 * The one table of rules for every option the SDK takes, client-wide or per call, so the two can
 * never drift apart. An unknown option or a bad value is a BabySeaValidationError naming it: no
 * option is ever silently ignored.
 */
import { operations, regions } from '../../generated/constraints.js';
import { BabySeaValidationError } from './errors.js';
import { check, describeValue, fail, plainObject, type Rule } from './guards.js';
import { HEADER_VALUE, type HeaderList, headerRecord, readHeaders } from './headers.js';

/** Longest delay a timer can hold (2³¹−1 ms, about 24.8 days); a longer one would fire at once. */
export const MAX_TIMER_MS = 2_147_483_647;

const integer =
  (minimum: number, maximum = Number.MAX_SAFE_INTEGER) =>
  (argument: string, value: unknown) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum || value > maximum) {
      const range = maximum === Number.MAX_SAFE_INTEGER ? `an integer ≥ ${minimum}` : `an integer from ${minimum} to ${maximum}`;
      fail(argument, `expected ${range}, got ${describeValue(value)}.`);
    }
    return value;
  };
const milliseconds = (minimum: number) => (argument: string, value: unknown) => {
  integer(minimum, MAX_TIMER_MS)(argument, value);
  return value as number;
};
const fn = (argument: string, value: unknown) => {
  if (typeof value !== 'function') fail(argument, `expected a function, got ${describeValue(value)}.`);
  return value;
};

// The header rule of the spec's Idempotency-Key parameter.
const IDEMPOTENCY_KEY = (operations['POST /v1/generate/image/{model_owner}/{model_name}'].params.header as Record<string, Rule>)[
  'Idempotency-Key'
]!;

export type Region = keyof typeof regions;

/** The options of one request (per call, or for each poll of a wait). */
export const REQUEST_OPTIONS = ['signal', 'timeout', 'maxRetries', 'headers'] as const;
const POLL_REQUEST_OPTIONS = ['timeout', 'maxRetries', 'headers'] as const;
interface RequestOptionValues {
  signal?: AbortSignal;
  timeout?: number;
  maxRetries?: number;
  headers?: HeaderList;
}

export const OPTION_RULES = {
  // ---- client-wide only ----
  /** The API key; surrounding whitespace is trimmed. Its value never appears in an error. */
  apiKey: (argument: string, value: unknown): string => {
    if (typeof value !== 'string') fail(argument, `expected a string, got a ${value === null ? 'null' : typeof value}.`);
    const key = value.trim();
    if (key === '') fail(argument, 'the API key is empty: pass new BabySea({ apiKey }) or set the BABYSEA_API_KEY environment variable.');
    // It travels in a header (checked not empty above).
    if (!HEADER_VALUE.test(key))
      fail(
        argument,
        'the API key holds a line break, a NUL or a character outside Latin-1, which no HTTP header can carry: check how it was read.',
      );
    return key;
  },
  region: (argument: string, value: unknown): Region => {
    if (typeof value !== 'string' || !Object.hasOwn(regions, value))
      fail(argument, `expected one of ${Object.keys(regions).join(', ')}, got ${describeValue(value)}.`);
    return value as Region;
  },
  /** Overrides the region's host; trailing slashes are dropped. */
  baseUrl: (argument: string, value: unknown): string => {
    if (typeof value !== 'string' || !/^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/.test(value)) {
      fail(argument, `expected an http(s) URL without query or fragment, such as "http://127.0.0.1:4010", got ${describeValue(value)}.`);
    }
    return value.replace(/\/+$/, '');
  },
  fetch: (argument: string, value: unknown) => fn(argument, value) as typeof fetch,
  defaultHeaders: (argument: string, value: unknown): HeaderList => readHeaders(argument, value),
  logger: (argument: string, value: unknown): { debug(message: string, fields: Record<string, unknown>): void } | false => {
    if (value === false) return false;
    if (typeof value !== 'object' || value === null || typeof (value as { debug?: unknown }).debug !== 'function') {
      fail(argument, `expected false or an object with a debug(message, fields) method, got ${describeValue(value)}.`);
    }
    return value as { debug(message: string, fields: Record<string, unknown>): void };
  },
  // ---- client-wide and per call ----
  /** Milliseconds one attempt may take, body included. */
  timeout: milliseconds(1),
  /** Retries after the first attempt. */
  maxRetries: integer(0),
  /** Extra headers (any form `fetch` accepts). */
  headers: (argument: string, value: unknown): HeaderList => readHeaders(argument, value),
  /** Aborts the call at once, in flight or while waiting. */
  signal: (argument: string, value: unknown): AbortSignal => {
    const signal = value as AbortSignal;
    if (
      typeof signal !== 'object' ||
      signal === null ||
      typeof signal.aborted !== 'boolean' ||
      typeof signal.addEventListener !== 'function'
    ) {
      fail(argument, `expected an AbortSignal, got ${describeValue(value)}.`);
    }
    return signal;
  },
  idempotencyKey: (argument: string, value: unknown): string => {
    check(argument, IDEMPOTENCY_KEY, value, '1 to 255 characters of A-Z a-z 0-9 _ - : .');
    return value as string;
  },
  // waitForGeneration
  interval: milliseconds(0),
  maxInterval: milliseconds(0),
  onProgress: fn,
  // The wait has its own signal, so a poll's options take every request option but that one.
  requestOptions: (argument: string, value: unknown): RequestOptionValues =>
    readOptions(argument, value, POLL_REQUEST_OPTIONS) as RequestOptionValues,
} as const;

type Rules = typeof OPTION_RULES;
export type OptionName = keyof Rules;
export type ReadOptions<K extends OptionName> = { [P in K]?: ReturnType<Rules[P]> };

export const CLIENT_OPTIONS = [
  'apiKey',
  'region',
  'baseUrl',
  'timeout',
  'maxRetries',
  'fetch',
  'defaultHeaders',
  'logger',
] as const satisfies readonly OptionName[];
export const IDEMPOTENT_REQUEST_OPTIONS = [...REQUEST_OPTIONS, 'idempotencyKey'] as const satisfies readonly OptionName[];

/**
 * Reads an options object: every key must be one of `allowed`, every value pass its rule; undefined
 * values count as absent. Errors name the option, prefixed with `prefix` for nested objects.
 */
export function readOptions<K extends OptionName>(prefix: string, options: unknown, allowed: readonly K[]): ReadOptions<K> {
  if (options === undefined) return {};
  const given = plainObject(prefix || 'options', options);
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(given)) {
    const argument = prefix ? `${prefix}.${name}` : name;
    if (!(allowed as readonly string[]).includes(name)) {
      throw new BabySeaValidationError(argument, `unknown option; this call takes ${allowed.join(', ')}.`);
    }
    const value = given[name];
    if (value !== undefined) out[name] = OPTION_RULES[name as K](argument, value);
  }
  return out as ReadOptions<K>;
}

/** A wait's `headers` and its `requestOptions.headers` together, the latter winning. */
export function mergeHeaderOptions(outer: HeadersInit | undefined, inner: HeadersInit | undefined): HeadersInit | undefined {
  if (outer === undefined) return inner;
  if (inner === undefined) return outer;
  return { ...headerRecord(readHeaders('headers', outer)), ...headerRecord(readHeaders('requestOptions.headers', inner)) };
}
