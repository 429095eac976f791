/**
 * The BabySea client: its options, the openapi-fetch client it is built on, the typed escape hatch
 * (`get`, `post`, `delete`), middleware, and one short declaration per API operation. Every call
 * goes through the attempt loop of src/core/request.ts.
 */
import createClient, {
  type Client,
  type ClientPathsWithMethod,
  type MethodResponse,
  type Middleware,
  type ParamsOption,
  type RequestBodyOption,
} from 'openapi-fetch';
import type { paths } from '../generated/babysea.js';
import { operations, regions } from '../generated/constraints.js';
import { ApiPromise } from './core/api-promise.js';
import { BabySeaValidationError } from './core/errors.js';
import { type ArgumentNames, checkCall, fail, modelSegments, type OperationKey, operationRule, plainObject } from './core/guards.js';
import { type HeaderList, headerRecord } from './core/headers.js';
import { CLIENT_OPTIONS, IDEMPOTENT_REQUEST_OPTIONS, OPTION_RULES, REQUEST_OPTIONS, type Region, readOptions } from './core/options.js';
import { Redactor } from './core/redact.js';
import { type ApiResult, type Call, type HttpMethod, type Logger, type RequestContext, runCall, wrapFetch } from './core/request.js';
import { readEnv, sdkHeaders } from './core/runtime.js';
import { newIdempotencyKey } from './core/uuid.js';
import { type GenerationPage, PagePromise } from './lib/pagination.js';
import { requestOptionsOf, WAIT_OPTIONS, type WaitOptions, waitForGeneration } from './lib/polling.js';
import { DurationMemory } from './lib/schedule.js';
import type {
  EstimateParams,
  GenerateResponse,
  GenerationParams,
  GenerationResponse,
  ImageGenerationParams,
  ListGenerationsParams,
  VideoGenerationParams,
} from './types.js';

export type { Region };
export { regions as REGIONS };

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
  /** A `fetch` to use instead of the global one (tests, proxies, instrumentation): called with no receiver, as `fetch(request, init)` (`init` holds the attempt's signal and a JSON body); forward both. */
  fetch?: typeof fetch;
  /** Headers sent with every request (any form `fetch` accepts). Prefer per-call `headers` for a header meant for one route. */
  defaultHeaders?: HeadersInit;
  /** Receives one debug line per attempt (secrets redacted); `BABYSEA_LOG=debug` logs to the console; `false` turns logging off. */
  logger?: Logger | false;
}

export const CLIENT_DEFAULTS = { region: Object.keys(regions)[0] as Region, timeout: 30_000, maxRetries: 2 } as const;

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

/** Options of the `…AndWait` helpers: the wait's, plus the submit call's idempotency key. */
export interface GenerateAndWaitOptions extends WaitOptions {
  idempotencyKey?: string;
}

// ---- types of the escape hatch, derived with openapi-fetch's helpers ----
type Api = Client<paths>;
type Verb = 'get' | 'post' | 'delete';
/** The routes of the spec that take `M`. */
export type PathsWith<M extends Verb> = ClientPathsWithMethod<Api, M>;
type OperationOf<M extends Verb, P extends PathsWith<M>> = paths[P][M];
/** The `params` and `body` an operation takes, as openapi-fetch types them. */
export type RequestInit_<M extends Verb, P extends PathsWith<M>> = ParamsOption<OperationOf<M, P>> & RequestBodyOption<OperationOf<M, P>>;
/** The JSON body of an operation's success answer. */
export type SuccessOf<M extends Verb, P extends PathsWith<M>> = MethodResponse<Api, M, P>;
type CallArgs<M extends Verb, P extends PathsWith<M>, O> =
  // biome-ignore lint/complexity/noBannedTypes: `{}` asks whether every key of the init is optional.
  {} extends RequestInit_<M, P> ? [init?: RequestInit_<M, P>, options?: O] : [init: RequestInit_<M, P>, options?: O];

