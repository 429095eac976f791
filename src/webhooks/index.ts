/**
 * `babysea/webhooks`: receiving BabySea webhooks. `createWebhookHandler` is a whole endpoint
 * (verified, deduplicated, routed, connected to a client's waits) for any framework with the
 * web-standard Request and Response, `toNodeHandler` mounts it on Node's `(req, res)`;
 * `verifyWebhook` checks one delivery; `createTestDelivery` signs deliveries for your tests. No
 * Node-only imports: it runs in Node, Deno, Bun, browsers and edge runtimes.
 */
export { type DeliveryClaim, type DeliveryStore, memoryDeliveryStore } from './delivery-store.js';
export {
  BabySeaWebhookHandlerError,
  createWebhookHandler,
  type DeliveryInfo,
  type DeliveryTarget,
  type WebhookHandlerOptions,
  type WebhookHandlers,
} from './handler.js';
export { type NodeRequest, type NodeResponse, PARSED_BODY_MESSAGE, toNodeHandler } from './node.js';
export { createTestDelivery, type TestDelivery, type TestDeliveryOptions } from './test-delivery.js';
export * from './verify.js';
