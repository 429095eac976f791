// Public exports of `babysea`. Webhook verification lives in `babysea/webhooks`.
export { BabySea, REGIONS, CLIENT_DEFAULTS } from './client.js';
export type { ClientOptions, Region, GenerateAndWaitOptions } from './client.js';
export { ApiPromise } from './core/api-promise.js';
export { PagePromise } from './lib/pagination.js';
export { WAIT_DEFAULTS, type WaitOptions } from './lib/polling.js';
export type { ApiResult, Logger, PostRequestOptions, RequestOptions } from './core/transport.js';
export {
  BabySeaError,
  BabySeaAbortError,
  BabySeaGenerationFailedError,
  BabySeaGenerationTimeoutError,
  BabySeaNetworkError,
  BabySeaRetryError,
  BabySeaTimeoutError,
  BabySeaValidationError,
  type RateLimitInfo,
} from './core/errors.js';
export { SDK_VERSION } from './version.js';
export type * from './types.js';
