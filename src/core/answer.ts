/**
 * What an answer becomes. An error status: the typed error of the one error factory, from redacted,
 * bounded wire data. A success: the spec's envelope, parsed when first asked for (the body was read
 * under the attempt's timeout and is kept as text), or a typed invalid-response error saying what
 * is wrong.
 */
import { operations } from '../../generated/constraints.js';
import type { Call } from './call.js';
import type { ClientContext } from './context.js';
import { describeValue } from './describe.js';
import { type BabySeaError, BabySeaInvalidResponseError, errorFromAnswer, type RateLimitInfo } from './errors.js';
import { parseRetryAfter } from './retry.js';

/** A parsed success envelope with the HTTP answer it came from. */
export interface ApiResult<T> {
  data: T;
  response: Response;
  requestId: string | undefined;
}

/** An answer of the API as the attempt loop ends with it: the response, and its body as text unless asked for raw. */
export interface Answer {
  response: Response;
  text: string | undefined;
  call: Call;
  context: ClientContext;
  attempts: number;
  /** The body parsed, once: NOT_JSON when it is not JSON. */
  json?: unknown;
}

const NOT_JSON = Symbol('not JSON');

function jsonOf(answer: Pick<Answer, 'text' | 'json'>): unknown {
  if (!('json' in answer)) {
    try {
      answer.json = JSON.parse(answer.text ?? '');
    } catch {
      answer.json = NOT_JSON;
    }
  }
  return answer.json;
}

/** The request id: the body's, else the `X-Request-Id` header, redacted and bounded. */
export function requestIdOf(context: ClientContext, json: unknown, response: Response): string | undefined {
  const fromBody = (json as { request_id?: unknown } | null)?.request_id;
  const id = typeof fromBody === 'string' ? fromBody : response.headers.get('x-request-id');
  return id === null ? undefined : context.redactor.safeText(id, 100);
}

export const successRequestId = (answer: Answer): string | undefined => requestIdOf(answer.context, jsonOf(answer), answer.response);

/** An answer with an error status, as the typed error of its status. */
export function errorAnswer(context: ClientContext, response: Response, text: string): BabySeaError {
  const { redactor } = context;
  const answer = { text } as Pick<Answer, 'text' | 'json'>;
  const json = jsonOf(answer);
  const isObject = typeof json === 'object' && json !== null;
  const retryAfter = parseRetryAfter(response.headers);
  const otherBody = !isObject
    ? notJson(context, text)
    : typeof (json as { error?: unknown }).error === 'object'
      ? 'an error without a message'
      : 'a JSON body that is not a BabySea error';
  const headerId = requestIdOf(context, undefined, response);
  const payload = isObject ? { request_id: headerId, ...(json as object) } : { request_id: headerId };
  return errorFromAnswer(
    response.status,
    payload,
    otherBody,
    { rateLimit: readRateLimit(response.headers, retryAfter), retryAfter },
    (value, max) => redactor.safeText(value, max),
    (value) => redactor.safeJson(value),
  );
}

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

/** A 2xx answer: the spec's envelope, or a typed invalid-response error saying what is wrong. */
export function parseEnvelope<T>(answer: Answer): ApiResult<T> {
  const { context, call, response } = answer;
  const json = jsonOf(answer);
  if (json === NOT_JSON) throw invalidResponse(answer, undefined, notJson(context, answer.text ?? ''));
  const problem = envelopeProblem(call, json);
  if (problem) throw invalidResponse(answer, json, `a body that is not the envelope the spec promises (${problem})`);
  const envelope = json as Record<string, unknown>;
  if (call.idempotent) envelope.idempotency_replayed = response.headers.get('idempotency-replayed') === 'true';
  return { data: envelope as T, response, requestId: requestIdOf(context, envelope, response) };
}

/** A body that is not JSON, in words: a redacted, bounded excerpt of it. */
function notJson(context: ClientContext, text: string): string {
  const excerpt = context.redactor.safeText(text.replace(/\s+/g, ' ').trim(), 200);
  return `a body that is not JSON (${excerpt ? `"${excerpt}"` : 'empty'})`;
}

/**
 * What keeps `json` from being the operation's success envelope, if anything. A body without
 * `status` passes (stubs written for the official SDK often leave it out); one whose `status` is
 * not "success", or without the data the spec requires, does not.
 */
function envelopeProblem(call: Call, json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return `expected an object, got ${describeValue(json)}`;
  const envelope = json as Record<string, unknown>;
  if (envelope.status !== undefined && envelope.status !== 'success') return `status is ${describeValue(envelope.status)}, not "success"`;
  const expected = operations[call.key].response;
  const data = envelope.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return `data is ${describeValue(data)}, not an object`;
  for (const name of expected.envelope) if (envelope[name] === undefined) return `${name} is missing`;
  for (const name of expected.data) if ((data as Record<string, unknown>)[name] === undefined) return `data.${name} is missing`;
  return undefined;
}

function invalidResponse(answer: Answer, json: unknown, what: string): BabySeaInvalidResponseError {
  const { context, response } = answer;
  const requestId = requestIdOf(context, json, response);
  const id = requestId === undefined ? '' : ` (request_id ${requestId})`;
  return new BabySeaInvalidResponseError(
    `${response.status} invalid_response: the API answered with ${context.redactor.safeText(what)}${id}`,
    {
      status: response.status,
      code: `HTTP_${response.status}`,
      type: 'invalid_response',
      requestId,
      attempts: answer.attempts,
    },
  );
}
