/**
 * The SDK's layer around openapi-fetch: the attempt loop of one call. openapi-fetch builds the URL,
 * the headers and the body and runs the middleware; around each of its calls this module adds the
 * per-attempt timeout (body included), the caller's abort, retries with backoff and `Retry-After`,
 * the envelope check, typed errors without secrets, and a debug line per attempt.
 */
import type { Client } from 'openapi-fetch';
import type { paths } from '../../generated/babysea.js';
import { operations } from '../../generated/constraints.js';
import {
  type ApiErrorBody,
  BabySeaAbortError,
  BabySeaError,
  BabySeaInvalidResponseError,
  BabySeaNetworkError,
  BabySeaTimeoutError,
  errorForStatus,
  markRetriesExhausted,
  type RateLimitInfo,
  statusIsRetryable,
} from './errors.js';
import { describeValue, type OperationKey } from './guards.js';
import { type HeaderList, headerRecord } from './headers.js';
import type { Redactor } from './redact.js';
import { backoffDelayMs, isRetryable, MAX_RETRY_AFTER_SECONDS, parseRetryAfter, sleep } from './retry.js';

export type HttpMethod = 'GET' | 'POST' | 'DELETE';

export interface Logger {
  debug(message: string, fields: Record<string, unknown>): void;
}

/** A parsed success envelope with the HTTP answer it came from. */
export interface ApiResult<T> {
  data: T;
  response: Response;
  requestId: string | undefined;
}

/** One call, checked and ready to send. */
export interface Call {
  method: HttpMethod;
  /** The spec's path template, e.g. `/v1/content/{generation_id}`. */
  path: string;
  key: OperationKey;
  params: { path?: Record<string, unknown>; query?: Record<string, unknown> };
  /** The JSON body, already serialized (once per call, not per attempt). */
  body: string | undefined;
  headers: HeaderList;
  timeout: number;
  maxRetries: number;
  signal: AbortSignal | undefined;
  /** The route declares `Idempotency-Key`: answers say whether they were replayed. */
  idempotent: boolean;
}

export interface RequestContext {
  api: Client<paths>;
  /** Sends one attempt's Request with its signal (see wrapFetch). */
  send: SendRequest;
  redactor: Redactor;
  logger: Logger | undefined;
  /** The client-wide headers, for the debug log. */
  headers: HeaderList;
}

