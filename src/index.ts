// Public exports of `babysea`. Webhook verification lives in `babysea/webhooks`.

export type { Middleware } from 'openapi-fetch';
export type { components, operations, paths, webhooks } from '../generated/babysea.js';
export { BabySea, REGIONS } from './client.js';
export type { ApiResult } from './core/answer.js';
export { ApiPromise } from './core/api-promise.js';
export {
  BabySeaAbortError,
  BabySeaAuthenticationError,
  BabySeaBadRequestError,
  BabySeaConflictError,
  BabySeaError,
  BabySeaGenerationFailedError,
  BabySeaGenerationTimeoutError,
  BabySeaInsufficientCreditsError,
  BabySeaInternalServerError,
  BabySeaInvalidResponseError,
  BabySeaNetworkError,
  BabySeaNotFoundError,
  BabySeaPermissionDeniedError,
  BabySeaRateLimitError,
  BabySeaRetryError,
  BabySeaTimeoutError,
  BabySeaUnprocessableEntityError,
  BabySeaValidationError,
} from './core/errors.js';
export {
  CLIENT_DEFAULTS,
  type ClientOptions,
  type GenerateAndWaitOptions,
  type Logger,
  type PostRequestOptions,
  type Region,
  type RequestOptions,
  WAIT_DEFAULTS,
  type WaitOptions,
} from './core/options.js';
export type { PathsWith, RouteResult, SuccessOf } from './core/routes.js';
export { GenerationPage, PagePromise } from './lib/pagination.js';
export type { DurationsSnapshot } from './lib/schedule.js';
export type * from './types.js';
export { SDK_NAME, SDK_VERSION } from './version.js';
