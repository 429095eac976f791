/**
 * Friendly names for the types users handle, all looked up in the generated spec types so the
 * spec stays the single source of truth. Nothing here restates a field by hand.
 */
import type { components, operations, webhooks } from '../generated/babysea.js';

type Schemas = components['schemas'];
type JsonBody<R> = R extends { content: { 'application/json': infer T } } ? T : never;
/** The JSON body of an operation's 200 answer. */
export type SuccessBody<Op extends keyof operations> = JsonBody<operations[Op]['responses'][200]>;

/** Drops an index signature (`[key: string]: unknown`) and keeps the named fields. */
type NamedFields<T> = { [K in keyof T as string extends K ? never : K]: T[K] };
/** Accepts `A` or `B`, and lets either's fields be read on the union (absent ones as `undefined`). */
type EitherOf<A, B> = (A & { [K in Exclude<keyof B, keyof A>]?: undefined }) | (B & { [K in Exclude<keyof A, keyof B>]?: undefined });

// ---- enums and shared values ----
export type GenerationStatus = Schemas['GenerationStatus'];
export type TerminalGenerationStatus = Extract<GenerationStatus, 'succeeded' | 'failed' | 'canceled'>;
export type ProviderHealthStatus = Schemas['ProviderHealthStatus'];
export type OutputFormat = Schemas['OutputFormat'];
export type KnownProviderOrder = Schemas['KnownProviderOrder'];
export type KnownVideoProviderOrder = Schemas['KnownVideoProviderOrder'];
/** A known order (autocompleted) or any well-formed new one, e.g. `'fal, replicate'`. */
// eslint-disable-next-line @typescript-eslint/ban-types
export type ProviderOrder = KnownProviderOrder | (string & {});
// eslint-disable-next-line @typescript-eslint/ban-types
export type VideoProviderOrder = KnownVideoProviderOrder | (string & {});
/** A model identifier, `owner/name`, e.g. `'bfl/flux-schnell'`. */
export type ModelIdentifier = `${string}/${string}`;

// ---- request bodies ----
/** Model-specific parameters (`specific_schema` in the model catalog); all start with `generation_`. */
export type ModelSpecificParams = { [key: `generation_${string}`]: unknown };
export type ImageGenerationParams = Omit<NamedFields<Schemas['ImageGenerationRequest']>, 'generation_provider_order'> & {
  generation_provider_order?: ProviderOrder;
} & ModelSpecificParams;
export type VideoGenerationParams = Omit<NamedFields<Schemas['VideoGenerationRequest']>, 'generation_provider_order'> & {
  generation_provider_order?: VideoProviderOrder;
} & ModelSpecificParams;

/** `estimate`'s options object; a bare number means `{ count }`. */
export type EstimateParams = NonNullable<operations['estimate']['parameters']['query']>;
export type ListGenerationsParams = NonNullable<operations['listGenerations']['parameters']['query']>;

// ---- response data ----
export type Generation = Schemas['Generation'];
export type StatusData = Schemas['StatusData'];
export type UsageData = Schemas['UsageData'];
export type UsageEndpoint = Schemas['UsageEndpoint'];
export type UsageProvider = Schemas['UsageProvider'];
export type AccountData = Schemas['AccountData'];
export type BillingData = Schemas['BillingData'];
export type LibraryProvider = Schemas['LibraryProvider'];
export type LibraryProvidersData = Schemas['LibraryProvidersData'];
export type LibraryModel = Schemas['LibraryModel'];
export type LibraryModelsData = Schemas['LibraryModelsData'];
export type ProviderHealth = Schemas['ProviderHealth'];
export type HealthProvidersData = Schemas['HealthProvidersData'];
export type ModelHealth = Schemas['ModelHealth'];
export type HealthModelsData = Schemas['HealthModelsData'];
export type HealthStorageData = Schemas['HealthStorageData'];
export type HealthCacheData = Schemas['HealthCacheData'];
export type EstimateData = Schemas['EstimateData'];
export type CancelGenerationData = Schemas['CancelGenerationData'];
export type DeleteGenerationData = Schemas['DeleteGenerationData'];
export type GenerationInitialized = Schemas['GenerationInitialized'];
export type GenerationReplayedCanceled = Schemas['GenerationReplayedCanceled'];
/** What `generate` returns in `data`: a new generation, or the replay of one canceled since. */
export type GenerateData = EitherOf<GenerationInitialized, GenerationReplayedCanceled>;
export type ApiErrorBody = Schemas['ErrorResponse'];
export type ApiErrorDetail = Schemas['ApiError'];

// ---- envelopes, as methods return them ----
export type StatusResponse = SuccessBody<'status'>;
export type UsageResponse = SuccessBody<'usage'>;
export type AccountResponse = SuccessBody<'account'>;
export type BillingResponse = SuccessBody<'billing'>;
export type LibraryProvidersResponse = SuccessBody<'libraryProviders'>;
export type LibraryModelsResponse = SuccessBody<'libraryModels'>;
export type HealthProvidersResponse = SuccessBody<'healthProviders'>;
export type HealthModelsResponse = SuccessBody<'healthModels'>;
export type HealthStorageResponse = SuccessBody<'healthStorage'>;
export type HealthCacheResponse = SuccessBody<'healthCache'>;
export type EstimateResponse = SuccessBody<'estimate'>;
export type GenerationResponse = SuccessBody<'getGeneration'>;
export type DeleteGenerationResponse = SuccessBody<'deleteGeneration'>;
export type ListGenerationsResponse = SuccessBody<'listGenerations'>;
/** POST answers also say whether they were an idempotent replay (`Idempotency-Replayed: true`). */
export type Replayable<T> = T & { idempotency_replayed?: boolean };
export type CancelGenerationResponse = Replayable<SuccessBody<'cancelGeneration'>>;
export type GenerateResponse = Replayable<Omit<SuccessBody<'generateImage'>, 'data'> & { data: GenerateData }>;

// ---- webhooks: one event type per entry of the spec's `webhooks:` section ----
type WebhookPayload<Name extends keyof webhooks> = JsonBody<NonNullable<webhooks[Name]['post']>['requestBody']>;
export type GenerationStartedEvent = WebhookPayload<'generation.started'>;
export type GenerationCompletedEvent = WebhookPayload<'generation.completed'>;
export type GenerationFailedEvent = WebhookPayload<'generation.failed'>;
export type GenerationCanceledEvent = WebhookPayload<'generation.canceled'>;
export type CreditsLowBalanceEvent = WebhookPayload<'credits.low_balance'>;
export type WebhookTestEvent = WebhookPayload<'webhook.test'>;
export type WebhookEvent = { [Name in keyof webhooks]: WebhookPayload<Name> }[keyof webhooks];
export type WebhookEventType = WebhookEvent['webhook_event'];
