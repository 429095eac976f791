/**
 * Every error the SDK throws is a `BabySeaError`. A plain `BabySeaError` is an error answer from
 * the API; the subclasses are failures that never got (or never finished) an answer.
 */
import type { Generation } from '../types.js';

export interface RateLimitInfo {
  /** Requests allowed in the current window (`X-RateLimit-Limit`). */
  limit: number | undefined;
  /** Requests left in the current window (`X-RateLimit-Remaining`). */
  remaining: number | undefined;
  /** When the window resets, Unix seconds (`X-RateLimit-Reset`). */
  reset: number | undefined;
}

export interface BabySeaErrorFields {
  status?: number;
  code?: string;
  type?: string;
  retryable?: boolean;
  requestId?: string;
  rateLimit?: RateLimitInfo;
  retryAfter?: number;
  body?: unknown;
  cause?: unknown;
}

export class BabySeaError extends Error {
  /** HTTP status of the answer; undefined when no answer arrived. */
  declare readonly status: number | undefined;
  /** Stable code: `BSE` + 4 digits from the API, `HTTP_<status>` when the body had none. */
  declare readonly code: string | undefined;
  /** Error class, e.g. `rate_limited`, `authentication_error`, `invalid_response`. */
  declare readonly type: string | undefined;
  /** Whether sending the same request again can succeed. */
  declare readonly retryable: boolean;
  /** The server's request id: quote it to support. */
  declare readonly requestId: string | undefined;
  declare readonly rateLimit: RateLimitInfo | undefined;
  /** Seconds the server asked us to wait (`Retry-After` / `retry-after-ms`), when it did. */
  declare readonly retryAfter: number | undefined;
  /** The parsed error body (or a short excerpt of a body that was not JSON). */
  declare readonly body: unknown;

  constructor(message: string, { cause, ...fields }: BabySeaErrorFields = {}) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = new.target.name;
    // One assignment for every field, so subclasses stay one line each.
    Object.assign(
      this,
      {
        status: undefined,
        code: undefined,
        type: undefined,
        retryable: false,
        requestId: undefined,
        rateLimit: undefined,
        retryAfter: undefined,
        body: undefined,
      },
      fields,
    );
  }
}

/** An argument was invalid; nothing was sent. `argument` names it. */
export class BabySeaValidationError extends BabySeaError {
  declare readonly argument: string;
  constructor(argument: string, message: string) {
    super(`Invalid ${argument}: ${message}`, { type: 'validation_error' });
    Object.assign(this, { argument });
  }
}

/** The attempt took longer than `timeout` ms (headers or body). */
export class BabySeaTimeoutError extends BabySeaError {
  constructor(timeoutMs: number) {
    super(`Request timed out after ${timeoutMs} ms.`, { type: 'timeout', retryable: true });
  }
}

/** The connection failed before a complete answer arrived (refused, reset, DNS, TLS). */
export class BabySeaNetworkError extends BabySeaError {
  constructor(message: string, cause: unknown) {
    super(`Network error: ${message}`, { type: 'network_error', retryable: true, cause });
  }
}

/** The caller's `signal` aborted the call; `cause` is the signal's reason. */
export class BabySeaAbortError extends BabySeaError {
  constructor(reason: unknown) {
    super('Request aborted by the caller.', { type: 'aborted', cause: reason });
  }
}

/** Every attempt failed with a retryable error. The last one is `lastError` (and `cause`), whose fields it copies. */
export class BabySeaRetryError extends BabySeaError {
  declare readonly attempts: number;
  declare readonly lastError: BabySeaError;
  constructor(attempts: number, lastError: BabySeaError) {
    const { status, code, type, retryable, requestId, rateLimit, retryAfter, body } = lastError;
    super(`Gave up after ${attempts} attempts: ${lastError.message}`, {
      status,
      code,
      type,
      retryable,
      requestId,
      rateLimit,
      retryAfter,
      body,
      cause: lastError,
    });
    Object.assign(this, { attempts, lastError });
  }
}

/** `waitForGeneration` saw the generation end as `failed` or `canceled`. */
export class BabySeaGenerationFailedError extends BabySeaError {
  declare readonly generationId: string;
  declare readonly generationStatus: 'failed' | 'canceled';
  /** The generation record as last read, with `generation_error` and `generation_error_code`. */
  declare readonly generation: Generation;
  constructor(generation: Generation, requestId: string | undefined) {
    const generationStatus = generation.generation_status === 'canceled' ? 'canceled' : 'failed';
    const reason = generation.generation_error ? `: ${generation.generation_error}` : '.';
    super(`Generation ${generation.generation_id} ${generationStatus}${reason}`, {
      code: generation.generation_error_code,
      type: `generation_${generationStatus}`,
      requestId,
    });
    Object.assign(this, { generationId: generation.generation_id, generationStatus, generation });
  }
}

/** `waitForGeneration` ran out of time before the generation finished. */
export class BabySeaGenerationTimeoutError extends BabySeaError {
  declare readonly generationId: string;
  /** The status last seen, e.g. `processing`; undefined if no poll answered. */
  declare readonly lastStatus: string | undefined;
  declare readonly timeoutMs: number;
  constructor(generationId: string, lastStatus: string | undefined, timeoutMs: number) {
    super(`Generation ${generationId} did not finish within ${timeoutMs} ms (last status: ${lastStatus ?? 'unknown'}).`, {
      type: 'generation_timeout',
    });
    Object.assign(this, { generationId, lastStatus, timeoutMs });
  }
}
