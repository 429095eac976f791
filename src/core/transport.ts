/**
 * How one attempt reaches the network: the caller's `fetch` (or the global one), called with no
 * receiver, as browsers and edge runtimes require, and the way most SDKs call it:
 * `fetch(url, { method, headers, body, signal })`. With middleware, openapi-fetch's client builds
 * the `Request` and runs the middleware; the `Request` it ends with is sent the same way.
 * openapi-fetch is loaded by the first call that has middleware: an app without any never loads it
 * (bundlers put it in a chunk of its own). Whatever goes wrong comes out as a BabySeaError: a
 * rejected fetch is a network failure, anything thrown before sending is not.
 */
import type { paths } from '../../generated/babysea.js';
import type { Call } from './call.js';
import type { ClientContext } from './context.js';
import { describeValue } from './describe.js';
import { BabySeaError, BabySeaInvalidResponseError, BabySeaNetworkError } from './errors.js';

/** Sends one attempt of `call`; `signal` is the attempt's (its timeout and the caller's abort). */
export function sendAttempt(context: ClientContext, call: Call, signal: AbortSignal): Promise<Response> {
  if (context.middleware.length > 0) return throughMiddleware(context, call, signal);
  return callFetch(context, call.url, { method: call.method, headers: call.headers, body: call.body, signal });
}

async function callFetch(context: ClientContext, url: string, init: RequestInit): Promise<Response> {
  let pending: unknown;
  try {
    pending = (context.fetch ?? globalThis.fetch).call(undefined, url, init);
  } catch (error) {
    // Thrown before any promise existed: a bug in the fetch function, not a network failure, so it is not retried.
    throw requestFailure(context, 'The fetch function threw', error);
  }
  let response: unknown;
  try {
    response = await pending;
  } catch (cause) {
    throw cause instanceof BabySeaError ? cause : new BabySeaNetworkError(safeCause(context, cause));
  }
  return checkResponse(response);
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

type UntypedRequest = (method: string, path: string, init: Record<string, unknown>) => Promise<{ error?: unknown; response: Response }>;

async function throughMiddleware(context: ClientContext, call: Call, signal: AbortSignal): Promise<Response> {
  let answer: Awaited<ReturnType<UntypedRequest>>;
  try {
    context.api ??= (await loadCreateClient())<paths>({ baseUrl: context.baseUrl });
    // The spec's types were checked where the call was declared; here any path goes.
    answer = await (context.api.request as UntypedRequest)(call.method, call.path, {
      params: call.params,
      body: call.body,
      headers: call.headers,
      bodySerializer: (body: string) => body,
      middleware: context.middleware,
      // The body is left unread: the attempt loop reads it, under the attempt's timeout.
      parseAs: 'stream',
      fetch: async (request: Request) =>
        callFetch(context, request.url, {
          method: request.method,
          headers: request.headers,
          body: request.body === null ? undefined : await request.text(),
          signal,
        }),
    });
  } catch (cause) {
    // Middleware threw: nothing reached the network, and trying again would fail again.
    throw cause instanceof BabySeaError ? cause : requestFailure(context, 'The request could not be sent', cause);
  }
  const { response, error } = answer;
  if (response.ok || error === undefined) return response;
  // openapi-fetch read the error body: hand it on as a response again.
  return new Response(typeof error === 'string' ? error : JSON.stringify(error), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

/** openapi-fetch's `createClient`, imported when first needed. */
async function loadCreateClient() {
  const module = await import('openapi-fetch');
  // Through the CommonJS build it is `require`d, and its default is then the whole exports object.
  const exported = module.default as typeof module.default | { default: typeof module.default };
  return typeof exported === 'function' ? exported : exported.default;
}

function requestFailure(context: ClientContext, what: string, cause: unknown): BabySeaError {
  return new BabySeaError(`${what}: ${context.redactor.safeText(describeCause(cause))}`, {
    type: 'request_error',
    cause: safeCause(context, cause),
  });
}

function describeCause(cause: unknown): string {
  return cause instanceof Error ? `${cause.message}${cause.cause instanceof Error ? `: ${cause.cause.message}` : ''}` : String(cause);
}

/** Keeps the underlying error as `cause` unless its text carries a secret. */
export function safeCause(context: ClientContext, cause: unknown): unknown {
  const text = describeCause(cause);
  const safe = context.redactor.safeText(text, 10_000);
  return safe === text ? cause : new Error(safe);
}
