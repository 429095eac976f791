// Public exports of `babysea`. Webhook verification lives in `babysea/webhooks`.

export type { ClientOptions, GenerateAndWaitOptions, Region } from './client.js';
export { BabySea, CLIENT_DEFAULTS, REGIONS } from './client.js';
export { ApiPromise } from './core/api-promise.js';
export {
  BabySeaAbortError,
  BabySeaError,
  BabySeaGenerationFailedError,
  BabySeaGenerationTimeoutError,
  BabySeaNetworkError,
  BabySeaRetryError,
  BabySeaTimeoutError,
  BabySeaValidationError,
  type RateLimitInfo,
} from './core/errors.js';
export type { ApiResult, Logger, PostRequestOptions, RequestOptions } from './core/transport.js';
export { PagePromise } from './lib/pagination.js';
export { WAIT_DEFAULTS, type WaitOptions } from './lib/polling.js';
export type * from './types.js';
export { SDK_VERSION } from './version.js';