type UntypedRequest = (
  method: string,
  path: string,
  init: Record<string, unknown>,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

const EXCERPT_LENGTH = 200;
const rawBodies = new WeakMap<object, string>();

/** The body text a result was parsed from (for `asResponse()` after the body was read). */
export function rawBody(result: ApiResult<unknown>): string {
  return rawBodies.get(result) ?? '';
}

/** Runs a call: attempts until one succeeds, a failure is not worth retrying, or the retries run out. */
export async function runCall<T>(context: RequestContext, call: Call, raw: boolean): Promise<ApiResult<T>> {
  for (let attempt = 1; ; attempt++) {
    const started = Date.now();
    let error: BabySeaError;
    try {
      const result = await attemptOnce<T>(context, call, raw);
      log(context, call, attempt, started, result.response.status, result.requestId);
      return result;
    } catch (caught) {
      error = caught as BabySeaError;
      log(context, call, attempt, started, error.status || undefined, error.requestId, error);
    }
    const retryable = !(error instanceof BabySeaAbortError) && isRetryable(error);
    const waitTooLong = error.retryAfter !== undefined && error.retryAfter > MAX_RETRY_AFTER_SECONDS;
    if (!retryable || waitTooLong || attempt > call.maxRetries) {
      Object.assign(error, { attempts: attempt });
      if (retryable && !waitTooLong) markRetriesExhausted(error);
      throw error;
    }
    try {
      await sleep(error.retryAfter === undefined ? backoffDelayMs(attempt - 1) : error.retryAfter * 1000, call.signal);
    } catch (abort) {
      Object.assign(abort as BabySeaError, { attempts: attempt });
      throw abort;
    }
  }
}

/**
 * One HTTP exchange, bounded by `timeout` from the first byte sent to the last byte read, and
 * settled by the timeout or the caller's abort whatever `fetch` does (the exchange is then aborted
 * and its outcome ignored).
 */
function attemptOnce<T>(context: RequestContext, call: Call, raw: boolean): Promise<ApiResult<T>> {
  const { signal, timeout } = call;
  if (signal?.aborted) return Promise.reject(new BabySeaAbortError(signal.reason));
  return new Promise<ApiResult<T>>((resolve, reject) => {
    const controller = new AbortController();
    let settled = false;
    const settle = (error: BabySeaError | undefined, result?: ApiResult<T>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (error === undefined) return resolve(result!);
      controller.abort();
      reject(error);
    };
    const timer = setTimeout(() => settle(new BabySeaTimeoutError(timeout)), timeout);
    const onAbort = () => settle(new BabySeaAbortError(signal!.reason));
    signal?.addEventListener('abort', onAbort, { once: true });
    exchange<T>(context, call, raw, controller.signal).then(
      (result) => settle(undefined, result),
      (error: BabySeaError) => settle(error),
    );
  });
}

/** Sends the request through openapi-fetch and reads the answer; every failure comes out as a BabySeaError. */
async function exchange<T>(context: RequestContext, call: Call, raw: boolean, signal: AbortSignal): Promise<ApiResult<T>> {
  let answer: { data?: unknown; error?: unknown; response: Response };
  try {
    // The spec's types were checked where the call was declared; here any path goes.
    answer = await (context.api.request as UntypedRequest)(call.method, call.path, {
      params: call.params,
      body: call.body,
      headers: headerRecord(call.headers),
      // The signal goes to fetch beside the Request, not into it: a Request that follows a signal
      // costs far more to build, and fetch would build it again from ours.
      fetch: (request: Request) => context.send(request, signal),
      Request: bodyRememberingRequest(),
      // openapi-fetch leaves a success body unread; it is read below, still under the attempt's timeout.
      parseAs: 'stream',
    });
  } catch (cause) {
    throw requestFailure(context, cause);
  }
  const { response } = answer;
  if (!response.ok) throw httpError(context, response, answer.error);
  if (raw) return { data: undefined as T, response, requestId: response.headers.get('x-request-id') ?? undefined };
  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    // The connection broke while the body was arriving.
    throw networkError(context, cause);
  }
  return parseEnvelope<T>(context, call, response, text);
}

// ---- classifying failures ----

const fetchFailures = new WeakSet<object>();

export type SendRequest = (request: Request, signal?: AbortSignal) => Promise<Response>;

/** The string bodies of the Requests openapi-fetch built, handed to fetch beside them (see wrapFetch). */
const bodyTexts = new WeakMap<Request, string>();

let requestClass: typeof Request | undefined;
/**
 * The Request openapi-fetch builds for the SDK: it remembers a string body. Made on first use, so
 * importing the SDK never needs a global Request.
 */
function bodyRememberingRequest(): typeof Request {
  requestClass ??= class BodyRememberingRequest extends Request {
    constructor(input: RequestInfo | URL, init?: RequestInit) {
      super(input, init);
      if (typeof init?.body === 'string') bodyTexts.set(this, init.body);
    }
  };
  return requestClass;
}

/**
 * How an attempt reaches the network: the user's `fetch` (or the global one, looked up per call so
 * test tools that patch it work), called with no receiver, as browsers and edge runtimes require,
 * as `fetch(request, { signal, body? })`. What it rejects with is remembered as a network failure; what it
 * resolves must be a Response.
 */
export function wrapFetch(userFetch: typeof fetch | undefined): SendRequest {
  return (request, signal) => {
    let pending: unknown;
    try {
      // A body given beside the Request is sent as is (with its length); read from the Request, it
      // would be streamed. A Request that middleware replaced carries its own body.
      const body = bodyTexts.get(request);
      const init = signal === undefined ? undefined : body === undefined ? { signal } : { signal, body };
      pending = (userFetch ?? globalThis.fetch).call(undefined, request, init);
    } catch (error) {
      // Thrown before any promise existed: a bug in the fetch function, not a network failure, so it is not retried.
      return Promise.reject(
        new BabySeaError(`The fetch function threw: ${error instanceof Error ? error.message : String(error)}`, {
          type: 'request_error',
          cause: error,
        }),
      );
    }
    return Promise.resolve(pending).then(checkResponse, rememberNetworkFailure);
  };
}

