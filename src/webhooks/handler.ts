/**
 * `createWebhookHandler`: a BabySea webhook endpoint as one `(request: Request) => Promise<Response>`,
 * which mounts as is wherever the web-standard Request and Response are (Next.js route handlers, Hono,
 * Cloudflare Workers, Bun, Deno, Vercel edge). It reads the raw body (bounded), verifies it (secrets
 * may rotate), handles each delivery once (the delivery id claimed in a store), routes it by event
 * type, and answers as the sender needs: 2xx when done (unknown events too, reported), 4xx when the
 * delivery is not genuine, 5xx when a handler threw, so the sender retries. With `client`, a wait
 * for a generation resolves the moment its end is delivered.
 */
import { BabySeaError, BabySeaValidationError } from '../core/errors.js';
import type { WebhookEvent, WebhookEventType } from '../types.js';
import { type DeliveryStore, memoryDeliveryStore } from './delivery-store.js';
import { BabySeaWebhookVerificationError, verifyWebhook, WEBHOOK_HEADERS } from './verify.js';

type EventOf<T extends WebhookEventType> = Extract<WebhookEvent, { webhook_event: T }>;

/** The delivery a handler runs for. */
export interface DeliveryInfo {
  /** `X-BabySea-Delivery-Id`: the same for every retry of one delivery. */
  deliveryId: string;
  request: Request;
}

export type WebhookHandlers = { [T in WebhookEventType]?: (event: EventOf<T>, delivery: DeliveryInfo) => unknown };

/** Where a webhook handler's waits are: a `BabySea` client (its `deliveries`). */
export interface DeliveryTarget {
  deliveries: { expect(): void; deliver(event: { webhook_event: string; webhook_data?: unknown }): void };
}

export interface WebhookHandlerOptions {
  /** The endpoint's signing secret; several during a rotation (any may sign). */
  secret: string | readonly string[];
  /** One function per event type; an event without one is acknowledged. A function that throws makes the sender retry. */
  on?: WebhookHandlers;
  /** Waits of this client (and batches run with it) resolve the moment their generation's end is delivered. */
  client?: DeliveryTarget;
  /** Which deliveries were handled (default: in memory); `createRedisStore()` from `babysea/redis` shares it between instances. */
  store?: DeliveryStore;
  /** Told of what did not go well: a delivery that failed verification, an event type this SDK does not know, a handler that threw. */
  onError?: (error: BabySeaError, delivery: { deliveryId?: string; event?: WebhookEvent }) => void;
  /** The replay window, seconds either side of now (default 300). */
  tolerance?: number;
  /** The largest body accepted, in bytes (default 1 MiB): a bigger one is refused before it is read whole. */
  maxBodyBytes?: number;
}

const OPTIONS = ['secret', 'on', 'client', 'store', 'onError', 'tolerance', 'maxBodyBytes'];
/** A claim lapses after this, should its handler die mid-way. */
const LEASE_MS = 5 * 60_000;
/** A handled delivery is remembered this long: longer than the sender retries one. */
const KEEP_MS = 24 * 3_600_000;

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** The error a handler's problem is answered with and reported as. */
export class BabySeaWebhookHandlerError extends BabySeaError {}

