/**
 * The BabySea client: one line per API operation, naming its route (its types, argument checks,
 * retries and errors all follow from the route), the typed escape hatch (`get`, `post`, `delete`)
 * for any route of the spec, middleware, and the waits built on the methods.
 */
import type { Middleware } from 'openapi-fetch';
import type { components } from '../generated/babysea.js';
import { regions } from '../generated/constraints.js';
import { ApiPromise, type StartCall } from './core/api-promise.js';
import { type CallInit, type HttpMethod, prepareCall } from './core/call.js';
import type { ClientContext } from './core/context.js';
import { BabySeaValidationError } from './core/errors.js';
import { type ArgumentNames, modelSegments, plainObject } from './core/guards.js';
import { headerRecord } from './core/headers.js';
import {
  CLIENT_DEFAULTS,
  CLIENT_OPTIONS,
  type ClientOptions,
  GENERATE_AND_WAIT_OPTIONS,
  type GenerateAndWaitOptions,
  type Logger,
  OPTION_RULES,
  type PostRequestOptions,
  type RequestOptions,
  readOptions,
  type WaitOptions,
} from './core/options.js';
import { Redactor } from './core/redact.js';
import { runCall } from './core/request.js';
import type { PathsWith, RequestInitOf, RouteResult, Verb } from './core/routes.js';
import { readEnv, sdkHeaders } from './core/runtime.js';
import { GenerationDeliveries } from './lib/deliveries.js';
import { PagePromise } from './lib/pagination.js';
import { pollRequestOptions, waitForGeneration } from './lib/polling.js';
import { type DurationMemory, type DurationsSnapshot, durationMemory, rememberClientMemory } from './lib/schedule.js';
import type {
  EstimateParams,
  GenerateResponse,
  GenerationParams,
  GenerationResponse,
  ImageGenerationParams,
  ListGenerationsParams,
  VideoGenerationParams,
} from './types.js';

export { regions as REGIONS };

// The parameter types take any string where the API takes values read at run time (a catalog's
// output formats); the run-time checks hold the spec's rule.
type ImageGenerationRequest = components['schemas']['ImageGenerationRequest'];

type CallArgs<M extends Verb, P extends PathsWith<M>, O> =
  // biome-ignore lint/complexity/noBannedTypes: `{}` asks whether every key of the init is optional.
  {} extends RequestInitOf<M, P> ? [init?: RequestInitOf<M, P>, options?: O] : [init: RequestInitOf<M, P>, options?: O];

// How the named methods' errors name a bad parameter: by the method's argument name, which is the
// spec's parameter name unless listed here.
const HTTP_METHODS: Record<Verb, HttpMethod> = { get: 'GET', post: 'POST', delete: 'DELETE' };
const BY_NAME: ArgumentNames = {};
const GENERATION_ID: ArgumentNames = { generation_id: 'generationId' };

export class BabySea {
  readonly #context: ClientContext;
  /** How long each kind of generation took on this client's API host, shared by the process's clients: waits poll where they end. */
  readonly #durations: DurationMemory;

  /**
   * Webhook deliveries for this client (`createWebhookHandler({ client })` from `babysea/webhooks`
   * hands them over): a wait resolves the moment its generation's end is delivered, and polls only
   * every 30 s, in case a delivery is lost.
   */
  readonly deliveries = new GenerationDeliveries();

  /** The provider and model catalog. */
  readonly library = {
    /** `GET /v1/library/providers`: the provider catalog. */
    providers: (options?: RequestOptions) => this.#send('get', '/v1/library/providers', undefined, options),
    /** `GET /v1/library/models`: the model catalog, with pricing and parameters. */
    models: (options?: RequestOptions) => this.#send('get', '/v1/library/models', undefined, options),
  };

  /** Live health of providers, models, storage and cache. */
  readonly health = {
    /** `GET /v1/health/inference/providers`: circuit-breaker state per provider. */
    providers: (options?: RequestOptions) => this.#send('get', '/v1/health/inference/providers', undefined, options),
    /** `GET /v1/health/inference/models`: which models are available where. */
    models: (options?: RequestOptions) => this.#send('get', '/v1/health/inference/models', undefined, options),
    /** `GET /v1/health/storage`: storage bucket health and latency. */
    storage: (options?: RequestOptions) => this.#send('get', '/v1/health/storage', undefined, options),
    /** `GET /v1/health/cache`: cache health and latency. */
    cache: (options?: RequestOptions) => this.#send('get', '/v1/health/cache', undefined, options),
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
    this.#context = {
      baseUrl: given.baseUrl ?? regions[given.region ?? CLIENT_DEFAULTS.region],
      headers: {
        accept: 'application/json',
        ...sdkHeaders(),
        ...headerRecord(given.defaultHeaders ?? []),
        authorization: `Bearer ${apiKey}`,
      },
      timeout: given.timeout ?? CLIENT_DEFAULTS.timeout,
      maxRetries: given.maxRetries ?? CLIENT_DEFAULTS.maxRetries,
      fetch: given.fetch,
      redactor,
      logger: given.logger === false ? undefined : (given.logger ?? consoleLoggerFromEnv()),
      middleware: [],
    };
    this.#durations = durationMemory(this.#context.baseUrl);
    if (given.durations) this.#durations.restore(given.durations);
    rememberClientMemory(this, this.#durations);
  }