function checkResponse(response: unknown): Response {
  const candidate = response as Response | null;
  if (typeof candidate?.status !== 'number' || typeof candidate.headers?.get !== 'function' || typeof candidate.text !== 'function') {
    throw new BabySeaInvalidResponseError(`The fetch function resolved with ${describeValue(response)} instead of a Response.`, {
      type: 'invalid_response',
    });
  }
  return candidate;
}

function rememberNetworkFailure(error: unknown): never {
  const failure = typeof error === 'object' && error !== null ? error : new Error(String(error));
  fetchFailures.add(failure);
  throw failure;
}

/** What a failed exchange becomes: the stop reason, a network error, or a failure before sending. */
function requestFailure(context: RequestContext, cause: unknown): BabySeaError {
  if (cause instanceof BabySeaError) return cause;
  if (typeof cause === 'object' && cause !== null && fetchFailures.has(cause)) return networkError(context, cause);
  // Middleware (or building the Request) threw: nothing reached the network, and trying again would fail again.
  return new BabySeaError(`The request could not be sent: ${context.redactor.safeText(describeCause(cause))}`, {
    type: 'request_error',
    cause: safeCause(context, cause),
  });
}

function networkError(context: RequestContext, cause: unknown): BabySeaNetworkError {
  return new BabySeaNetworkError(safeCause(context, cause));
}

function describeCause(cause: unknown): string {
  if (cause instanceof Error) return `${cause.message}${cause.cause instanceof Error ? `: ${cause.cause.message}` : ''}`;
  return String(cause);
}

/** Keeps the underlying error as `cause` unless its text carries a secret. */
function safeCause(context: RequestContext, cause: unknown): unknown {
  const text = describeCause(cause);
  const safe = context.redactor.safeText(text, 10_000);
  return safe === text ? cause : new Error(safe);
}

// ---- answers ----

function readRateLimit(headers: Headers, retryAfter: number | undefined): RateLimitInfo | undefined {
  const read = (name: string) => {
    const value = headers.get(name);
    return value === null || value.trim() === '' || !Number.isFinite(Number(value)) ? undefined : Number(value);
  };
  const limit = read('x-ratelimit-limit');
  const remaining = read('x-ratelimit-remaining');
  const reset = read('x-ratelimit-reset');
  if (limit === undefined || remaining === undefined || reset === undefined) return undefined;
  return retryAfter === undefined ? { limit, remaining, reset } : { limit, remaining, reset, retryAfter };
}

function requestIdOf(context: RequestContext, json: unknown, response: Response): string | undefined {
  const fromBody = (json as { request_id?: unknown } | undefined)?.request_id;
  const id = typeof fromBody === 'string' ? fromBody : response.headers.get('x-request-id');
  return id === null ? undefined : context.redactor.safeText(id, 100);
}

/** An answer with an error status, as the typed error of its status. Every field is built from redacted, bounded wire data. */
function httpError(context: RequestContext, response: Response, payload: unknown): BabySeaError {
  const { redactor } = context;
  const status = response.status;
  const json = typeof payload === 'object' && payload !== null ? (payload as { error?: unknown }) : undefined;
  const detail = typeof json?.error === 'object' && json.error !== null ? (json.error as Record<string, unknown>) : undefined;
  const text = (name: string) => (typeof detail?.[name] === 'string' ? redactor.safeText(detail[name] as string, 100) : undefined);
  const code = text('code') ?? `HTTP_${status}`;
  const type = text('type') ?? 'api_error';
  const retryable = typeof detail?.retryable === 'boolean' ? detail.retryable : statusIsRetryable(status);
  const requestId = requestIdOf(context, json, response);
  const retryAfter = parseRetryAfter(response.headers);
  const message =
    typeof detail?.message === 'string'
      ? redactor.safeText(detail.message)
      : json
        ? 'the API answered with a JSON body that is not a BabySea error'
        : `the API answered with ${notJson(context, typeof payload === 'string' ? payload : '')}`;
  const error: ApiErrorBody['error'] = { code, type, message, retryable };
  if (detail?.details !== undefined) error.details = redactor.safeJson(detail.details) as Record<string, unknown>;
  if (Array.isArray(detail?.provider_errors))
    error.provider_errors = redactor.safeJson(detail.provider_errors) as ApiErrorBody['error']['provider_errors'];
  const body: ApiErrorBody = requestId === undefined ? { status: 'error', error } : { status: 'error', request_id: requestId, error };
  const id = requestId === undefined ? '' : ` (request_id ${requestId})`;
  const ErrorClass = errorForStatus(status);
  return new ErrorClass(`${status} ${type} ${code}: ${message}${id}`, {
    status,
    code,
    type,
    retryable,
    requestId,
    rateLimit: readRateLimit(response.headers, retryAfter),
    retryAfter,
    body,
  });
}