interface Init {
  params?: { path?: Record<string, unknown>; query?: Record<string, unknown> };
  body?: unknown;
}

export class BabySea {
  readonly #api: Api;
  readonly #context: RequestContext;
  readonly #timeout: number;
  readonly #maxRetries: number;
  /** How long each model's generations took, so waits poll close to the expected end. */
  readonly #durations = new DurationMemory();

  /** The provider and model catalog. */
  readonly library = {
    /** `GET /v1/library/providers`: the provider catalog. */
    providers: (options?: RequestOptions) => this.get('/v1/library/providers', {}, options),
    /** `GET /v1/library/models`: the model catalog, with pricing and parameters. */
    models: (options?: RequestOptions) => this.get('/v1/library/models', {}, options),
  };

  /** Live health of providers, models, storage and cache. */
  readonly health = {
    /** `GET /v1/health/inference/providers`: circuit-breaker state per provider. */
    providers: (options?: RequestOptions) => this.get('/v1/health/inference/providers', {}, options),
    /** `GET /v1/health/inference/models`: which models are available where. */
    models: (options?: RequestOptions) => this.get('/v1/health/inference/models', {}, options),
    /** `GET /v1/health/storage`: storage bucket health and latency. */
    storage: (options?: RequestOptions) => this.get('/v1/health/storage', {}, options),
    /** `GET /v1/health/cache`: cache health and latency. */
    cache: (options?: RequestOptions) => this.get('/v1/health/cache', {}, options),
  };

