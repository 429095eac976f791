/**
 * Every option the SDK takes, client-wide or per call: the interfaces users write against, and the
 * one table of rules that reads them, so the two can never drift apart. An unknown option or a bad
 * value is a BabySeaValidationError naming it: no option is ever silently ignored.
 */
import { parameterRules, regions } from '../../generated/constraints.js';
import type { DurationsSnapshot } from '../lib/schedule.js';
import type { Generation } from '../types.js';
import { BabySeaValidationError } from './errors.js';
import { check, describeValue, fail, plainObject, type Rule } from './guards.js';
import { HEADER_VALUE, type HeaderList, readHeaders } from './headers.js';

export type Region = keyof typeof regions;

export interface Logger {
  debug(message: string, fields: Record<string, unknown>): void;
}

export interface ClientOptions {
  /** API key; defaults to the `BABYSEA_API_KEY` environment variable where there is one. */
  apiKey?: string;
  /** Region whose host to call: `us` (default), `eu` or `jp`. */
  region?: Region;
  /** Overrides the region's host, e.g. `http://127.0.0.1:4010` for the sandbox. */
  baseUrl?: string;
  /** Milliseconds one attempt may take, body included (default 30 000, at most 2³¹−1). */
  timeout?: number;
  /** Retries after the first attempt on retryable failures (default 2). */
  maxRetries?: number;
  /** A `fetch` to use instead of the global one (tests, proxies, instrumentation): called with no receiver, as `fetch(url, { method, headers, body, signal })`; forward the signal. */
  fetch?: typeof fetch;
  /** Headers sent with every request (any form `fetch` accepts). Prefer per-call `headers` for a header meant for one route. */
  defaultHeaders?: HeadersInit;
  /** Receives one debug line per attempt (secrets redacted); `BABYSEA_LOG=debug` logs to the console; `false` turns logging off. */
  logger?: Logger | false;
  /** How long generations took, as `client.durations()` gave it in an earlier process: waits start knowing it. */
  durations?: DurationsSnapshot;
}

/** Options every method takes as its last argument; each overrides the client-wide setting for that call. */
export interface RequestOptions {
  /** Aborts the call at once, in flight or while waiting to retry. */
  signal?: AbortSignal;
  /** Milliseconds one attempt may take, body included. */
  timeout?: number;
  /** Retries after the first attempt. */
  maxRetries?: number;
  /** Extra headers for this call (any form `fetch` accepts). */
  headers?: HeadersInit;
}

/** The generate methods also take an idempotency key; without one the SDK makes one per call. */
export interface PostRequestOptions extends RequestOptions {
  idempotencyKey?: string;
}

export interface WaitOptions {
  /** Give up after this many ms in all (default 10 minutes). */
  timeout?: number;
  /** Poll at this fixed pace in ms instead of the adaptive schedule. */
  interval?: number;
  /** Longest gap between polls of the adaptive schedule, in ms (default 10 000). */
  maxInterval?: number;
  /** Stops the wait at once (BabySeaAbortError). */
  signal?: AbortSignal;
  /** Called with the generation after every poll. */
  onProgress?: (generation: Generation) => void;
  /** Headers for every request of the wait. */
  headers?: HeadersInit;
  /** Options for each `getGeneration` poll (its own timeout, retries, headers). */
  requestOptions?: Omit<RequestOptions, 'signal'>;
}

/** Options of the `…AndWait` helpers: the wait's, plus the submit call's idempotency key. */
export interface GenerateAndWaitOptions extends WaitOptions {
  idempotencyKey?: string;
}

export const CLIENT_DEFAULTS = { region: Object.keys(regions)[0] as Region, timeout: 30_000, maxRetries: 2 } as const;
export const WAIT_DEFAULTS = { timeout: 600_000, maxInterval: 10_000 } as const;

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
const milliseconds = (minimum: number) => integer(minimum, MAX_TIMER_MS) as (argument: string, value: unknown) => number;
const fn = (argument: string, value: unknown) => {
  if (typeof value !== 'function') fail(argument, `expected a function, got ${describeValue(value)}.`);
  return value;
};
const headers = (argument: string, value: unknown): HeaderList => readHeaders(argument, value);

