/**
 * The BabySea client: its options, and one short declaration per API operation. Every method goes
 * through the same transport (src/core/transport.ts): retries, timeouts and errors live there.
 */
import type { paths } from '../generated/babysea.js';
import { ApiPromise } from './core/api-promise.js';
import { BabySeaValidationError } from './core/errors.js';
import * as guards from './core/guards.js';
import { readEnv, sdkHeaders } from './core/runtime.js';
import { type ApiResult, type HttpMethod, type Logger, type PostRequestOptions, type RequestOptions, Transport } from './core/transport.js';
import { PagePromise } from './lib/pagination.js';
import { type WaitOptions, waitForGeneration } from './lib/polling.js';
import type {
  CancelGenerationResponse,
  EstimateParams,
  GenerateResponse,
  Generation,
  ImageGenerationParams,
  ListGenerationsParams,
  SuccessBody,
  VideoGenerationParams,
} from './types.js';

export const REGIONS = {
  us: 'https://api.us.babysea.ai',
  eu: 'https://api.eu.babysea.ai',
  jp: 'https://api.jp.babysea.ai',
} as const;
export type Region = keyof typeof REGIONS;

export interface ClientOptions {
  /** API key; defaults to the `BABYSEA_API_KEY` environment variable where there is one. */
  apiKey?: string;
  /** Region whose host to call: `us` (default), `eu` or `jp`. */
  region?: Region;
  /** Overrides the region's host, e.g. `http://127.0.0.1:4010` for the mock server. */
  baseUrl?: string;
  /** Milliseconds one attempt may take, body included (default 30 000). */
  timeout?: number;
  /** Retries after the first attempt on retryable failures (default 2). */
  maxRetries?: number;
  /** A `fetch` to use instead of the global one (tests, proxies, instrumentation). */
  fetch?: typeof fetch;
  /** Headers sent with every request. */
  defaultHeaders?: Record<string, string>;
  /** Receives one debug line per attempt (Authorization redacted); `BABYSEA_LOG=debug` logs to the console. */
  logger?: Logger | false;
}

export const CLIENT_DEFAULTS = { region: 'us', timeout: 30_000, maxRetries: 2 } as const;

/** Options of the `…AndWait` helpers: the submit call's options plus the wait's. */
export interface GenerateAndWaitOptions extends WaitOptions {
  idempotencyKey?: string;
}

type Method = 'get' | 'post' | 'delete';
type OperationOf<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type PathWith<M extends Method> = { [P in keyof paths]: paths[P][M] extends undefined ? never : P }[keyof paths];
type OperationInit<Op> = Op extends { parameters: { path?: infer PathParams; query?: infer Query } }
  ? { path?: PathParams; query?: Query; body?: unknown }
  : never;
type OkBody<Op> = Op extends { responses: { 200: { content: { 'application/json': infer T } } } } ? T : never;

export class BabySea {
  readonly #transport: Transport;

  /** The provider and model catalog. */
  readonly library = {
    /** `GET /v1/library/providers`: the provider catalog. */
    providers: (options?: RequestOptions) => this.#call('get', '/v1/library/providers', () => ({}), options),
    /** `GET /v1/library/models`: the model catalog, with pricing and parameters. */
    models: (options?: RequestOptions) => this.#call('get', '/v1/library/models', () => ({}), options),
  };

  /** Live health of providers, models, storage and cache. */
  readonly health = {
    /** `GET /v1/health/inference/providers`: circuit-breaker state per provider. */
    providers: (options?: RequestOptions) => this.#call('get', '/v1/health/inference/providers', () => ({}), options),
    /** `GET /v1/health/inference/models`: which models are available where. */
    models: (options?: RequestOptions) => this.#call('get', '/v1/health/inference/models', () => ({}), options),
    /** `GET /v1/health/storage`: storage bucket health and latency. */
    storage: (options?: RequestOptions) => this.#call('get', '/v1/health/storage', () => ({}), options),
    /** `GET /v1/health/cache`: cache health and latency. */
    cache: (options?: RequestOptions) => this.#call('get', '/v1/health/cache', () => ({}), options),
  };

