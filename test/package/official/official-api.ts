// The official SDK's public API (babysea 2.0.0), written down as facts: its names, the shapes of its
// types, the signatures of its methods, its error classes and fields. tsc checks every fact against
// this package (installed from the packed tarball) under strict settings; `checkAtRunTime` checks the
// values. A fact that does not hold is a compile error here, or a line of the run-time report.

import type * as B from 'babysea';
import * as babysea from 'babysea';
import {
  type BabySea,
  BabySeaError,
  BabySeaGenerationFailedError,
  BabySeaGenerationTimeoutError,
  BabySeaNetworkError,
  BabySeaRetryError,
  BabySeaTimeoutError,
  SDK_NAME,
  SDK_VERSION,
} from 'babysea';
import * as hooks from 'babysea/webhooks';
import { isCreditLowBalance, isGenerationEvent, verifyWebhook } from 'babysea/webhooks';

// ---- the official shapes (facts, restated compactly) ----
declare namespace Official {
  type Region = 'us' | 'eu' | 'jp';
  interface Options {
    apiKey: string;
    region?: Region;
    baseUrl?: string;
    timeout?: number;
    maxRetries?: number;
  }
  interface ApiResponse<T> {
    status: 'success';
    request_id: string;
    message: string;
    timestamp: string;
    data: T;
    idempotency_replayed?: boolean;
  }
  interface PaginatedResponse<T> extends ApiResponse<T> {
    total: number;
    limit: number;
    offset: number;
  }
  interface ApiErrorBody {
    status: 'error';
    request_id?: string;
    error: {
      code: string;
      type: string;
      message: string;
      retryable: boolean;
      details?: Record<string, unknown>;
      provider_errors?: Array<{ provider: string; code: string; type: string; message: string; retryable: boolean }>;
    };
  }
  interface RateLimitInfo {
    limit: number;
    remaining: number;
    reset: number;
    retryAfter?: number;
  }
  interface Generation {
    [key: `generation_${string}`]: unknown;
    account_id: string;
    generation_id: string;
    model_identifier?: string;
    generation_provider_order?: string[];
    generation_provider_used?: string | null;
    generation_prediction_id?: string | null;
    generation_status?: 'pending' | 'processing' | 'succeeded' | 'failed' | 'canceled';
    generation_prompt?: string;
    generation_ratio?: string;
    generation_output_format?: string;
    generation_output_number?: number;
    generation_input_file?: string[] | null;
    generation_output_file?: string[] | null;
    generation_created_at?: string;
    generation_started_at?: string | null;
    generation_completed_at?: string | null;
    generation_metrics_total_time?: number | null;
    generation_metrics_predict_time?: number | null;
    generation_duration?: number;
    generation_resolution?: string;
    generation_generate_audio?: boolean;
    generation_audio_mode?: 'audio' | 'noaudio';
    generation_error?: string;
    generation_error_code?: string;
    generation_removed?: boolean;
  }
  type GenerationProviderOrder =
    | 'fastest'
    | 'replicate'
    | 'bfl, replicate'
    | 'openai, replicate'
    | 'runway, replicate'
    | 'replicate, fal'
    | 'alibabacloud, replicate, fal'
    | 'bfl, replicate, cloudflare'
    | 'bfl, replicate, fal'
    | 'byteplus, replicate, fal'
    | 'openai, replicate, fal'
    | 'replicate, fal, cloudflare';
  interface ImageGenerationParams {
    generation_prompt: string;
    generation_ratio?: string;
    generation_output_format?: string;
    generation_output_number?: number;
    generation_input_file?: string[];
    generation_provider_order?: GenerationProviderOrder;
    [key: string]: unknown;
  }
  interface VideoGenerationParams {
    generation_prompt: string;
    generation_ratio?: string;
    generation_output_format?: string;
    generation_duration: number;
    generation_resolution?: string;
    generation_generate_audio?: boolean;
    generation_input_file?: string[];
    generation_input_file_last_content?: string;
    generation_provider_order?: GenerationProviderOrder;
    [key: string]: unknown;
  }
  type GenerationParams = ImageGenerationParams | VideoGenerationParams;
  type GenerationData =
    | {
        model_identifier: string;
        generation_provider_order: string[];
        generation_prediction_id: string;
        generation_id: string;
        generation_initialized: true;
      }
    | { generation_id: string; generation_status: 'canceled' };
  interface ModelSchema {
    generation_prompt: boolean;
    generation_ratio: string[];
    generation_output_format: string[];
    generation_output_number: number;
    generation_input_file: boolean;
    generation_duration?: number[];
    generation_resolution?: string[];
    generation_generate_audio?: boolean;
  }
  interface Model {
    model_type: 'image' | 'video';
    model_identifier: string;
    model_pricing?: number | Record<string, number> | undefined;
    model_supported_provider: string[];
    schema: ModelSchema;
    specific_schema: string[];
  }
  interface EstimateData {
    model_identifier: string;
    model_type: 'image' | 'video';
    assets_count: number;
    cost_per_second?: number;
    duration_seconds?: number;
    resolution?: string;
    cost_per_generation: number;
    cost_total_consumed: number;
    credit_balance: number | null;
    credit_balance_can_afford: boolean | null;
    credit_balance_max_affordable: number | null;
  }
  interface BabySeaImplementation {
    delivery_method: 'webhook_with_polling' | 'synchronous' | 'polling';
    cancel_method: 'prediction_cancel_api' | 'queue_cancel_api' | null;
    webhook_verification: 'hmac_sha256' | 'ed25519' | null;
    error_mapping: 'bse_error_codes';
    cost_tracking: 'per_generation_usd';
    schema_conversion: 'unified_to_native';
    failover_strategy: 'sequential_provider_chain';
    health_monitoring: 'circuit_breaker';
    supported_media_types: ('image' | 'video')[];
    supported_models_total: number;
  }
  interface GenerationWebhookPayload {
    webhook_event: 'generation.started' | 'generation.completed' | 'generation.failed' | 'generation.canceled' | 'webhook.test';
    webhook_timestamp: string;
    webhook_delivery_id: string;
    webhook_data: {
      account_id: string;
      model_identifier: string;
      generation_provider_initialize?: string;
      generation_provider_used?: string;
      generation_status: 'processing' | 'succeeded' | 'failed' | 'canceled';
      generation_prediction_id?: string;
      generation_id: string;
      generation_output_file?: string[];
      generation_error?: string;
      generation_error_code?: string;
      credits_refunded?: boolean;
    };
  }
  interface CreditAlertWebhookPayload {
    webhook_event: 'credits.low_balance';
    webhook_timestamp: string;
    webhook_delivery_id: string;
    webhook_data: { account_id: string; current_balance: number; thresholds_crossed: { threshold: number; balance_at: number }[] };
  }
  type WebhookPayload = GenerationWebhookPayload | CreditAlertWebhookPayload;
  type WaitOptions = { timeout?: number; interval?: number; signal?: AbortSignal };

