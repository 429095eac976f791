// The API's envelopes: `{ status: 'success', request_id, message, timestamp, data }` and
// `{ status: 'error', request_id, error: { code, type, message, retryable, details? } }`, and the
// bearer key a request carries.
import { type ErrorCode, errorCodes } from '../../../generated/constraints.ts';
import type { Violation } from '../validation.ts';

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** The key of `Authorization: Bearer <key>`, or undefined when the header is absent or malformed. */
export function bearerToken(header: string | null): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

export interface ApiErrorInit {
  retryable?: boolean;
  details?: Record<string, unknown>;
  headers?: Record<string, string>;
  /**
   * The sandbox's own answer about the request (an unknown Prefer example), not the API's: checked
   * against ErrorResponse rather than the operation's declared statuses.
   */
  sandbox?: boolean;
}

/** An error answer; thrown anywhere in a handler, it becomes the error envelope. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly type: string;
  readonly retryable: boolean;
  readonly details: Record<string, unknown> | undefined;
  readonly headers: Record<string, string>;
  readonly sandbox: boolean;

  constructor(status: number, code: string, type: string, message: string, init: ApiErrorInit = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.type = type;
    this.retryable = init.retryable ?? (status === 429 || status >= 500);
    this.details = init.details;
    this.headers = init.headers ?? {};
    this.sandbox = init.sandbox === true;
  }

  body(requestId: string) {
    return {
      status: 'error' as const,
      request_id: requestId,
      error: {
        code: this.code,
        type: this.type,
        message: this.message,
        retryable: this.retryable,
        ...(this.details ? { details: this.details } : {}),
      },
    };
  }
}

/**
 * An error answer of one of the API's codes: its type, HTTP status and retryability are the spec's
 * (`x-codes`, generated into generated/constraints.ts), so the sandbox cannot answer a code otherwise.
 */
export function apiError(code: ErrorCode, message: string, init: Omit<ApiErrorInit, 'retryable'> = {}): ApiError {
  const { type, retryable, ...rest } = errorCodes[code];
  const status = 'status' in rest ? rest.status : 502;
  return new ApiError(status, code, type, message, { ...init, retryable });
}

/** The sandbox's own code for what is not there (an unknown route, scenario, delivery or file): not one of the API's. */
export const SANDBOX_NOT_FOUND = 'BSE4004';

/** 400 BSE2001 for a missing field or malformed body; 422 BSE2008 for a value out of range. */
export function violationError(violation: Violation): ApiError {
  const details = { field: violation.field, ...(violation.allowed ? { allowed: violation.allowed } : {}) };
  return apiError(violation.status === 400 ? 'BSE2001' : 'BSE2008', violation.message, { details });
}

export const errors = {
  missingKey: () => apiError('BSE1001', 'An API key is required: send Authorization: Bearer <api key>.'),
  invalidKey: () => apiError('BSE1002', 'The API key is invalid or has expired.'),
  missingScope: (scope: string) => apiError('BSE1003', `This API key lacks the scope ${scope}.`, { details: { required_scope: scope } }),
  insufficientCredits: (required: number, balance: number) =>
    apiError('BSE1004', `Insufficient credits: this generation costs ${required.toFixed(3)} and the balance is ${balance.toFixed(3)}.`, {
      details: { required, balance },
    }),
  rateLimited: (retryAfter: number, limit: number) =>
    apiError('BSE1005', `Rate limit exceeded; retry after ${retryAfter} seconds.`, {
      details: { retry_after_seconds: retryAfter, limit },
      headers: { 'retry-after': String(retryAfter) },
    }),
  concurrencyLimited: (limit: number) =>
    apiError('BSE1009', `Your plan allows ${limit} generation${limit === 1 ? '' : 's'} in flight; wait for one to finish.`, {
      headers: { 'retry-after': '1' },
    }),
  generationNotFound: (id: string) => apiError('BSE4001', `No generation with id ${id} exists for this account.`),
  modelNotFound: (model: string) =>
    apiError('BSE4002', `No model ${model} exists; see GET /v1/library/models.`, { details: { model_identifier: model } }),
  /** Not in the spec's error table: the sandbox's answer for a path no operation declares. */
  routeNotFound: (method: string, path: string) =>
    new ApiError(404, SANDBOX_NOT_FOUND, 'route_not_found', `No operation ${method} ${path} exists; see the spec's paths.`),
  contentPolicy: () =>
    apiError('BSE2006', 'The input was flagged by the content safety filter.', { details: { field: 'generation_prompt' } }),
  keyReused: () => apiError('BSE2015', 'This Idempotency-Key was already used with a different request body.'),
  keyInFlight: () => apiError('BSE2016', 'A request with this Idempotency-Key is still being processed.'),
  internal: () => apiError('BSE5000', 'An internal error occurred.'),
  unavailable: () => apiError('BSE5003', 'The service is under maintenance; retry shortly.', { headers: { 'retry-after': '1' } }),
  badRequest: (field: string, message: string, allowed?: unknown[]) =>
    apiError('BSE2001', message, { details: { field, ...(allowed ? { allowed } : {}) } }),
};