// The rule of the spec's Idempotency-Key parameter.
const IDEMPOTENCY_KEY = parameterRules.IdempotencyKey as Rule;

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
    if (typeof value !== 'string' || !/^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/.test(value))
      fail(argument, `expected an http(s) URL without query or fragment, such as "http://127.0.0.1:4010", got ${describeValue(value)}.`);
    return value.replace(/\/+$/, '');
  },
  fetch: (argument: string, value: unknown) => fn(argument, value) as typeof fetch,
  defaultHeaders: headers,
  logger: (argument: string, value: unknown): Logger | false => {
    if (value !== false && typeof (value as Logger | null)?.debug !== 'function')
      fail(argument, `expected false or an object with a debug(message, fields) method, got ${describeValue(value)}.`);
    return value as Logger | false;
  },
  durations: (argument: string, value: unknown): DurationsSnapshot => {
    const snapshot = plainObject(argument, value);
    const ms = (list: unknown) => Array.isArray(list) && list.every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0);
    for (const key of Object.keys(snapshot)) {
      const entry = snapshot[key] as { total?: unknown; predict?: unknown } | null;
      if (!ms(entry?.total) || !ms(entry?.predict))
        fail(`${argument}.${key}`, 'expected { total, predict }: arrays of milliseconds ≥ 0, as client.durations() returns them.');
    }
    return snapshot as DurationsSnapshot;
  },
  // ---- client-wide and per call ----
  /** Milliseconds one attempt may take, body included. */
  timeout: milliseconds(1),
  /** Retries after the first attempt. */
  maxRetries: integer(0),
  /** Extra headers (any form `fetch` accepts). */
  headers,
  /** Aborts the call at once, in flight or while waiting. */
  signal: (argument: string, value: unknown): AbortSignal => {
    const signal = value as AbortSignal | null;
    if (typeof signal?.aborted !== 'boolean' || typeof signal.addEventListener !== 'function')
      fail(argument, `expected an AbortSignal, got ${describeValue(value)}.`);
    return signal;
  },
  idempotencyKey: (argument: string, value: unknown): string => {
    check(argument, IDEMPOTENCY_KEY, value, '1 to 255 characters of A-Z a-z 0-9 _ - : .');
    return value as string;
  },
  // ---- waits ----
  interval: milliseconds(0),
  maxInterval: milliseconds(0),
  onProgress: fn as (argument: string, value: unknown) => (generation: Generation) => void,
  // The wait has its own signal, so a poll's options take every request option but that one.
  requestOptions: (argument: string, value: unknown): RequestOptionValues => readOptions(argument, value, POLL_REQUEST_OPTIONS),
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
  'durations',
] as const satisfies readonly OptionName[];
/** The options of one request (per call, or for each poll of a wait). */
export const REQUEST_OPTIONS = ['signal', 'timeout', 'maxRetries', 'headers'] as const satisfies readonly OptionName[];
const POLL_REQUEST_OPTIONS = ['timeout', 'maxRetries', 'headers'] as const satisfies readonly OptionName[];
export const POST_REQUEST_OPTIONS = [...REQUEST_OPTIONS, 'idempotencyKey'] as const satisfies readonly OptionName[];
export const WAIT_OPTIONS = [
  'timeout',
  'interval',
  'maxInterval',
  'signal',
  'onProgress',
  'headers',
  'requestOptions',
] as const satisfies readonly OptionName[];
export const GENERATE_AND_WAIT_OPTIONS = [...WAIT_OPTIONS, 'idempotencyKey'] as const satisfies readonly OptionName[];

/**
 * Reads an options object: every key must be one of `allowed`, every value pass its rule; undefined
 * values count as absent. Errors name the option, prefixed with `prefix` for nested objects.
 */
const NO_OPTIONS = Object.freeze({});

export function readOptions<K extends OptionName>(prefix: string, options: unknown, allowed: readonly K[]): ReadOptions<K> {
  // Most calls pass no options: one shared empty answer, nothing allocated.
  if (options === undefined) return NO_OPTIONS as ReadOptions<K>;
  const out: Record<string, unknown> = {};
  const given = plainObject(prefix || 'options', options);
  for (const name of Object.keys(given)) {
    const argument = prefix ? `${prefix}.${name}` : name;
    if (!(allowed as readonly string[]).includes(name))
      throw new BabySeaValidationError(argument, `unknown option; this call takes ${allowed.join(', ')}.`);
    const value = given[name];
    if (value !== undefined) out[name] = OPTION_RULES[name as K](argument, value);
  }
  return out as ReadOptions<K>;
}