  /** The client as the official SDK types it (function-typed members, so tsc checks parameters strictly). */
  interface Client {
    status: () => Promise<ApiResponse<B.StatusData>>;
    usage: (days?: number) => Promise<ApiResponse<B.UsageData>>;
    account: () => Promise<ApiResponse<B.AccountData>>;
    billing: () => Promise<ApiResponse<B.BillingData>>;
    estimate: (
      modelIdentifier: string,
      options?: number | { count?: number; duration?: number; resolution?: string; audio?: boolean },
    ) => Promise<ApiResponse<EstimateData>>;
    cancelGeneration: (
      generationId: string,
    ) => Promise<
      ApiResponse<{ generation_id: string; generation_status: 'canceled'; provider_cancel_sent: boolean; credits_refunded: boolean }>
    >;
    deleteGeneration: (generationId: string) => Promise<ApiResponse<{ generation_id: string; files_deleted: number }>>;
    getGeneration: (generationId: string) => Promise<ApiResponse<Generation>>;
    listGenerations: (options?: { limit?: number; offset?: number }) => Promise<PaginatedResponse<{ generations: Generation[] }>>;
    generate: (
      modelIdentifier: string,
      params: GenerationParams,
      options?: { idempotencyKey?: string },
    ) => Promise<ApiResponse<GenerationData>>;
    waitForGeneration: (generationId: string, options?: WaitOptions) => Promise<ApiResponse<Generation>>;
    generateAndWait: (
      modelIdentifier: string,
      params: GenerationParams,
      options?: WaitOptions & { idempotencyKey?: string },
    ) => Promise<ApiResponse<Generation>>;
    library: {
      providers: () => Promise<ApiResponse<{ providers: B.ProviderProfile[]; providers_total: number }>>;
      models: () => Promise<ApiResponse<{ models: Model[]; models_total: number }>>;
    };
    health: {
      providers: () => Promise<ApiResponse<B.HealthProvidersData>>;
      models: () => Promise<ApiResponse<B.HealthModelsData>>;
      storage: () => Promise<ApiResponse<B.HealthStorageData>>;
      cache: () => Promise<ApiResponse<B.HealthCacheData>>;
    };
  }
}

