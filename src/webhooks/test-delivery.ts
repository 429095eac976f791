/**
 * Signed deliveries for your own tests: the body and headers a real BabySea delivery has, signed
 * with your secret, so a handler is tested through verification, not around it.
 */
import { newIdempotencyKey } from '../core/uuid.js';
import type { WebhookEvent, WebhookEventType } from '../types.js';
import { signWebhookPayload, WEBHOOK_HEADERS } from './verify.js';

export interface TestDelivery {
  /** The raw body, exactly as signed. */
  body: string;
  headers: Record<string, string>;
  /** The delivery as a `Request` to `url` (default `http://localhost/webhooks/babysea`), for handlers that take one. */
  request(url?: string): Request;
}

export interface TestDeliveryOptions {
  secret: string;
  /** When it was signed, Unix seconds (default now): an old one tests the replay window. */
  timestamp?: number;
  /** The delivery id (default: a new UUID); send the same one twice to test deduplication. */
  deliveryId?: string;
}

/** The event's missing envelope fields (`webhook_timestamp`, `webhook_delivery_id`) are filled in. */
export async function createTestDelivery(
  event: { webhook_event: WebhookEventType | (string & {}); webhook_data: unknown } & Partial<
    Pick<WebhookEvent, 'webhook_timestamp' | 'webhook_delivery_id'>
  >,
  { secret, timestamp = Math.floor(Date.now() / 1000), deliveryId = event.webhook_delivery_id ?? newIdempotencyKey() }: TestDeliveryOptions,
): Promise<TestDelivery> {
  const iso = new Date(timestamp * 1000).toISOString();
  const body = JSON.stringify({ webhook_timestamp: iso, webhook_delivery_id: deliveryId, ...event });
  const headers = {
    'content-type': 'application/json',
    [WEBHOOK_HEADERS.signature]: await signWebhookPayload(body, secret, timestamp),
    [WEBHOOK_HEADERS.event]: event.webhook_event,
    [WEBHOOK_HEADERS.timestamp]: iso,
    [WEBHOOK_HEADERS.deliveryId]: deliveryId,
  };
  return { body, headers, request: (url = 'http://localhost/webhooks/babysea') => new Request(url, { method: 'POST', headers, body }) };
}