  constructor(options: ClientOptions = {}) {
    guards.plainObject('options', options);
    const apiKey = options.apiKey ?? readEnv('BABYSEA_API_KEY');
    if (typeof apiKey !== 'string' || apiKey.trim() === '') {
      throw new BabySeaValidationError(
        'apiKey',
        'no API key: pass new BabySea({ apiKey }) or set the BABYSEA_API_KEY environment variable.',
      );
    }
    const region = options.region ?? CLIENT_DEFAULTS.region;
    if (!Object.hasOwn(REGIONS, region)) {
      guards.fail('region', `expected one of ${Object.keys(REGIONS).join(', ')}, got ${guards.describeValue(region)}.`);
    }
    const baseUrl = options.baseUrl ?? REGIONS[region];
    if (typeof baseUrl !== 'string' || !/^https?:\/\/[^/?#\s]+/.test(baseUrl)) {
      guards.fail('baseUrl', `expected an http(s) URL such as "http://127.0.0.1:4010", got ${guards.describeValue(baseUrl)}.`);
    }
    const fetchImpl = options.fetch ?? globalThis.fetch;
    if (typeof fetchImpl !== 'function') guards.fail('fetch', 'no fetch in this runtime: pass new BabySea({ fetch }).');
    const headers: Record<string, string> = sdkHeaders();
    for (const name in options.defaultHeaders ?? {}) headers[name.toLowerCase()] = options.defaultHeaders![name]!;

    this.#transport = new Transport({
      apiKey,
      baseUrl: baseUrl.replace(/\/+$/, ''),
      timeout: guards.integerInRange('timeout', options.timeout ?? CLIENT_DEFAULTS.timeout, 1),
      maxRetries: guards.integerInRange('maxRetries', options.maxRetries ?? CLIENT_DEFAULTS.maxRetries, 0),
      // Bound so that a detached `fetch` (window.fetch) keeps its receiver.
      fetch: options.fetch ?? ((input, init) => fetchImpl(input, init)),
      headers,
      logger: options.logger === false ? undefined : (options.logger ?? consoleLoggerFromEnv()),
    });
  }

  // ---- API ----

  /** `GET /v1/status`: checks the API key and returns its metadata. */
  status(options?: RequestOptions) {
    return this.#call('get', '/v1/status', () => ({}), options);
  }

  /** `GET /v1/usage`: usage over the last `days` (1–90, default 30). */
  usage(days?: number, options?: RequestOptions) {
    return this.#call('get', '/v1/usage', () => ({ query: { days: guards.optionalInteger('days', days, 1, 90) } }), options);
  }

  // ---- User ----

  /** `GET /v1/user/account`: the account bound to the key. */
  account(options?: RequestOptions) {
    return this.#call('get', '/v1/user/account', () => ({}), options);
  }

  /** `GET /v1/user/billing`: subscription and credit balance. */
  billing(options?: RequestOptions) {
    return this.#call('get', '/v1/user/billing', () => ({}), options);
  }

  // ---- Financials ----

  /** `GET /v1/estimate/{owner}/{name}`: the cost of `count` generations, or of a video's duration/resolution/audio. */
  estimate(model: string, params?: number | EstimateParams, options?: RequestOptions) {
    return this.#call(
      'get',
      '/v1/estimate/{model_owner}/{model_name}',
      () => ({ path: guards.modelSegments(model), query: estimateQuery(params) }),
      options,
    );
  }

  // ---- Content management ----

  /** `POST /v1/content/generation/cancel/{id}`: cancels a pending or processing generation. */
  cancelGeneration(generationId: string, options?: PostRequestOptions): ApiPromise<CancelGenerationResponse> {
    return this.#call(
      'post',
      '/v1/content/generation/cancel/{generation_id}',
      () => ({ path: { generation_id: guards.generationId(generationId) } }),
      options,
    );
  }

  /** `DELETE /v1/content/{id}`: deletes the generation's output files (the record stays). */
  deleteGeneration(generationId: string, options?: RequestOptions) {
    return this.#call(
      'delete',
      '/v1/content/{generation_id}',
      () => ({ path: { generation_id: guards.generationId(generationId) } }),
      options,
    );
  }

  /** `GET /v1/content/{id}`: the full record of one generation. */
  getGeneration(generationId: string, options?: RequestOptions) {
    return this.#call(
      'get',
      '/v1/content/{generation_id}',
      () => ({ path: { generation_id: guards.generationId(generationId) } }),
      options,
    );
  }

  /**
   * `GET /v1/content/list`: one page of generations (`total`, `limit`, `offset` beside `data`).
   * The result is also async-iterable over every generation from `offset` on, page after page.
   */
  listGenerations(params: ListGenerationsParams = {}, options?: RequestOptions): PagePromise {
    let limit: number | undefined;
    const fetchPage = (offset: number) =>
      this.#send<SuccessBody<'listGenerations'>>('GET', '/v1/content/list', { query: { limit, offset } }, options);
    let firstPage: Promise<ApiResult<SuccessBody<'listGenerations'>>>;
    try {
      limit = guards.optionalInteger('limit', guards.plainObject('params', params).limit, 1, 100);
      firstPage = fetchPage(guards.optionalInteger('offset', params.offset, 0) ?? 0);
    } catch (error) {
      firstPage = Promise.reject(error);
    }
    return new PagePromise(firstPage, fetchPage);
  }

  // ---- Content generation ----

  /**
   * `POST /v1/generate/image/{owner}/{name}`: submits an image generation. For compatibility, a
   * body with `generation_duration` goes to the video route, as `generateVideo` does.
   */
  generate(model: string, body: VideoGenerationParams, options?: PostRequestOptions): ApiPromise<GenerateResponse>;
  generate(model: string, body: ImageGenerationParams, options?: PostRequestOptions): ApiPromise<GenerateResponse>;
  generate(model: string, body: ImageGenerationParams | VideoGenerationParams, options?: PostRequestOptions): ApiPromise<GenerateResponse> {
    const isVideo = typeof body === 'object' && body !== null && body.generation_duration !== undefined;
    return isVideo ? this.generateVideo(model, body as VideoGenerationParams, options) : this.#submit('image', model, body, options);
  }

  /** `POST /v1/generate/video/{owner}/{name}`: submits a video generation (`generation_duration` required). */
  generateVideo(model: string, body: VideoGenerationParams, options?: PostRequestOptions): ApiPromise<GenerateResponse> {
    return this.#submit('video', model, body, options);
  }

  // ---- lifecycle helpers ----

  /** Polls `getGeneration` until the generation succeeds (resolves with it), fails or is canceled (throws). */
  waitForGeneration(generationId: string, options?: WaitOptions): Promise<Generation> {
    return Promise.resolve().then(() => {
      guards.generationId(generationId);
      return waitForGeneration((poll) => this.getGeneration(generationId, poll).withResponse(), generationId, options);
    });
  }

  /** `generate`, then `waitForGeneration`: resolves with the finished generation. */
  async generateAndWait(
    model: string,
    body: ImageGenerationParams | VideoGenerationParams,
    options: GenerateAndWaitOptions = {},
  ): Promise<Generation> {
    const submitted = await this.generate(model, body as ImageGenerationParams, submitOptions(options));
    return this.waitForGeneration(submitted.data.generation_id, options);
  }

  /** `generateVideo`, then `waitForGeneration`: resolves with the finished generation. */
  async generateVideoAndWait(model: string, body: VideoGenerationParams, options: GenerateAndWaitOptions = {}): Promise<Generation> {
    const submitted = await this.generateVideo(model, body, submitOptions(options));
    return this.waitForGeneration(submitted.data.generation_id, options);
  }

  // ---- the one request path ----

  #submit(kind: 'image' | 'video', model: string, body: unknown, options: PostRequestOptions | undefined): ApiPromise<GenerateResponse> {
    return ApiPromise.start(() =>
      this.#send(
        'POST',
        `/v1/generate/${kind}/{model_owner}/{model_name}`,
        { path: guards.modelSegments(model), body: guards.generationBody(body, kind) },
        options,
      ),
    );
  }

  /** Declares one operation: its verb and spec path (both type-checked against generated/), its arguments, its options. */
  #call<M extends Method, P extends PathWith<M>>(
    method: M,
    path: P,
    init: () => OperationInit<OperationOf<P, M>>,
    options: PostRequestOptions | undefined,
  ): ApiPromise<OkBody<OperationOf<P, M>>> {
    return ApiPromise.start(() => this.#send(method.toUpperCase() as HttpMethod, path, init() as Init, options));
  }

  #send<T>(method: HttpMethod, path: string, init: Init, options: PostRequestOptions | undefined): Promise<ApiResult<T>> {
    if (options !== undefined) guards.plainObject('options', options);
    return this.#transport.request<T>({ method, path, pathParams: init.path, query: init.query, body: init.body }, options);
  }
}

interface Init {
  path?: Record<string, string>;
  query?: Record<string, unknown>;
  body?: unknown;
}

function estimateQuery(params: number | EstimateParams | undefined): EstimateParams {
  if (params === undefined) return {};
  if (typeof params === 'number') return { count: guards.integerInRange('count', params, 1) };
  guards.plainObject('params', params);
  return {
    count: guards.optionalInteger('count', params.count, 1),
    duration: guards.optionalInteger('duration', params.duration, 1),
    resolution: guards.resolution(params.resolution, 'resolution'),
    audio: guards.optionalBoolean('audio', params.audio),
  };
}

function submitOptions(options: GenerateAndWaitOptions): PostRequestOptions {
  return { ...options.requestOptions, signal: options.signal, idempotencyKey: options.idempotencyKey };
}

function consoleLoggerFromEnv(): Logger | undefined {
  if (readEnv('BABYSEA_LOG') !== 'debug') return undefined;
  return { debug: (message, fields) => console.debug(message, fields) };
}
