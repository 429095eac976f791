/**
 * Every error the SDK throws is a `BabySeaError`. An answer with an error status becomes the class
 * of its status through one factory, `errorFromAnswer`, whose field rules (`errorFields`) the
 * official SDK's constructor `new BabySeaError(status, body)` shares; the other classes are failures
 * that never got, or never finished, an answer.
 */
import type { components } from '../../generated/babysea.js';
import type { Generation } from '../types.js';

/** An error answer of the API, normalized: every field is present. */
export type ApiErrorBody = components['schemas']['ErrorResponse'];

export interface RateLimitInfo {
  /** Requests allowed in the current window (`X-RateLimit-Limit`). */
  limit: number;
  /** Requests left in the current window (`X-RateLimit-Remaining`). */
  remaining: number;
  /** When the window resets, Unix seconds (`X-RateLimit-Reset`). */
  reset: number;
  /** Seconds the API asked to wait (`Retry-After`), when it did. */
  retryAfter?: number;
}

export interface BabySeaErrorFields {
  /** HTTP status of the answer; 0 when no answer arrived. */
  status?: number;
  code?: string;
  type?: string;
  retryable?: boolean;
  requestId?: string;
  rateLimit?: RateLimitInfo;
  retryAfter?: number;
  body?: ApiErrorBody;
  attempts?: number;
  cause?: unknown;
}

export class BabySeaError extends Error {
  /** HTTP status of the answer; 0 when no answer arrived (network error, timeout, abort, bad argument). */
  declare readonly status: number;
  /** Stable code: `BSE` + 4 digits from the API, `HTTP_<status>` when its body had none, else the `type`. */
  declare readonly code: string;
  /** Error class, e.g. `insufficient_credits`, `rate_limit_exceeded`, `timeout`, `network_error`. */
  declare readonly type: string;
  /** Whether sending the same request again can succeed. */
  declare readonly retryable: boolean;
  /** The server's request id: quote it to support. */
  declare readonly requestId: string | undefined;
  declare readonly rateLimit: RateLimitInfo | undefined;
  /** Seconds the server asked to wait (`retry-after-ms` / `Retry-After`), when it did. */
  declare readonly retryAfter: number | undefined;
  /** The error as an API error body (`{ status: 'error', error: { code, type, message, … } }`), bounded and redacted. */
  declare readonly body: ApiErrorBody;
  /** How many attempts the call made before this error ended it. */
  declare readonly attempts: number;

  /** The official SDK's form: the fields normalized from an error body, as the SDK's own answers are. */
  constructor(status: number, body: ApiErrorBody, rateLimit?: RateLimitInfo);
  constructor(message: string, fields?: BabySeaErrorFields);
  constructor(messageOrStatus: string | number, fieldsOrBody?: BabySeaErrorFields | ApiErrorBody, rateLimit?: RateLimitInfo) {
    const fields =
      typeof messageOrStatus === 'number'
        ? { ...errorFields(messageOrStatus, fieldsOrBody), rateLimit, retryAfter: rateLimit?.retryAfter }
        : ((fieldsOrBody ?? {}) as BabySeaErrorFields);
    const message = typeof messageOrStatus === 'number' ? fields.body!.error.message : messageOrStatus;
    super(message, fields.cause === undefined ? undefined : { cause: fields.cause });
    this.name = new.target.name;
    const type = fields.type ?? 'api_error';
    const code = fields.code ?? type;
    const retryable = fields.retryable ?? false;
    // One assignment for every field, so subclasses stay short.
    Object.assign(this, {
      status: fields.status ?? 0,
      code,
      type,
      retryable,
      requestId: fields.requestId,
      rateLimit: fields.rateLimit,
      retryAfter: fields.retryAfter,
      body: fields.body ?? { status: 'error', error: { code, type, message, retryable } },
      attempts: fields.attempts ?? 1,
    });
  }

  /** The error itself: code written for `BabySeaRetryError` reads `lastError` (see there). */
  get lastError(): BabySeaError {
    return this;
  }
}

/** The retry default for an HTTP status when the body does not say. */
export const statusIsRetryable = (status: number): boolean => status === 408 || status === 409 || status === 429 || status >= 500;

/** Makes text from the wire safe to keep (the SDK's redactor); the identity for bodies a caller built. */
export type SafeText = (text: string, max?: number) => string;
const asIs: SafeText = (text) => text;

/**
 * The fields of an error answer, normalized as the official SDK does: a missing code is
 * `HTTP_<status>`, a missing type `api_error`, a missing message `HTTP <status>` (the official
 * words), a missing `retryable` the status default. Every string goes through `safe`.
 */