// ---- every official type name exists here ----
export type OfficialTypeNames = [
  B.BabySeaOptions,
  B.BabySeaRegion,
  B.ApiErrorBody,
  B.ApiResponse<unknown>,
  B.PaginatedResponse<unknown>,
  B.RateLimitInfo,
  B.HealthProvider,
  B.HealthProvidersData,
  B.HealthModel,
  B.HealthModelProvider,
  B.HealthModelsData,
  B.HealthStorageData,
  B.HealthCacheData,
  B.BabySeaImplementation,
  B.LibraryProvidersData,
  B.ProviderProfile,
  B.LibraryModelsData,
  B.Model,
  B.ModelSchema,
  B.StatusData,
  B.UsageData,
  B.UsageEndpoint,
  B.UsageProvider,
  B.AccountData,
  B.BillingData,
  B.EstimateData,
  B.GenerationCancelData,
  B.GenerationDeleteData,
  B.Generation,
  B.GenerationListData,
  B.ImageGenerationParams,
  B.ImageGenerationData,
  B.InferenceProvider,
  B.GenerationProviderOrder,
  B.GenerationProviderOrderFastest,
  B.VideoGenerationParams,
  B.VideoGenerationData,
  B.GenerationParams,
  B.GenerationData,
  B.ApiKeyScope,
  B.ApiKeyScopePreset,
  B.WebhookEventType,
  B.WebhookPayload,
  B.GenerationWebhookPayload,
  B.CreditAlertWebhookPayload,
];

// ---- what callers pass in: the official shapes are accepted ----
export function inputsAreAccepted(
  options: Official.Options,
  image: Official.ImageGenerationParams,
  video: Official.VideoGenerationParams,
  params: Official.GenerationParams,
) {
  const asOptions: B.BabySeaOptions = options;
  const asImage: B.ImageGenerationParams = image;
  const asVideo: B.VideoGenerationParams = video;
  const asParams: B.GenerationParams = params;
  const order: B.GenerationProviderOrder = 'replicate, fal' satisfies Official.GenerationProviderOrder;
  const fastest: B.GenerationProviderOrderFastest = 'fastest';
  const region: B.BabySeaRegion = 'jp' satisfies Official.Region;
  return [asOptions, asImage, asVideo, asParams, order, fastest, region];
}

// ---- what callers receive: ours fits the official shapes ----
export function outputsFit(
  generation: B.Generation,
  generated: B.GenerationData,
  model: B.Model,
  estimate: B.EstimateData,
  implementation: B.BabySeaImplementation,
  payload: B.WebhookPayload,
  rateLimit: B.RateLimitInfo,
  errorBody: B.ApiErrorBody,
  page: B.PaginatedResponse<B.GenerationListData>,
) {
  const a: Official.Generation = generation;
  const b: Official.GenerationData = generated;
  const c: Official.Model = model;
  const d: Official.EstimateData = estimate;
  const e: Official.BabySeaImplementation = implementation;
  const f: Official.WebhookPayload = payload;
  const g: Official.RateLimitInfo = rateLimit;
  const h: Official.ApiErrorBody = errorBody;
  const i: Official.PaginatedResponse<{ generations: Official.Generation[] }> = page;
  // Real code narrows the generate answer with `in`, and reads the prediction id as a string.
  const prediction: string | undefined =
    'generation_status' in generated && generated.generation_status === 'canceled' ? undefined : generated.generation_prediction_id;
  return [a, b, c, d, e, f, g, h, i, prediction];
}

// ---- the client's methods have the official signatures ----
export function clientFits(client: BabySea): Official.Client {
  return client;
}

// ---- error classes: the official constructors and fields ----
export function errorsFit(cause: unknown, generation: Official.Generation) {
  const api = new BabySeaError(
    402,
    { status: 'error', error: { code: 'BSE1004', type: 'insufficient_credits', message: 'Top up', retryable: false } },
    { limit: 1, remaining: 0, reset: 2 },
  );
  const fields: [number, Official.ApiErrorBody, string, string, boolean, Official.RateLimitInfo | undefined, string | undefined] = [
    api.status,
    api.body,
    api.code,
    api.type,
    api.retryable,
    api.rateLimit,
    api.requestId,
  ];
  const retry = new BabySeaRetryError(api, 3);
  const retryFields: [BabySeaError, number] = [retry.lastError, retry.attempts];
  const network = new BabySeaNetworkError(cause, 3, false);
  const networkFields: [unknown, boolean, number] = [network.cause, network.retryable, network.attempts];
  const timeout: Error = new BabySeaTimeoutError(30_000);
  const failed = new BabySeaGenerationFailedError(generation);
  const failedFields: [Official.Generation, string, 'failed' | 'canceled', string | undefined] = [
    failed.generation,
    failed.generation_id,
    failed.generation_status,
    failed.generation_error_code,
  ];
  const waited = new BabySeaGenerationTimeoutError('id', 1_000, 'processing');
  const waitedFields: [string, number, Official.Generation['generation_status']] = [
    waited.generation_id,
    waited.timeoutMs,
    waited.lastStatus,
  ];
  return [fields, retryFields, networkFields, timeout, failedFields, waitedFields];
}

