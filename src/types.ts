/**
 * Friendly names for the types users handle, all looked up in the generated spec types so the
 * spec stays the single source of truth. Nothing here restates a field by hand. The official SDK's
 * type names are here too (see "official SDK names" below), as aliases of the same types.
 */
import type { components, operations, webhooks } from '../generated/babysea.js';
import type { ClientOptions, Region } from './core/options.js';
import type { ReadableUnion, RouteResult } from './core/routes.js';

export type { ApiKeyScope, ApiKeyScopePreset } from '../generated/constraints.js';
export type { ApiErrorBody, RateLimitInfo } from './core/errors.js';

type Schemas = components['schemas'];
type JsonBody<R> = R extends { content: { 'application/json': infer T } } ? T : never;
/** The JSON body of an operation's 200 answer. */
export type SuccessBody<Op extends keyof operations> = JsonBody<operations[Op]['responses'][200]>;

/** Drops an index signature (`[key: string]: unknown`) and keeps the named fields. */
type NamedFields<T> = { [K in keyof T as string extends K ? never : K]: T[K] };
/** Known values autocomplete; any other string is accepted too (values read at run time, e.g. from the catalog). */
type KnownOr<Known extends string> = Known | (string & {});

// ---- enums and shared values ----
export type GenerationStatus = Schemas['GenerationStatus'];
export type TerminalGenerationStatus = Extract<GenerationStatus, 'succeeded' | 'failed' | 'canceled'>;
export type ProviderHealthStatus = Schemas['ProviderHealthStatus'];
export type OutputFormat = Schemas['OutputFormat'];
export type InferenceProvider = Schemas['InferenceProvider'];
export type KnownProviderOrder = Schemas['KnownProviderOrder'];
export type KnownVideoProviderOrder = Schemas['KnownVideoProviderOrder'];
/** A known order (autocompleted) or any well-formed new one, e.g. `'fal, replicate'`. */
export type ProviderOrder = KnownOr<KnownProviderOrder>;
export type VideoProviderOrder = KnownOr<KnownVideoProviderOrder>;
/** A model identifier, `owner/name`, e.g. `'bfl/flux-schnell'`. */
export type ModelIdentifier = `${string}/${string}`;

// ---- request bodies ----
/** Model-specific parameters (`specific_schema` in the model catalog) go beside the standard fields. */
export type ModelSpecificParams = { [key: string]: unknown };
export type ImageGenerationParams = Omit<
  NamedFields<Schemas['ImageGenerationRequest']>,
  'generation_provider_order' | 'generation_output_format'
> & {
  generation_provider_order?: ProviderOrder;
  generation_output_format?: KnownOr<OutputFormat>;
} & ModelSpecificParams;
export type VideoGenerationParams = Omit<NamedFields<Schemas['VideoGenerationRequest']>, 'generation_provider_order'> & {
  generation_provider_order?: VideoProviderOrder;
} & ModelSpecificParams;
/** What `generate` takes: a body with `generation_duration` goes to the video route. */
export type GenerationParams = ImageGenerationParams | VideoGenerationParams;

/** `estimate`'s options object; a bare number means `{ count }`. */
export type EstimateParams = NonNullable<operations['estimate']['parameters']['query']>;
export type ListGenerationsParams = NonNullable<operations['listGenerations']['parameters']['query']>;

// ---- response data ----
/** One generation. Model-specific `generation_*` fields may appear besides the listed ones. */
export type Generation = Schemas['Generation'] & { [key: `generation_${string}`]: unknown };
export type StatusData = Schemas['StatusData'];
export type UsageData = Schemas['UsageData'];
export type UsageEndpoint = Schemas['UsageEndpoint'];
export type UsageProvider = Schemas['UsageProvider'];
export type AccountData = Schemas['AccountData'];
export type BillingData = Schemas['BillingData'];
export type BabySeaImplementation = Schemas['BabySeaImplementation'];
export type LibraryProvider = Schemas['LibraryProvider'];
export type LibraryProvidersData = Schemas['LibraryProvidersData'];
export type LibraryModel = Schemas['LibraryModel'];
export type ModelInputSchema = Schemas['ModelInputSchema'];
export type LibraryModelsData = Schemas['LibraryModelsData'];
export type ProviderHealth = Schemas['ProviderHealth'];
export type HealthProvidersData = Schemas['HealthProvidersData'];
export type ModelHealth = Schemas['ModelHealth'];
export type ModelProviderAvailability = Schemas['ModelProviderAvailability'];
export type HealthModelsData = Schemas['HealthModelsData'];
export type HealthStorageData = Schemas['HealthStorageData'];
export type HealthCacheData = Schemas['HealthCacheData'];
export type EstimateData = Schemas['EstimateData'];
export type CancelGenerationData = Schemas['CancelGenerationData'];
export type DeleteGenerationData = Schemas['DeleteGenerationData'];
export type GenerationInitialized = Schemas['GenerationInitialized'];
export type GenerationReplayedCanceled = Schemas['GenerationReplayedCanceled'];
/** What `generate` returns in `data`: a new generation, or the replay of one canceled since. */
export type GenerateData = ReadableUnion<GenerationInitialized | GenerationReplayedCanceled>;
export type ApiErrorDetail = Schemas['ApiError'];