  /**
   * How long each kind of generation took, as waits learned it (per model and video length): persist
   * it and hand it back as the `durations` option where every process starts fresh (serverless), so
   * its first wait polls as well as a warm one.
   */
  durations(): DurationsSnapshot {
    return this.#durations.snapshot();
  }

  // ---- the typed escape hatch: any route of the spec, through the same attempt loop ----

  /** `GET` any route of the spec: `client.get('/v1/content/{generation_id}', { params: { path: { generation_id } } })`. */
  get<P extends PathsWith<'get'>>(path: P, ...[init, options]: CallArgs<'get', P, RequestOptions>) {
    return this.#send('get', path, init, options);
  }

  /** `POST` any route of the spec (routes that take an `Idempotency-Key` also take `idempotencyKey`). */
  post<P extends PathsWith<'post'>>(path: P, ...[init, options]: CallArgs<'post', P, PostRequestOptions>) {
    return this.#send('post', path, init, options);
  }

  /** `DELETE` any route of the spec. */
  delete<P extends PathsWith<'delete'>>(path: P, ...[init, options]: CallArgs<'delete', P, RequestOptions>) {
    return this.#send('delete', path, init, options);
  }

  /** Adds openapi-fetch middleware; it runs once per attempt (a retried call runs it again). */
  use(...middleware: Middleware[]): void {
    for (const m of middleware) {
      if (typeof m !== 'object' || m === null || !('onRequest' in m || 'onResponse' in m || 'onError' in m))
        throw new BabySeaValidationError('middleware', 'expected an object with onRequest(), onResponse() or onError().');
      this.#context.middleware.push(m);
    }
  }

  /** Removes middleware added with `use`. */
  eject(...middleware: Middleware[]): void {
    for (const m of middleware) {
      const at = this.#context.middleware.indexOf(m);
      if (at !== -1) this.#context.middleware.splice(at, 1);
    }
  }

  // ---- API ----

  /** `GET /v1/status`: checks the API key and returns its metadata. */
  status(options?: RequestOptions) {
    return this.#send('get', '/v1/status', undefined, options);
  }

  /** `GET /v1/usage`: usage over the last `days` (1–90, default 30). */
  usage(days?: number, options?: RequestOptions) {
    return this.#send('get', '/v1/usage', { params: { query: { days } } }, options, BY_NAME);
  }

  /** `GET /v1/user/account`: the account bound to the key. */
  account(options?: RequestOptions) {
    return this.#send('get', '/v1/user/account', undefined, options);
  }

  /** `GET /v1/user/billing`: subscription and credit balance. */
  billing(options?: RequestOptions) {
    return this.#send('get', '/v1/user/billing', undefined, options);
  }