// ---- webhooks: the official signature (4th argument in seconds) and guards ----
export const verify: (rawBody: string, signature: string, secret: string, toleranceSeconds?: number) => Promise<Official.WebhookPayload> =
  verifyWebhook;
export function guardsNarrow(payload: Official.WebhookPayload & B.WebhookPayload) {
  if (isGenerationEvent(payload)) return payload.webhook_data.generation_id;
  if (isCreditLowBalance(payload)) return payload.webhook_data.current_balance;
  return undefined;
}
// `WebhookPayload` is the event, from either entry point.
export function webhookPayloadIsTheEvent(fromWebhooks: hooks.WebhookPayload, fromRoot: B.WebhookPayload) {
  const event: Official.WebhookPayload = fromWebhooks;
  const same: hooks.WebhookPayload = fromRoot;
  const back: B.WebhookPayload = fromWebhooks;
  return [event, same, back];
}

/** The value side: every official export is there, of the right kind, and behaves as the official one where code relies on it. */
export async function checkAtRunTime(): Promise<string[]> {
  const problems: string[] = [];
  const expect = (ok: boolean, fact: string) => {
    if (!ok) problems.push(fact);
  };
  const classes = [
    'BabySea',
    'BabySeaError',
    'BabySeaGenerationFailedError',
    'BabySeaGenerationTimeoutError',
    'BabySeaNetworkError',
    'BabySeaRetryError',
    'BabySeaTimeoutError',
  ];
  for (const name of classes) expect(typeof (babysea as Record<string, unknown>)[name] === 'function', `babysea exports the class ${name}`);
  for (const name of classes.slice(1))
    expect((babysea as unknown as Record<string, { prototype: unknown }>)[name]!.prototype instanceof Error, `${name} extends Error`);
  expect(
    typeof SDK_NAME === 'string' && typeof SDK_VERSION === 'string' && /^\d+\.\d+\.\d+/.test(SDK_VERSION),
    'SDK_NAME and SDK_VERSION are strings',
  );
  const guards = [
    'verifyWebhook',
    'isGenerationEvent',
    'isGenerationStarted',
    'isGenerationCompleted',
    'isGenerationFailed',
    'isGenerationCanceled',
    'isCreditLowBalance',
    'isWebhookTest',
  ];
  for (const name of guards) expect(typeof (hooks as Record<string, unknown>)[name] === 'function', `babysea/webhooks exports ${name}`);
  const retry = new BabySeaRetryError(
    new BabySeaError(503, { status: 'error', error: { code: 'BSE5003', type: 't', message: 'm', retryable: true } }),
    3,
  );
  expect(
    retry instanceof BabySeaRetryError && retry.attempts === 3 && retry.lastError.status === 503,
    'new BabySeaRetryError(lastError, attempts) keeps both',
  );
  const network = new BabySeaNetworkError(new TypeError('fetch failed'), 2, false);
  expect(
    network.attempts === 2 && network.retryable === false && network.message.includes('fetch failed'),
    'new BabySeaNetworkError(cause, attempts, retryable) keeps them',
  );
  const bare = new BabySeaError(502, {} as Official.ApiErrorBody);
  expect(
    bare.code === 'HTTP_502' && bare.type === 'api_error' && bare.message === 'HTTP 502' && bare.retryable,
    'a BabySeaError with an empty body takes the status defaults',
  );
  const body = '{"webhook_event":"webhook.test","webhook_timestamp":"t","webhook_delivery_id":"d","webhook_data":{}}';
  const old = await hooks.signWebhookPayload(body, 'whsec_x', Math.floor(Date.now() / 1000) - 500);
  expect(
    (await verifyWebhook(body, old, 'whsec_x', 300).catch(() => 'rejected')) === 'rejected',
    'verifyWebhook(…, 300) rejects a delivery 500 s old',
  );
  expect(
    (await verifyWebhook(body, old, 'whsec_x', 600).then((e) => e.webhook_event)) === 'webhook.test',
    'verifyWebhook(…, 600) accepts it',
  );
  expect(isGenerationEvent({ webhook_event: 'webhook.test' } as B.WebhookPayload), 'isGenerationEvent includes webhook.test');
  return problems;
}