  constructor(options: ClientOptions = {}) {
    const redactor = new Redactor();
    const rawKey = (options as { apiKey?: unknown } | null)?.apiKey ?? readEnv('BABYSEA_API_KEY');
    if (typeof rawKey === 'string') redactor.add(rawKey.trim());
    let given: ReturnType<typeof readOptions<(typeof CLIENT_OPTIONS)[number]>>;
    let apiKey: string;
    try {
      given = readOptions('', options, CLIENT_OPTIONS);
      apiKey = given.apiKey ?? OPTION_RULES.apiKey('apiKey', readEnv('BABYSEA_API_KEY') ?? '');
    } catch (error) {
      // An error about another option must not echo the key either.
      throw error instanceof Error ? redactor.scrub(error) : error;
    }
    const headers = {
      accept: 'application/json',
      ...sdkHeaders(),
      ...headerRecord(given.defaultHeaders ?? []),
      authorization: `Bearer ${apiKey}`,
    };
    this.#timeout = given.timeout ?? CLIENT_DEFAULTS.timeout;
    this.#maxRetries = given.maxRetries ?? CLIENT_DEFAULTS.maxRetries;
    const send = wrapFetch(given.fetch);
    this.#api = createClient<paths>({
      baseUrl: given.baseUrl ?? regions[(given.region as Region | undefined) ?? CLIENT_DEFAULTS.region],
      // Each attempt passes its own fetch, which adds the attempt's signal (src/core/request.ts).
      fetch: send,
      headers,
      // Bodies arrive serialized (once per call, so a body that cannot be JSON fails before sending).
      bodySerializer: (body: unknown) => body,
    });
    const logger = given.logger === false ? undefined : (given.logger ?? consoleLoggerFromEnv());
    this.#context = { api: this.#api, send, redactor, logger, headers: Object.entries(headers) };
  }

  // ---- the typed escape hatch: any route of the spec, through the same attempt loop ----

  /** `GET` any route of the spec: `client.get('/v1/content/{generation_id}', { params: { path: { generation_id } } })`. */
  get<P extends PathsWith<'get'>>(path: P, ...[init, options]: CallArgs<'get', P, RequestOptions>): ApiPromise<SuccessOf<'get', P>> {
    return this.#call('GET', path, init, options);
  }

  /** `POST` any route of the spec (routes that take an `Idempotency-Key` also take `idempotencyKey`). */
  post<P extends PathsWith<'post'>>(
    path: P,
    ...[init, options]: CallArgs<'post', P, PostRequestOptions>
  ): ApiPromise<SuccessOf<'post', P>> {
    return this.#call('POST', path, init, options);
  }

  /** `DELETE` any route of the spec. */
  delete<P extends PathsWith<'delete'>>(
    path: P,
    ...[init, options]: CallArgs<'delete', P, RequestOptions>
  ): ApiPromise<SuccessOf<'delete', P>> {
    return this.#call('DELETE', path, init, options);
  }

  /** Adds openapi-fetch middleware; it runs once per attempt (a retried call runs it again). */
  use(...middleware: Middleware[]): void {
    this.#api.use(...middleware);
  }

  /** Removes middleware added with `use`. */
  eject(...middleware: Middleware[]): void {
    this.#api.eject(...middleware);
  }

  // ---- API ----

  /** `GET /v1/status`: checks the API key and returns its metadata. */
  status(options?: RequestOptions) {
    return this.get('/v1/status', {}, options);
  }

  /** `GET /v1/usage`: usage over the last `days` (1–90, default 30). */
  usage(days?: number, options?: RequestOptions) {
    return this.#call('GET', '/v1/usage', { params: { query: { days } } }, options, BY_NAME) as ApiPromise<SuccessOf<'get', '/v1/usage'>>;
  }

  // ---- User ----

  /** `GET /v1/user/account`: the account bound to the key. */
  account(options?: RequestOptions) {
    return this.get('/v1/user/account', {}, options);
  }

  /** `GET /v1/user/billing`: subscription and credit balance. */
  billing(options?: RequestOptions) {
    return this.get('/v1/user/billing', {}, options);
  }

  // ---- Financials ----

  /** `GET /v1/estimate/{owner}/{name}`: the cost of `count` generations, or of a video's duration/resolution/audio. */
  estimate(
    model: string,
    params?: number | EstimateParams,
    options?: RequestOptions,
  ): ApiPromise<SuccessOf<'get', '/v1/estimate/{model_owner}/{model_name}'>> {
    const query = () => (typeof params === 'number' ? { count: params } : params === undefined ? undefined : plainObject('params', params));
    return this.#call(
      'GET',
      '/v1/estimate/{model_owner}/{model_name}',
      () => ({ params: { path: modelSegments(model), query: query() } }),
      options,
      BY_NAME,
    );
  }

  // ---- Content management ----

  /** `POST /v1/content/generation/cancel/{id}`: cancels a pending or processing generation and refunds it. */
  cancelGeneration(generationId: string, options?: RequestOptions) {
    return this.#call(
      'POST',
      '/v1/content/generation/cancel/{generation_id}',
      { params: { path: { generation_id: generationId } } },
      options,
      GENERATION_ID,
    ) as ApiPromise<SuccessOf<'post', '/v1/content/generation/cancel/{generation_id}'>>;
  }

  /** `DELETE /v1/content/{id}`: deletes the generation's output files (the record stays). */
  deleteGeneration(generationId: string, options?: RequestOptions) {
    return this.#call(
      'DELETE',
      '/v1/content/{generation_id}',
      { params: { path: { generation_id: generationId } } },
      options,
      GENERATION_ID,
    ) as ApiPromise<SuccessOf<'delete', '/v1/content/{generation_id}'>>;
  }

  /** `GET /v1/content/{id}`: the full record of one generation. */
  getGeneration(generationId: string, options?: RequestOptions): ApiPromise<GenerationResponse> {
    return this.#call('GET', '/v1/content/{generation_id}', { params: { path: { generation_id: generationId } } }, options, GENERATION_ID);
  }

  /**
   * `GET /v1/content/list`: one page of generations (`total`, `limit`, `offset` beside `data`), with
   * `hasNextPage()` and `getNextPage()`. The call is also async-iterable over every generation from
   * `offset` on, and `.iterPages()` over every page.
   */
  listGenerations(params?: ListGenerationsParams, options?: RequestOptions): PagePromise {
    const fetchPage = (query: unknown, raw = false) =>
      this.#start<GenerationPage>(
        'GET',
        '/v1/content/list',
        () => ({ params: { query: query === undefined ? undefined : plainObject('params', query) } }),
        options,
        BY_NAME,
        raw,
      );
    return new PagePromise(
      (raw) => fetchPage(params, raw),
      (query) => fetchPage(query),
    );
  }

  // ---- Content generation ----

  /**
   * `POST /v1/generate/image/{owner}/{name}`: submits an image generation. A body with
   * `generation_duration` goes to the video route, as `generateVideo` does (and as the official SDK does).
   */
  generate(model: string, body: VideoGenerationParams, options?: PostRequestOptions): ApiPromise<GenerateResponse>;
  generate(model: string, body: ImageGenerationParams, options?: PostRequestOptions): ApiPromise<GenerateResponse>;
  generate(model: string, body: GenerationParams, options?: PostRequestOptions): ApiPromise<GenerateResponse>;
  generate(model: string, body: GenerationParams, options?: PostRequestOptions): ApiPromise<GenerateResponse> {
    const isVideo =
      typeof body === 'object' && body !== null && (body as { generation_duration?: unknown }).generation_duration !== undefined;
    if (isVideo) return this.generateVideo(model, body as VideoGenerationParams, options);
    return this.#call(
      'POST',
      '/v1/generate/image/{model_owner}/{model_name}',
      () => ({ params: { path: modelSegments(model) }, body }),
      options,
    );
  }

  /** `POST /v1/generate/video/{owner}/{name}`: submits a video generation (`generation_duration` required). */
  generateVideo(model: string, body: VideoGenerationParams, options?: PostRequestOptions): ApiPromise<GenerateResponse> {
    return this.#call(
      'POST',
      '/v1/generate/video/{model_owner}/{model_name}',
      () => ({ params: { path: modelSegments(model) }, body }),
      options,
    );
  }

  // ---- lifecycle helpers ----

  /**
   * Polls `getGeneration` until the generation succeeds (resolves with its envelope, as
   * `getGeneration` does), fails or is canceled (BabySeaGenerationFailedError), or the wait times
   * out (BabySeaGenerationTimeoutError).
   */
  waitForGeneration(generationId: string, options?: WaitOptions): Promise<GenerationResponse> {
    return waitForGeneration(
      (pollOptions) => this.getGeneration(generationId, pollOptions).withResponse(),
      generationId,
      options,
      this.#durations,
    );
  }

  /**
   * `generate`, then `waitForGeneration`: resolves with the finished generation's envelope. An
   * idempotent replay of a generation canceled since resolves with its record, as the official SDK does.
   */
  async generateAndWait(model: string, body: GenerationParams, options?: GenerateAndWaitOptions): Promise<GenerationResponse> {
    const { idempotencyKey, ...wait } = checkGenerateAndWaitOptions(options);
    const submitted = await this.generate(model, body, submitOptions(wait, idempotencyKey));
    return this.#waitUnlessCanceled(submitted, wait);
  }

  /** `generateVideo`, then `waitForGeneration`: resolves with the finished generation's envelope. */
  async generateVideoAndWait(model: string, body: VideoGenerationParams, options?: GenerateAndWaitOptions): Promise<GenerationResponse> {
    const { idempotencyKey, ...wait } = checkGenerateAndWaitOptions(options);
    const submitted = await this.generateVideo(model, body, submitOptions(wait, idempotencyKey));
    return this.#waitUnlessCanceled(submitted, wait);
  }

  #waitUnlessCanceled(submitted: GenerateResponse, wait: WaitOptions): Promise<GenerationResponse> {
    const id = submitted.data.generation_id;
    if (submitted.data.generation_status === 'canceled') return this.getGeneration(id, submitOptions(wait, undefined));
    return this.waitForGeneration(id, wait);
  }

  // ---- the one request path ----

  #call<T>(
    method: HttpMethod,
    path: string,
    init: Init | (() => Init) | undefined,
    options: unknown,
    names?: ArgumentNames,
  ): ApiPromise<T> {
    return new ApiPromise<T>((raw) => this.#start<T>(method, path, init, options, names, raw));
  }

  /** Checks a call, then runs it. Any bad argument rejects here, before sending. */
  #start<T>(
    method: HttpMethod,
    path: string,
    init: Init | (() => Init) | undefined,
    options: unknown,
    names: ArgumentNames | undefined,
    raw: boolean,
  ): Promise<ApiResult<T>> {
    let call: Call;
    try {
      call = this.#prepare(method, path, init, options, names);
    } catch (error) {
      // A checked argument is echoed in its error: never let that echo carry the key.
      return Promise.reject(error instanceof BabySeaValidationError ? this.#context.redactor.scrub(error) : error);
    }
    return runCall<T>(this.#context, call, raw);
  }

  /** Checks a call against the spec and the options table and builds what the attempt loop sends. */
  #prepare(
    method: HttpMethod,
    path: string,
    init: Init | (() => Init) | undefined,
    options: unknown,
    names: ArgumentNames | undefined,
  ): Call {
    const key = `${method} ${path}` as OperationKey;
    if (!Object.hasOwn(operations, key)) fail('path', `${method} ${JSON.stringify(path)} is not an operation of the BabySea API spec.`);
    const rule = operationRule(key);
    const idempotent = rule.params.header?.['Idempotency-Key'] !== undefined;
    const given = readOptions('', options, idempotent ? IDEMPOTENT_REQUEST_OPTIONS : REQUEST_OPTIONS);
    const call = typeof init === 'function' ? init() : (init ?? {});
    checkCall(key, call, names);
    // The SDK's own Idempotency-Key replaces a caller's raw header of that name.
    const headers: HeaderList = (given.headers ?? []).filter(([name]) => !idempotent || name !== 'idempotency-key');
    for (const [name, value] of headers) if (name === 'authorization') this.#context.redactor.add(value.replace(/^Bearer\s+/i, ''));
    if (idempotent) headers.push(['idempotency-key', given.idempotencyKey ?? newIdempotencyKey()]);
    return {
      method,
      path,
      key,
      params: call.params ?? {},
      body: call.body === undefined ? undefined : serialize(call.body),
      headers,
      timeout: given.timeout ?? this.#timeout,
      maxRetries: given.maxRetries ?? this.#maxRetries,
      signal: given.signal,
      idempotent,
    };
  }
}

