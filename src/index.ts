// Public exports of `babysea`. Webhook verification lives in `babysea/webhooks`.

export type { Middleware } from 'openapi-fetch';
export type { components, operations, paths, webhooks } from '../generated/babysea.js';
export type { ClientOptions, GenerateAndWaitOptions, PathsWith, PostRequestOptions, Region, RequestOptions, SuccessOf } from './client.js';
export { BabySea, CLIENT_DEFAULTS, REGIONS } from './client.js';
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
export type { ApiResult, Logger } from './core/request.js';
export { GenerationPage, PagePromise } from './lib/pagination.js';
export { WAIT_DEFAULTS, type WaitOptions } from './lib/polling.js';
export type * from './types.js';
export { SDK_NAME, SDK_VERSION } from './version.js';