// ---- envelopes, as methods return them (each what its route resolves with) ----
/** The success envelope around `T`; `idempotency_replayed` is set by the SDK on the generate answers. */
export type ApiResponse<T> = Omit<Schemas['SuccessEnvelope'], 'data'> & { data: T; idempotency_replayed?: boolean };
/** The list envelope: `total`, `limit` and `offset` beside `data`. */
export type PaginatedResponse<T> = ApiResponse<T> & Schemas['PaginationFields'];
export type StatusResponse = RouteResult<'get', '/v1/status'>;
export type UsageResponse = RouteResult<'get', '/v1/usage'>;
export type AccountResponse = RouteResult<'get', '/v1/user/account'>;
export type BillingResponse = RouteResult<'get', '/v1/user/billing'>;
export type LibraryProvidersResponse = RouteResult<'get', '/v1/library/providers'>;
export type LibraryModelsResponse = RouteResult<'get', '/v1/library/models'>;
export type HealthProvidersResponse = RouteResult<'get', '/v1/health/inference/providers'>;
export type HealthModelsResponse = RouteResult<'get', '/v1/health/inference/models'>;
export type HealthStorageResponse = RouteResult<'get', '/v1/health/storage'>;
export type HealthCacheResponse = RouteResult<'get', '/v1/health/cache'>;
export type EstimateResponse = RouteResult<'get', '/v1/estimate/{model_owner}/{model_name}'>;
export type GenerationResponse = RouteResult<'get', '/v1/content/{generation_id}'>;
export type DeleteGenerationResponse = RouteResult<'delete', '/v1/content/{generation_id}'>;
export type ListGenerationsResponse = RouteResult<'get', '/v1/content/list'>;
export type CancelGenerationResponse = RouteResult<'post', '/v1/content/generation/cancel/{generation_id}'>;
/** The generate answer; `idempotency_replayed` says whether the API answered from an earlier request with the same key. */
export type GenerateResponse = RouteResult<'post', '/v1/generate/image/{model_owner}/{model_name}'>;

// ---- webhooks: one event type per entry of the spec's `webhooks:` section ----
type WebhookEventOf<Name extends keyof webhooks> = JsonBody<NonNullable<webhooks[Name]['post']>['requestBody']>;
export type GenerationStartedEvent = WebhookEventOf<'generation.started'>;
export type GenerationCompletedEvent = WebhookEventOf<'generation.completed'>;
export type GenerationFailedEvent = WebhookEventOf<'generation.failed'>;
export type GenerationCanceledEvent = WebhookEventOf<'generation.canceled'>;
export type CreditsLowBalanceEvent = WebhookEventOf<'credits.low_balance'>;
export type WebhookTestEvent = WebhookEventOf<'webhook.test'>;
export type WebhookEvent = { [Name in keyof webhooks]: WebhookEventOf<Name> }[keyof webhooks];
export type WebhookEventType = WebhookEvent['webhook_event'];
/** Every event about a generation (the test delivery included): all but `credits.low_balance`. */
export type GenerationEvent = Exclude<WebhookEvent, CreditsLowBalanceEvent>;

// ---- official SDK names, as aliases of the types above ----
export type BabySeaOptions = ClientOptions & { apiKey: string };
export type BabySeaRegion = Region;
export type HealthProvider = ProviderHealth;
export type HealthModel = ModelHealth;
export type HealthModelProvider = ModelProviderAvailability;
export type ProviderProfile = LibraryProvider;
export type Model = LibraryModel;
export type ModelSchema = ModelInputSchema;
export type GenerationCancelData = CancelGenerationData;
export type GenerationDeleteData = DeleteGenerationData;
export type GenerationListData = ListGenerationsResponse['data'];
export type ImageGenerationData = GenerateData;
export type VideoGenerationData = GenerateData;
export type GenerationData = GenerateData;
export type GenerationProviderOrder = ProviderOrder;
export type GenerationProviderOrderFastest = Extract<KnownProviderOrder, 'fastest'>;
export type WebhookPayload = WebhookEvent;
export type GenerationWebhookPayload = GenerationEvent;
export type CreditAlertWebhookPayload = CreditsLowBalanceEvent;