/** A 2xx answer: the spec's envelope, or a typed invalid-response error saying what is wrong. */
function parseEnvelope<T>(context: RequestContext, call: Call, response: Response, text: string): ApiResult<T> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw invalidResponse(context, response, undefined, notJson(context, text));
  }
  const problem = envelopeProblem(call.key, json);
  if (problem) throw invalidResponse(context, response, json, `a body that is not the envelope the spec promises (${problem})`);
  const envelope = json as Record<string, unknown>;
  if (call.idempotent) envelope.idempotency_replayed = response.headers.get('idempotency-replayed') === 'true';
  const result: ApiResult<T> = { data: envelope as T, response, requestId: requestIdOf(context, envelope, response) };
  rawBodies.set(result, text);
  return result;
}

/** A body that is not JSON, in words: a redacted, bounded excerpt of it. */
function notJson(context: RequestContext, text: string): string {
  const excerpt = context.redactor.safeText(text.replace(/\s+/g, ' ').trim(), EXCERPT_LENGTH);
  return `a body that is not JSON (${excerpt ? `"${excerpt}"` : 'empty'})`;
}

/** What keeps `json` from being the operation's success envelope, if anything. */
function envelopeProblem(key: OperationKey, json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return `expected an object, got ${describeValue(json)}`;
  const envelope = json as Record<string, unknown>;
  if (envelope.status !== 'success') return `status is ${describeValue(envelope.status)}, not "success"`;
  const expected = operations[key].response;
  const data = envelope.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return `data is ${describeValue(data)}, not an object`;
  for (const name of expected.envelope) if (envelope[name] === undefined) return `${name} is missing`;
  for (const name of expected.data) if ((data as Record<string, unknown>)[name] === undefined) return `data.${name} is missing`;
  return undefined;
}

function invalidResponse(context: RequestContext, response: Response, json: unknown, what: string): BabySeaInvalidResponseError {
  const requestId = requestIdOf(context, json, response);
  const id = requestId === undefined ? '' : ` (request_id ${requestId})`;
  return new BabySeaInvalidResponseError(
    `${response.status} invalid_response: the API answered with ${context.redactor.safeText(what)}${id}`,
    {
      status: response.status,
      code: `HTTP_${response.status}`,
      type: 'invalid_response',
      requestId,
    },
  );
}

// ---- logging ----

function log(
  context: RequestContext,
  call: Call,
  attempt: number,
  started: number,
  status: number | undefined,
  requestId: string | undefined,
  error?: BabySeaError,
): void {
  const { logger, redactor } = context;
  if (!logger) return;
  const headers: Record<string, string> = {};
  for (const [name, value] of [...context.headers, ...call.headers]) headers[name] = redactor.redact(value);
  try {
    logger.debug(`babysea ${call.method} ${call.path} -> ${status ?? error?.name ?? 'no answer'}`, {
      method: call.method,
      path: call.path,
      status,
      attempt,
      durationMs: Date.now() - started,
      requestId,
      headers,
      ...(error ? { error: error.message } : {}),
    });
  } catch {
    // A logger that throws must not change the outcome of a call.
  }
}