// How the named methods' errors name a bad parameter: by the method's argument name, which is the
// spec's parameter name unless listed here.
const BY_NAME: ArgumentNames = {};
const GENERATION_ID: ArgumentNames = { generation_id: 'generationId' };

function serialize(body: unknown): string {
  try {
    return JSON.stringify(body);
  } catch (error) {
    throw new BabySeaValidationError(
      'body',
      `cannot be sent as JSON (${error instanceof Error ? error.message.split('\n')[0] : String(error)}): pass plain data (no BigInt, no circular references).`,
    );
  }
}

const GENERATE_AND_WAIT_OPTIONS = [...WAIT_OPTIONS, 'idempotencyKey'] as const;

/**
 * Checks every option of a submit-then-wait before the submit: a typo in a wait option must not
 * cost a generation.
 */
function checkGenerateAndWaitOptions(options: GenerateAndWaitOptions | undefined): GenerateAndWaitOptions {
  readOptions('', options, GENERATE_AND_WAIT_OPTIONS);
  return options ?? {};
}

function submitOptions(wait: WaitOptions, idempotencyKey: string | undefined): PostRequestOptions {
  return { ...requestOptionsOf(wait), ...(idempotencyKey === undefined ? {} : { idempotencyKey }) };
}

function consoleLoggerFromEnv(): Logger | undefined {
  if (readEnv('BABYSEA_LOG') !== 'debug') return undefined;
  return { debug: (message, fields) => console.debug(message, fields) };
}