export function errorFields(status: number, payload: unknown, safe: SafeText = asIs, safeJson: (value: unknown) => unknown = (v) => v) {
  const json = typeof payload === 'object' && payload !== null ? (payload as { error?: unknown; request_id?: unknown }) : undefined;
  const detail = typeof json?.error === 'object' && json.error !== null ? (json.error as Record<string, unknown>) : {};
  const text = (value: unknown, max?: number) => (typeof value === 'string' && value !== '' ? safe(value, max) : undefined);
  const code = text(detail.code, 100) ?? `HTTP_${status}`;
  const type = text(detail.type, 100) ?? 'api_error';
  const retryable = typeof detail.retryable === 'boolean' ? detail.retryable : statusIsRetryable(status);
  const requestId = text(json?.request_id, 100);
  const error: ApiErrorBody['error'] = { code, type, message: text(detail.message) ?? `HTTP ${status}`, retryable };
  if (detail.details !== undefined) error.details = safeJson(detail.details) as Record<string, unknown>;
  if (Array.isArray(detail.provider_errors))
    error.provider_errors = safeJson(detail.provider_errors) as ApiErrorBody['error']['provider_errors'];
  const body: ApiErrorBody = requestId === undefined ? { status: 'error', error } : { status: 'error', request_id: requestId, error };
  return { status, code, type, retryable, requestId, body, apiMessage: text(detail.message) };
}

// ---- answers with an error status: one class per status family ----

/** 400: the request is malformed. */
export class BabySeaBadRequestError extends BabySeaError {}
/** 401: the API key is missing, invalid or expired. */
export class BabySeaAuthenticationError extends BabySeaError {}
/** 402: the balance does not cover the generation (`BSE1004`). */
export class BabySeaInsufficientCreditsError extends BabySeaError {}
/** 403: the key lacks the scope, or the IP is not allowed. */
export class BabySeaPermissionDeniedError extends BabySeaError {}
/** 404: no such generation or model. */
export class BabySeaNotFoundError extends BabySeaError {}
/** 409: an idempotency conflict (`BSE2015`, `BSE2016`). */
export class BabySeaConflictError extends BabySeaError {}
/** 422: a parameter is out of range, a file unusable, or the input flagged. */
export class BabySeaUnprocessableEntityError extends BabySeaError {}
/** 429: a rate or concurrency limit; see `retryAfter` and `rateLimit`. */
export class BabySeaRateLimitError extends BabySeaError {}
/** 5xx: the API or every provider failed. */
export class BabySeaInternalServerError extends BabySeaError {}
/** A 2xx answer that is not what the spec promises (not JSON, not an envelope, a page that does not advance). */
export class BabySeaInvalidResponseError extends BabySeaError {}

const STATUS_CLASSES: Record<number, typeof BabySeaError> = {
  400: BabySeaBadRequestError,
  401: BabySeaAuthenticationError,
  402: BabySeaInsufficientCreditsError,
  403: BabySeaPermissionDeniedError,
  404: BabySeaNotFoundError,
  409: BabySeaConflictError,
  422: BabySeaUnprocessableEntityError,
  429: BabySeaRateLimitError,
};

/** The class of an error answer: its status decides, never the client's configuration. */
export function errorForStatus(status: number): typeof BabySeaError {
  if (status >= 200 && status < 300) return BabySeaInvalidResponseError;
  return STATUS_CLASSES[status] ?? (status >= 500 ? BabySeaInternalServerError : BabySeaError);
}

/**
 * The one error factory: an answer with an error status, as the typed error of its status. A
 * BabySea error body reads `429 rate_limit_exceeded BSE1005: <message> (request_id …)`; any other
 * body starts with the official SDK's words, `HTTP <status>`, then says what came instead.
 */
export function errorFromAnswer(
  status: number,
  payload: unknown,
  /** What the body was, when it was not a BabySea error body. */
  otherBody: string,
  extra: Pick<BabySeaErrorFields, 'rateLimit' | 'retryAfter'>,
  safe: SafeText,
  safeJson: (value: unknown) => unknown,
): BabySeaError {
  const { apiMessage, ...fields } = errorFields(status, payload, safe, safeJson);
  const id = fields.requestId === undefined ? '' : ` (request_id ${fields.requestId})`;
  const message =
    apiMessage === undefined
      ? `HTTP ${status}: the API answered with ${otherBody}${id}`
      : `${status} ${fields.type} ${fields.code}: ${apiMessage}${id}`;
  return new (errorForStatus(status))(message, { ...fields, ...extra });
}

// ---- failures without an (complete) answer ----

/** An argument or option was invalid; nothing was sent. `argument` names it. */
export class BabySeaValidationError extends BabySeaError {
  declare readonly argument: string;
  constructor(argument: string, message: string) {
    super(`Invalid ${argument}: ${message}`, { type: 'validation_error' });
    Object.assign(this, { argument });
  }
}

