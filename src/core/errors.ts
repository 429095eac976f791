/**
 * Every error the SDK throws is a `BabySeaError`. An answer from the API with an error status is an
 * instance of the class for that status (chosen in one place, `errorForStatus`); the other classes
 * are failures that never got, or never finished, an answer. The constructors and fields of the
 * official SDK's classes are accepted too, so code written for it keeps working.
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

  /** The official SDK's form. */
  constructor(status: number, body: ApiErrorBody, rateLimit?: RateLimitInfo);
  constructor(message: string, fields?: BabySeaErrorFields);
  constructor(messageOrStatus: string | number, fieldsOrBody?: BabySeaErrorFields | ApiErrorBody, rateLimit?: RateLimitInfo) {
    const fields =
      typeof messageOrStatus === 'number'
        ? fieldsFromBody(messageOrStatus, fieldsOrBody as ApiErrorBody, rateLimit)
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

/** The retry default for an HTTP status when the body does not say (the SDK's and its constructors' alike). */
export function statusIsRetryable(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

function fieldsFromBody(status: number, raw: ApiErrorBody | undefined, rateLimit: RateLimitInfo | undefined): BabySeaErrorFields {
  const error: Partial<ApiErrorBody['error']> = (raw && typeof raw.error === 'object' && raw.error) || {};
  const code = typeof error.code === 'string' && error.code ? error.code : `HTTP_${status}`;
  const type = typeof error.type === 'string' && error.type ? error.type : 'api_error';
  const message = typeof error.message === 'string' && error.message ? error.message : `HTTP ${status}`;
  const retryable = typeof error.retryable === 'boolean' ? error.retryable : statusIsRetryable(status);
  const requestId = typeof raw?.request_id === 'string' ? raw.request_id : undefined;
  const body: ApiErrorBody = {
    status: 'error',
    ...(requestId ? { request_id: requestId } : {}),
    error: { ...error, code, type, message, retryable },
  };
  return { status, code, type, retryable, requestId, rateLimit, retryAfter: rateLimit?.retryAfter, body };
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
    super(`Request timed out after ${timeoutMs} ms.`, { type: 'timeout', retryable: true });
    Object.assign(this, { timeoutMs });
  }
}

/** The connection failed before a complete answer arrived (refused, reset, DNS, TLS); `cause` is what `fetch` threw. */
export class BabySeaNetworkError extends BabySeaError {
  /** The official SDK's form: `(cause, attempts, retryable)`. */
  constructor(cause: unknown, attempts = 1, retryable = true) {
    const detail =
      cause instanceof Error ? `${cause.message}${cause.cause instanceof Error ? `: ${cause.cause.message}` : ''}` : String(cause);
    super(`Network error: ${detail}`, { type: 'network_error', retryable, attempts, cause });
  }
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
    const { status, code, type, retryable, requestId, rateLimit, retryAfter, body } = lastError;
    super(`All ${attempts} attempts failed. Last error: ${lastError.message}`, {
      status,
      code,
      type,
      retryable,
      requestId,
      rateLimit,
      retryAfter,
      body,
      attempts,
      cause: lastError,
    });
    Object.defineProperty(this, 'lastError', { value: lastError, enumerable: false });
    markRetriesExhausted(this);
  }
}

/** Marks an error as the end of a call whose retryable failures ran out of attempts. */
export function markRetriesExhausted(error: BabySeaError): void {
  Object.defineProperty(error, 'retriesExhausted', { value: true, enumerable: false });
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
    const generationStatus = generation.generation_status === 'canceled' ? 'canceled' : 'failed';
    const reason = generation.generation_error ? `: ${generation.generation_error}` : '.';
    super(`Generation ${generation.generation_id} ${generationStatus}${reason}`, {
      code: generation.generation_error_code ?? `generation_${generationStatus}`,
      type: `generation_${generationStatus}`,
      requestId,
    });
    Object.assign(this, {
      generationId: generation.generation_id,
      generationStatus,
      generation,
      generation_id: generation.generation_id,
      generation_status: generationStatus,
      generation_error_code: generation.generation_error_code,
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
    super(`Generation ${generationId} did not finish within ${timeoutMs} ms (last status: ${lastStatus ?? 'unknown'}).`, {
      type: 'generation_timeout',
    });
    Object.assign(this, { generationId, generation_id: generationId, lastStatus, timeoutMs });
  }
}