  /** `GET /v1/estimate/{owner}/{name}`: the cost of `count` generations, or of a video's duration/resolution/audio. */
  estimate(model: string, params?: number | EstimateParams, options?: RequestOptions) {
    return this.#send(
      'get',
      '/v1/estimate/{model_owner}/{model_name}',
      () => ({ params: { path: modelSegments(model), query: estimateQuery(params) } }),
      options,
      BY_NAME,
    );
  }

  /** `POST /v1/content/generation/cancel/{id}`: cancels a pending or processing generation and refunds it. */
  cancelGeneration(generationId: string, options?: RequestOptions) {
    return this.#send(
      'post',
      '/v1/content/generation/cancel/{generation_id}',
      { params: { path: { generation_id: generationId } } },
      options,
      GENERATION_ID,
    );
  }

  /** `DELETE /v1/content/{id}`: deletes the generation's output files (the record stays). */
  deleteGeneration(generationId: string, options?: RequestOptions) {
    return this.#send(
      'delete',
      '/v1/content/{generation_id}',
      { params: { path: { generation_id: generationId } } },
      options,
      GENERATION_ID,
    );
  }

  /** `GET /v1/content/{id}`: the full record of one generation. */
  getGeneration(generationId: string, options?: RequestOptions): ApiPromise<GenerationResponse> {
    return this.#send('get', '/v1/content/{generation_id}', { params: { path: { generation_id: generationId } } }, options, GENERATION_ID);
  }

  /**
   * `GET /v1/content/list`: one page of generations (`total`, `limit`, `offset` beside `data`), with
   * `hasNextPage()` and `getNextPage()`. The call is also async-iterable over every generation from
   * `offset` on, and `.iterPages()` over every page.
   */
  listGenerations(params?: ListGenerationsParams, options?: RequestOptions): PagePromise {
    return new PagePromise(
      (query) =>
        this.#start(
          'GET',
          '/v1/content/list',
          () => ({ params: { query: query === undefined ? undefined : plainObject('params', query) } }),
          options,
          BY_NAME,
        ),
      params,
    );
  }

  /**
   * `POST /v1/generate/image/{owner}/{name}`: submits an image generation. A body with
   * `generation_duration` goes to the video route, as `generateVideo` does (and as the official SDK does).
   */
  generate(model: string, body: VideoGenerationParams, options?: PostRequestOptions): ApiPromise<GenerateResponse>;
  generate(model: string, body: ImageGenerationParams, options?: PostRequestOptions): ApiPromise<GenerateResponse>;
  generate(model: string, body: GenerationParams, options?: PostRequestOptions): ApiPromise<GenerateResponse>;
  generate(model: string, body: GenerationParams, options?: PostRequestOptions): ApiPromise<GenerateResponse> {
    if ((body as { generation_duration?: unknown } | null)?.generation_duration !== undefined)
      return this.generateVideo(model, body as VideoGenerationParams, options);
    return this.#send(
      'post',
      '/v1/generate/image/{model_owner}/{model_name}',
      () => ({ params: { path: modelSegments(model) }, body: body as ImageGenerationRequest }),
      options,
    );
  }

  /** `POST /v1/generate/video/{owner}/{name}`: submits a video generation (`generation_duration` required). */
  generateVideo(model: string, body: VideoGenerationParams, options?: PostRequestOptions): ApiPromise<GenerateResponse> {
    return this.#send(
      'post',
      '/v1/generate/video/{model_owner}/{model_name}',
      () => ({ params: { path: modelSegments(model) }, body }),
      options,
    );
  }

  // ---- waits ----

  /**
   * Polls `getGeneration` until the generation succeeds (resolves with its envelope, as
   * `getGeneration` does), fails or is canceled (BabySeaGenerationFailedError), or the wait times
   * out (BabySeaGenerationTimeoutError).
   */
  waitForGeneration(generationId: string, options?: WaitOptions): Promise<GenerationResponse> {
    const source = {
      poll: (request: RequestOptions) => this.getGeneration(generationId, request).withResponse(),
      recent: async (request: RequestOptions) => (await this.listGenerations({ limit: 50 }, request)).data.generations,
      memory: this.#durations,
      deliveries: this.deliveries,
    };
    return waitForGeneration(source, generationId, options);
  }

  /**
   * `generate`, then `waitForGeneration`: resolves with the finished generation's envelope. An
   * idempotent replay of a generation canceled since resolves with its record, as the official SDK does.
   */
  generateAndWait(model: string, body: GenerationParams, options?: GenerateAndWaitOptions): Promise<GenerationResponse> {
    return this.#submitThenWait((submit) => this.generate(model, body, submit), options);
  }

  /** `generateVideo`, then `waitForGeneration`: resolves with the finished generation's envelope. */
  generateVideoAndWait(model: string, body: VideoGenerationParams, options?: GenerateAndWaitOptions): Promise<GenerationResponse> {
    return this.#submitThenWait((submit) => this.generateVideo(model, body, submit), options);
  }

  /** Checks every option before submitting (a typo in a wait option must not cost a generation), submits, then waits. */
  async #submitThenWait(
    submit: (options: PostRequestOptions) => ApiPromise<GenerateResponse>,
    options: GenerateAndWaitOptions | undefined,
  ) {
    const given = readOptions('', options, GENERATE_AND_WAIT_OPTIONS);
    const { idempotencyKey, ...wait } = options ?? {};
    const request = pollRequestOptions(given);
    const submitted = await submit(idempotencyKey === undefined ? request : { ...request, idempotencyKey });
    const id = submitted.data.generation_id;
    if (submitted.data.generation_status === 'canceled') return this.getGeneration(id, request);
    return this.waitForGeneration(id, wait);
  }

  // ---- the one request path ----

  /** A call of a route, typed by it: its init, and its answer as the method resolves with it. */
  #send<M extends Verb, P extends PathsWith<M>>(
    method: M,
    path: P,
    init: RequestInitOf<M, P> | (() => RequestInitOf<M, P>) | undefined,
    options: unknown,
    names?: ArgumentNames,
  ): ApiPromise<RouteResult<M, P>> {
    return new ApiPromise(this.#start(HTTP_METHODS[method], path, init as CallInit, options, names));
  }

  /** Starts a call when asked: checks it (any bad argument rejects here, before sending), then runs it. */
  #start(
    method: HttpMethod,
    path: string,
    init: CallInit | (() => CallInit) | undefined,
    options: unknown,
    names: ArgumentNames | undefined,
  ): StartCall {
    return (unread) => {
      const context = this.#context;
      try {
        return runCall(context, prepareCall(context, method, path, init, options, names), unread);
      } catch (error) {
        // A checked argument is echoed in its error: never let that echo carry the key.
        return Promise.reject(error instanceof BabySeaValidationError ? context.redactor.scrub(error) : error);
      }
    };
  }
}

function estimateQuery(params: number | EstimateParams | undefined): EstimateParams | undefined {
  return typeof params === 'number'
    ? { count: params }
    : params === undefined
      ? undefined
      : (plainObject('params', params) as EstimateParams);
}

function consoleLoggerFromEnv(): Logger | undefined {
  if (readEnv('BABYSEA_LOG') !== 'debug') return undefined;
  return { debug: (message, fields) => console.debug(message, fields) };
}
