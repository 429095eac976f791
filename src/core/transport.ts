/**
 * The single request path of the SDK. Every method ends here: URL (openapi-fetch's URL assembly),
 * auth and identification headers, idempotency key, per-attempt timeout, retries with backoff,
 * and turning every answer into either a parsed envelope or a BabySeaError.
 */
import { createFinalURL } from 'openapi-fetch';
import {
  BabySeaAbortError,
  BabySeaError,
  BabySeaNetworkError,
  BabySeaRetryError,
  BabySeaTimeoutError,
  type RateLimitInfo,
} from './errors.js';
import { idempotencyKey as checkIdempotencyKey, integerInRange } from './guards.js';
import { backoffDelayMs, isRetryable, MAX_RETRY_AFTER_SECONDS, parseRetryAfter, sleep, statusIsRetryable } from './retry.js';
import { newIdempotencyKey } from './uuid.js';

export type HttpMethod = 'GET' | 'POST' | 'DELETE';

/** Options every method takes as its last argument; each overrides the client-wide setting. */
export interface RequestOptions {
  /** Aborts the call at once, in flight or while waiting to retry. */
  signal?: AbortSignal;
  /** Milliseconds one attempt may take, body included. */
  timeout?: number;
  /** Retries after the first attempt. */
  maxRetries?: number;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
}

/** POST methods also take an idempotency key; without one the SDK makes one per call. */
export interface PostRequestOptions extends RequestOptions {
  idempotencyKey?: string;
}

export interface Logger {
  debug(message: string, fields: Record<string, unknown>): void;
}

export interface TransportConfig {
  apiKey: string;
  baseUrl: string;
  timeout: number;
  maxRetries: number;
  fetch: typeof fetch;
  headers: Record<string, string>;
  logger: Logger | undefined;
}

export interface ApiCall {
  method: HttpMethod;
  /** The spec's path template, e.g. `/v1/content/{generation_id}`. */
  path: string;
  pathParams?: Record<string, string>;
  query?: Record<string, unknown>;
  body?: unknown;
}

/** A parsed success envelope with the HTTP answer it came from. */
export interface ApiResult<T> {
  data: T;
  response: Response;
  requestId: string | undefined;
}

const EXCERPT_LENGTH = 200;

// Every parameter in the spec is a primitive (test/unit/spec-parameters.test.ts keeps it so), so the
// SDK passes openapi-fetch's URL assembly these two small serializers instead of its general ones,
// which carry array and deepObject styles this API never uses.
const compiledPaths = new Map<string, string[]>();
function pathSerializer(template: string, params: Record<string, unknown>): string {
  // Split once per template into [literal, name, literal, name, …]: the hot path only concatenates.
  let parts = compiledPaths.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    compiledPaths.set(template, parts);
  }
  let path = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) path += encodeURIComponent(String(params[parts[i]!])) + parts[i + 1];
  return path;
}
function querySerializer(query: Record<string, unknown>): string {
  let search = '';
  for (const name in query) {
    const value = query[name];
    if (value !== undefined && value !== null) search += `${search ? '&' : ''}${name}=${encodeURIComponent(String(value))}`;
  }
  return search;
}

export class Transport {
  readonly #config: TransportConfig;
  readonly #headersNoBody: Record<string, string>;
  readonly #headersJsonBody: Record<string, string>;

  constructor(config: TransportConfig) {
    this.#config = config;
    // Built once: the per-call path only copies them when a call adds headers.
    this.#headersNoBody = { accept: 'application/json', ...config.headers, authorization: `Bearer ${config.apiKey}` };
    this.#headersJsonBody = { ...this.#headersNoBody, 'content-type': 'application/json' };
  }

  async request<T>(call: ApiCall, options: PostRequestOptions | undefined): Promise<ApiResult<T>> {
    const config = this.#config;
    const timeout = options?.timeout === undefined ? config.timeout : integerInRange('timeout', options.timeout, 1);
    const maxRetries = options?.maxRetries === undefined ? config.maxRetries : integerInRange('maxRetries', options.maxRetries, 0);
    const signal = options?.signal;
    const url = createFinalURL(call.path, {
      baseUrl: config.baseUrl,
      params: { path: call.pathParams, query: call.query },
      querySerializer,
      pathSerializer,
    });
    const body = call.body === undefined ? undefined : JSON.stringify(call.body);
    let headers = body === undefined ? this.#headersNoBody : this.#headersJsonBody;
    if (options?.headers) headers = { ...headers, ...lowerCaseKeys(options.headers) };
    if (call.method === 'POST') {
      // One key per call, reused by every retry: a retried POST can never act twice.
      const key = options?.idempotencyKey === undefined ? newIdempotencyKey() : checkIdempotencyKey(options.idempotencyKey);
      headers = { ...headers, 'idempotency-key': key };
    }

    for (let attempt = 1; ; attempt++) {
      const started = Date.now();
      try {
        const result = await this.#attempt<T>(call.method, url, headers, body, timeout, signal);
        this.#log(call, attempt, started, result.response.status, result.requestId, headers);
        return result;
      } catch (error) {
        const failure = error as BabySeaError;
        this.#log(call, attempt, started, failure.status, failure.requestId, headers, failure);
        if (failure instanceof BabySeaAbortError || !isRetryable(failure)) throw failure;
        if (failure.retryAfter !== undefined && failure.retryAfter > MAX_RETRY_AFTER_SECONDS) throw failure;
        if (attempt > maxRetries) throw attempt > 1 ? new BabySeaRetryError(attempt, failure) : failure;
        const delay = failure.retryAfter === undefined ? backoffDelayMs(attempt - 1) : failure.retryAfter * 1000;
        await sleep(delay, signal);
      }
    }
  }