/** The attempt took longer than `timeout` ms (headers or body). */
export class BabySeaTimeoutError extends BabySeaError {
  declare readonly timeoutMs: number;
  constructor(timeoutMs: number) {
    super(`Request timed out after ${timeoutMs}ms`, { type: 'timeout', retryable: true });
    Object.assign(this, { timeoutMs });
  }
}

/** The connection failed before a complete answer arrived (refused, reset, DNS, TLS); `cause` is what `fetch` threw. */
export class BabySeaNetworkError extends BabySeaError {
  /** The official SDK's form: `(cause, attempts, retryable)`. */
  constructor(cause: unknown, attempts = 1, retryable = true) {
    super(networkMessage(cause, attempts), { type: 'network_error', retryable, attempts, cause });
  }
}

/** The official SDK's words: `Network error after <n> attempt(s): <what fetch said>`. */
export function networkMessage(cause: unknown, attempts: number): string {
  const detail =
    cause instanceof Error ? `${cause.message}${cause.cause instanceof Error ? `: ${cause.cause.message}` : ''}` : String(cause);
  return `Network error after ${attempts} attempt(s): ${detail}`;
}

/** The caller's `signal` aborted the call; `cause` is the signal's reason. */
export class BabySeaAbortError extends BabySeaError {
  constructor(reason: unknown) {
    super('Request aborted by the caller.', { type: 'aborted', cause: reason });
  }
}

/**
 * A retryable failure the SDK stopped retrying (its attempts ran out). The SDK throws the last
 * error itself (a `BabySeaRateLimitError`, `BabySeaTimeoutError`, …, with `attempts` set), so
 * `instanceof` never depends on `maxRetries`; `instanceof BabySeaRetryError` is true for it too,
 * and `lastError` is the error itself, so code written for a wrapping retry error keeps working.
 */
export class BabySeaRetryError extends BabySeaError {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof BabySeaError && (value as { retriesExhausted?: boolean }).retriesExhausted === true;
  }

  /** Wraps `lastError` (either argument order: the official SDK's is `(lastError, attempts)`). */
  constructor(lastError: BabySeaError, attempts: number);
  constructor(attempts: number, lastError: BabySeaError);
  constructor(a: BabySeaError | number, b: BabySeaError | number) {
    const [lastError, attempts] = typeof a === 'number' ? [b as BabySeaError, a] : [a, b as number];
    super(`All ${attempts} attempts failed. Last error: ${lastError.message}`, { ...lastError, attempts, cause: lastError });
    Object.defineProperty(this, 'lastError', { value: lastError });
    markRetriesExhausted(this);
  }
}

/** Marks an error as the end of a call whose retryable failures ran out of attempts. */
export function markRetriesExhausted(error: BabySeaError): void {
  Object.defineProperty(error, 'retriesExhausted', { value: true });
}

/** `waitForGeneration` saw the generation end as `failed` or `canceled`. */
export class BabySeaGenerationFailedError extends BabySeaError {
  declare readonly generationId: string;
  declare readonly generationStatus: 'failed' | 'canceled';
  /** The generation record as last read, with `generation_error` and `generation_error_code`. */
  declare readonly generation: Generation;
  /** The official SDK's names for the same fields. */
  declare readonly generation_id: string;
  declare readonly generation_status: 'failed' | 'canceled';
  declare readonly generation_error_code: string | undefined;
  constructor(generation: Generation, requestId?: string) {
    const id = generation.generation_id;
    const status = generation.generation_status === 'canceled' ? 'canceled' : 'failed';
    const code = generation.generation_error_code;
    super(`Generation ${id} ${status}${generation.generation_error ? `: ${generation.generation_error}` : '.'}`, {
      code: code ?? `generation_${status}`,
      type: `generation_${status}`,
      requestId,
    });
    Object.assign(this, {
      generationId: id,
      generationStatus: status,
      generation,
      generation_id: id,
      generation_status: status,
      generation_error_code: code,
    });
  }
}

/** `waitForGeneration` ran out of time before the generation finished. */
export class BabySeaGenerationTimeoutError extends BabySeaError {
  declare readonly generationId: string;
  /** The official SDK's name for `generationId`. */
  declare readonly generation_id: string;
  /** The status last seen, e.g. `processing`; undefined if no poll answered. */
  declare readonly lastStatus: Generation['generation_status'];
  declare readonly timeoutMs: number;
  /** The official SDK's argument order. */
  constructor(generationId: string, timeoutMs: number, lastStatus: Generation['generation_status']) {
    super(`Timed out after ${timeoutMs}ms waiting for generation ${generationId} (last status: ${lastStatus ?? 'unknown'})`, {
      type: 'generation_timeout',
    });
    Object.assign(this, { generationId, generation_id: generationId, lastStatus, timeoutMs });
  }
}