export function createWebhookHandler(options: WebhookHandlerOptions): (request: Request) => Promise<Response> {
  const { secret, on = {}, client, onError, tolerance = 300, maxBodyBytes = 1 << 20 } = checkOptions(options);
  const store = options.store ?? memoryDeliveryStore();
  const known = new Set<string>([
    'generation.started',
    'generation.completed',
    'generation.failed',
    'generation.canceled',
    'credits.low_balance',
    'webhook.test',
  ] satisfies WebhookEventType[]);
  client?.deliveries.expect();
  const report = (error: BabySeaError, delivery: { deliveryId?: string; event?: WebhookEvent }) => {
    try {
      onError?.(error, delivery);
    } catch {
      // A reporter that throws must not change the answer.
    }
  };

  return async (request: Request): Promise<Response> => {
    if (request.method !== 'POST')
      return json(405, { error: 'method_not_allowed', message: 'BabySea delivers webhooks with POST.' }, { allow: 'POST' });
    let body: Uint8Array;
    try {
      body = await readBody(request, maxBodyBytes);
    } catch (error) {
      report(error as BabySeaError, {});
      return json(413, { error: 'body_too_large', message: (error as Error).message });
    }
    let event: WebhookEvent;
    try {
      event = await verifyWebhook(body, request.headers, secret, { tolerance });
    } catch (error) {
      const failure = error as BabySeaError;
      report(failure, { deliveryId: request.headers.get(WEBHOOK_HEADERS.deliveryId) ?? undefined });
      const reason = error instanceof BabySeaWebhookVerificationError ? error.reason : 'invalid';
      return json(reason === 'invalid_payload' ? 400 : 401, { error: reason, message: failure.message });
    }
    const deliveryId =
      request.headers.get(WEBHOOK_HEADERS.deliveryId) ?? (typeof event.webhook_delivery_id === 'string' ? event.webhook_delivery_id : '');
    // Every verified delivery reaches the waits, duplicates too: another instance may have handled the first.
    client?.deliveries.deliver(event);
    if (!known.has(event.webhook_event)) {
      report(
        new BabySeaWebhookHandlerError(
          `Unknown webhook event "${event.webhook_event}": acknowledged, not handled. Update babysea to handle it.`,
          { type: 'unknown_event' },
        ),
        { deliveryId, event },
      );
      return json(200, { received: true, handled: false });
    }
    const claim = deliveryId ? await store.claim(deliveryId, LEASE_MS) : 'new';
    if (claim === 'done') return json(200, { received: true, duplicate: true });
    // Being handled by another instance right now: the sender retries, and then finds it done.
    if (claim === 'busy')
      return json(409, { error: 'delivery_in_progress', message: 'This delivery is being handled; retry later.' }, { 'retry-after': '5' });
    try {
      const handle = on[event.webhook_event as WebhookEventType] as ((event: WebhookEvent, delivery: DeliveryInfo) => unknown) | undefined;
      await handle?.(event, { deliveryId, request });
    } catch (error) {
      if (deliveryId) await store.release(deliveryId);
      const detail = error instanceof Error ? error.message : String(error);
      report(
        new BabySeaWebhookHandlerError(`The ${event.webhook_event} handler threw: ${detail}`, { type: 'handler_error', cause: error }),
        { deliveryId, event },
      );
      return json(500, { error: 'handler_error', message: 'The handler failed; the delivery will be retried.' });
    }
    if (deliveryId) await store.complete(deliveryId, KEEP_MS);
    return json(200, { received: true });
  };
}

/** The body's bytes, refusing one larger than `max` before reading it whole. */
async function readBody(request: Request, max: number): Promise<Uint8Array> {
  const tooLarge = () =>
    new BabySeaWebhookHandlerError(`The body is larger than ${max} bytes (maxBodyBytes): not a BabySea delivery.`, {
      type: 'body_too_large',
    });
  const length = Number(request.headers.get('content-length'));
  if (length > max) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

function checkOptions(options: WebhookHandlerOptions): WebhookHandlerOptions {
  if (typeof options !== 'object' || options === null) throw new BabySeaValidationError('options', 'expected { secret, on, … }.');
  for (const key of Object.keys(options)) {
    if (!OPTIONS.includes(key)) throw new BabySeaValidationError(key, `unknown option; createWebhookHandler takes ${OPTIONS.join(', ')}.`);
  }
  const { secret, on, client, store, onError, tolerance, maxBodyBytes } = options;
  const secrets = typeof secret === 'string' ? [secret] : secret;
  if (!Array.isArray(secrets) || secrets.length === 0 || secrets.some((s) => typeof s !== 'string' || s === '')) {
    throw new BabySeaValidationError('secret', 'expected the webhook secret (a non-empty string, or an array of them while rotating).');
  }
  if (on !== undefined && (typeof on !== 'object' || on === null || Object.values(on).some((f) => typeof f !== 'function'))) {
    throw new BabySeaValidationError('on', "expected { 'generation.completed': (event) => …, … }: a function per event type.");
  }
  if (client !== undefined && typeof client?.deliveries?.deliver !== 'function') {
    throw new BabySeaValidationError('client', 'expected a BabySea client (its deliveries receive the generations’ ends).');
  }
  if (store !== undefined && typeof store?.claim !== 'function') {
    throw new BabySeaValidationError(
      'store',
      'expected a DeliveryStore (memoryDeliveryStore(), or createRedisStore() from babysea/redis).',
    );
  }
  if (onError !== undefined && typeof onError !== 'function') throw new BabySeaValidationError('onError', 'expected a function.');
  if (tolerance !== undefined && !(typeof tolerance === 'number' && Number.isFinite(tolerance) && tolerance >= 0)) {
    throw new BabySeaValidationError('tolerance', 'expected a finite number of seconds ≥ 0.');
  }
  if (maxBodyBytes !== undefined && !(Number.isInteger(maxBodyBytes) && maxBodyBytes > 0)) {
    throw new BabySeaValidationError('maxBodyBytes', 'expected a whole number of bytes > 0.');
  }
  return options;
}
