// The API's envelopes: `{ status: 'success', request_id, message, timestamp, data }` and
// `{ status: 'error', request_id, error: { code, type, message, retryable, details? } }`, and the
// bearer key a request carries.
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

/** 400 BSE2001 for a missing field or malformed body; 422 BSE2008 for a value out of range. */
export function violationError(violation: Violation): ApiError {
  const details = { field: violation.field, ...(violation.allowed ? { allowed: violation.allowed } : {}) };
  return violation.status === 400
    ? new ApiError(400, 'BSE2001', 'invalid_input', violation.message, { details })
    : new ApiError(422, 'BSE2008', 'parameter_out_of_range', violation.message, { details });
}

export const errors = {
  missingKey: () =>
    new ApiError(401, 'BSE1001', 'authentication_required', 'An API key is required: send Authorization: Bearer <api key>.'),
  invalidKey: () => new ApiError(401, 'BSE1002', 'authentication_failed', 'The API key is invalid or has expired.'),
  missingScope: (scope: string) =>
    new ApiError(403, 'BSE1003', 'insufficient_permissions', `This API key lacks the scope ${scope}.`, {
      details: { required_scope: scope },
    }),
  insufficientCredits: (required: number, balance: number) =>
    new ApiError(
      402,
      'BSE1004',
      'insufficient_credits',
      `Insufficient credits: this generation costs ${required.toFixed(3)} and the balance is ${balance.toFixed(3)}.`,
      { details: { required, balance } },
    ),
  rateLimited: (retryAfter: number, limit: number) =>
    new ApiError(429, 'BSE1005', 'rate_limit_exceeded', `Rate limit exceeded; retry after ${retryAfter} seconds.`, {
      details: { retry_after_seconds: retryAfter, limit },
      headers: { 'retry-after': String(retryAfter) },
    }),
  concurrencyLimited: (limit: number) =>
    new ApiError(
      429,
      'BSE1009',
      'concurrency_limit_exceeded',
      `Your plan allows ${limit} generation${limit === 1 ? '' : 's'} in flight; wait for one to finish.`,
      { headers: { 'retry-after': '1' } },
    ),
  generationNotFound: (id: string) =>
    new ApiError(404, 'BSE4001', 'generation_not_found', `No generation with id ${id} exists for this account.`),
  modelNotFound: (model: string) =>
    new ApiError(404, 'BSE4002', 'model_not_found', `No model ${model} exists; see GET /v1/library/models.`, {
      details: { model_identifier: model },
    }),
  /** Not in the spec's error table: the sandbox's answer for a path no operation declares. */
  routeNotFound: (method: string, path: string) =>
    new ApiError(404, 'BSE4004', 'route_not_found', `No operation ${method} ${path} exists; see the spec's paths.`),
  contentPolicy: () =>
    new ApiError(422, 'BSE2006', 'content_policy_violation', 'The input was flagged by the content safety filter.', {
      details: { field: 'generation_prompt' },
    }),
  keyReused: () =>
    new ApiError(409, 'BSE2015', 'idempotency_error', 'This Idempotency-Key was already used with a different request body.', {
      retryable: false,
    }),
  keyInFlight: () =>
    new ApiError(409, 'BSE2016', 'idempotency_error', 'A request with this Idempotency-Key is still being processed.', {
      retryable: false,
    }),
  internal: () => new ApiError(500, 'BSE5000', 'api_error', 'An internal error occurred.'),
  unavailable: () =>
    new ApiError(503, 'BSE5003', 'service_unavailable', 'The service is under maintenance; retry shortly.', {
      headers: { 'retry-after': '1' },
    }),
  badRequest: (field: string, message: string, allowed?: unknown[]) =>
    new ApiError(400, 'BSE2001', 'invalid_input', message, { details: { field, ...(allowed ? { allowed } : {}) } }),
};