  /** One HTTP exchange, bounded by `timeout` from the first byte sent to the last byte read. */
  async #attempt<T>(
    method: HttpMethod,
    url: string,
    headers: Record<string, string>,
    body: string | undefined,
    timeout: number,
    signal: AbortSignal | undefined,
  ): Promise<ApiResult<T>> {
    if (signal?.aborted) throw new BabySeaAbortError(signal.reason);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeout);
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      let response: Response;
      let text: string;
      try {
        response = await this.#config.fetch(url, { method, headers, body, signal: controller.signal });
        text = await response.text();
      } catch (cause) {
        if (signal?.aborted) throw new BabySeaAbortError(signal.reason);
        if (timedOut) throw new BabySeaTimeoutError(timeout);
        throw new BabySeaNetworkError(this.#redact(describeCause(cause)), this.#safeCause(cause));
      }
      return this.#parse<T>(method, response, text);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  #parse<T>(method: HttpMethod, response: Response, text: string): ApiResult<T> {
    // biome-ignore lint/suspicious/noExplicitAny: parsed wire JSON, read defensively below.
    let json: any;
    let isJson = false;
    try {
      json = JSON.parse(text);
      isJson = true;
    } catch {
      // Not JSON: reported below with an excerpt.
    }
    const requestId: string | undefined =
      (isJson && typeof json?.request_id === 'string' ? json.request_id : undefined) ?? response.headers.get('x-request-id') ?? undefined;

    if (response.ok && isJson && json !== null && json.status === 'success' && typeof json === 'object' && 'data' in json) {
      if (method === 'POST') json.idempotency_replayed = response.headers.get('idempotency-replayed') === 'true';
      return { data: json as T, response, requestId };
    }
    throw this.#error(response, isJson ? json : undefined, isJson, text, requestId);
  }

  // biome-ignore lint/suspicious/noExplicitAny: parsed wire JSON, read defensively below.
  #error(response: Response, rawJson: any, isJson: boolean, text: string, rawRequestId: string | undefined): BabySeaError {
    // Every field of an error is built from the redacted body: a proxy may echo the key anywhere.
    // biome-ignore lint/suspicious/noExplicitAny: parsed wire JSON, read defensively below.
    const json: any = isJson ? this.#redactJson(rawJson) : undefined;
    const requestId = rawRequestId === undefined ? undefined : this.#redact(rawRequestId);
    const status = response.status;
    const detail = isJson && json !== null && typeof json.error === 'object' && json.error !== null ? json.error : undefined;
    const excerpt = this.#redact(text.replace(/\s+/g, ' ').trim().slice(0, EXCERPT_LENGTH));
    const what = isJson ? 'a JSON body that is not a BabySea envelope' : `a body that is not JSON (${excerpt ? `"${excerpt}"` : 'empty'})`;
    const fields = {
      status,
      code: typeof detail?.code === 'string' ? detail.code : `HTTP_${status}`,
      type: typeof detail?.type === 'string' ? detail.type : response.ok ? 'invalid_response' : 'api_error',
      retryable: typeof detail?.retryable === 'boolean' ? detail.retryable : !response.ok && statusIsRetryable(status),
      requestId,
      rateLimit: readRateLimit(response.headers),
      retryAfter: parseRetryAfter(response.headers),
      body: isJson ? json : excerpt,
    };
    const message = typeof detail?.message === 'string' ? detail.message : `the API answered with ${what}`;
    const id = requestId === undefined ? '' : ` (request_id ${requestId})`;
    return new BabySeaError(`${status} ${fields.type} ${fields.code}: ${message}${id}`, fields);
  }

  /** Removes the API key from text that reaches an error (a proxy may echo headers back). */
  #redact(text: string): string {
    const key = this.#config.apiKey;
    return key && text.includes(key) ? text.split(key).join('[redacted]') : text;
  }

  #redactJson(json: unknown): unknown {
    const text = JSON.stringify(json);
    return text !== undefined && this.#config.apiKey && text.includes(this.#config.apiKey) ? JSON.parse(this.#redact(text)) : json;
  }

  /** Keeps the underlying error as `cause` unless its text carries the key. */
  #safeCause(cause: unknown): unknown {
    const text = describeCause(cause);
    return this.#redact(text) === text ? cause : new Error(this.#redact(text));
  }

  #log(
    call: ApiCall,
    attempt: number,
    started: number,
    status: number | undefined,
    requestId: string | undefined,
    headers: Record<string, string>,
    error?: BabySeaError,
  ): void {
    const logger = this.#config.logger;
    if (!logger) return;
    logger.debug(`babysea ${call.method} ${call.path} -> ${status ?? error?.name ?? 'no answer'}`, {
      method: call.method,
      path: call.path,
      status,
      attempt,
      durationMs: Date.now() - started,
      requestId,
      headers: { ...headers, authorization: 'Bearer [redacted]' },
      ...(error ? { error: error.message } : {}),
    });
  }
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in headers) out[name.toLowerCase()] = headers[name]!;
  return out;
}

function describeCause(cause: unknown): string {
  if (cause instanceof Error) {
    const inner = cause.cause instanceof Error ? `: ${cause.cause.message}` : '';
    return `${cause.message}${inner}`;
  }
  return String(cause);
}

function readRateLimit(headers: Headers): RateLimitInfo | undefined {
  const limit = headers.get('x-ratelimit-limit');
  const remaining = headers.get('x-ratelimit-remaining');
  const reset = headers.get('x-ratelimit-reset');
  if (limit === null && remaining === null && reset === null) return undefined;
  const toNumber = (value: string | null) =>
    value === null || value.trim() === '' || !Number.isFinite(Number(value)) ? undefined : Number(value);
  return { limit: toNumber(limit), remaining: toNumber(remaining), reset: toNumber(reset) };
}
