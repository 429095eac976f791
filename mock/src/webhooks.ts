// Sends the spec's webhook events: builds the body, validates it against the event's schema in
// the spec's `webhooks:`, signs it with the SDK's own signWebhookPayload, POSTs it, and retries with
// backoff until the endpoint answers 2xx. Every delivery is kept in a log and can be replayed (same
// body and delivery id, fresh signature), as the API's redeliveries are.
import { signWebhookPayload, WEBHOOK_HEADERS } from '../../src/webhooks/index.ts';
import { uuid } from './random.ts';
import type { SpecValidator } from './validation.ts';

export interface WebhookEndpoint {
  url: string;
  secret: string;
}

export interface DeliveryAttempt {
  at: string;
  status?: number;
  error?: string;
  ms: number;
}

export interface Delivery {
  delivery_id: string;
  event: string;
  /** The key whose account the event is about, recognisable but not revealed (keyHint). */
  key_hint: string;
  url: string | null;
  /** `no_endpoint` when no webhook URL was configured: the event is logged, not sent. */
  status: 'pending' | 'delivered' | 'failed' | 'no_endpoint';
  attempts: DeliveryAttempt[];
  payload: Record<string, unknown>;
}

export interface WebhookSenderOptions {
  validator: SpecValidator;
  fetch: typeof fetch;
  /** Waits before each retry, in ms (default 1 s, 2 s, 4 s, 8 s, 16 s: six attempts in all). */
  retryDelaysMs: readonly number[];
  timeoutMs: number;
  log: (line: string) => void;
}

export class WebhookPayloadError extends Error {
  override name = 'WebhookPayloadError';
}

const LOG_LIMIT = 500;

export class WebhookSender {
  readonly #options: WebhookSenderOptions;
  readonly #deliveries = new Map<string, Delivery>();
  readonly #secrets = new Map<string, string>();
  readonly #queues = new Map<string, Promise<void>>();
  readonly #inFlight = new Set<Promise<void>>();
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();
  #closed = false;

  constructor(options: WebhookSenderOptions) {
    this.#options = options;
  }

  /**
   * Queues one event. The body is checked against the spec first: an event that breaks its schema
   * throws WebhookPayloadError and is never signed or sent.
   */
  send(event: string, data: Record<string, unknown>, at: number, endpoint: WebhookEndpoint | undefined, keyHint: string): Delivery {
    const payload = {
      webhook_event: event,
      webhook_timestamp: new Date(at).toISOString(),
      webhook_delivery_id: uuid(),
      webhook_data: data,
    };
    const problems = this.#options.validator.checkWebhook(event, payload);
    if (problems.length > 0) throw new WebhookPayloadError(`The ${event} event breaks the spec's webhook schema: ${problems.join('; ')}`);
    const delivery: Delivery = {
      delivery_id: payload.webhook_delivery_id,
      event,
      key_hint: keyHint,
      url: endpoint?.url ?? null,
      status: endpoint ? 'pending' : 'no_endpoint',
      attempts: [],
      payload,
    };
    this.#remember(delivery);
    if (endpoint) {
      this.#secrets.set(delivery.delivery_id, endpoint.secret);
      this.#enqueue(delivery, () => this.#attempt(delivery, 0));
    }
    return delivery;
  }

  list(): Delivery[] {
    return [...this.#deliveries.values()].reverse();
  }

  get(deliveryId: string): Delivery | undefined {
    return this.#deliveries.get(deliveryId);
  }

  /** Sends a logged delivery again now (same body, same delivery id); resolves after that attempt. */
  async replay(deliveryId: string, endpoint?: WebhookEndpoint): Promise<Delivery | undefined> {
    const delivery = this.#deliveries.get(deliveryId);
    if (!delivery) return undefined;
    if (endpoint) {
      delivery.url = endpoint.url;
      this.#secrets.set(deliveryId, endpoint.secret);
    }
    if (!delivery.url || !this.#secrets.has(deliveryId)) return delivery;
    delivery.status = 'pending';
    await this.#track(this.#attempt(delivery, Number.POSITIVE_INFINITY));
    return delivery;
  }

  /** Resolves once every delivery queued so far had its first attempt (retries scheduled later are not awaited). */
  async settled(): Promise<void> {
    while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight]);
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    await this.settled();
  }

  #remember(delivery: Delivery) {
    this.#deliveries.set(delivery.delivery_id, delivery);
    if (this.#deliveries.size > LOG_LIMIT) {
      const oldest = this.#deliveries.keys().next().value!;
      this.#deliveries.delete(oldest);
      this.#secrets.delete(oldest);
    }
  }

  /** First attempts go out in order per endpoint, so `started` never arrives after `completed`. */
  #enqueue(delivery: Delivery, run: () => Promise<void>) {
    const url = delivery.url!;
    const next = (this.#queues.get(url) ?? Promise.resolve()).then(run, run);
    this.#queues.set(url, next);
    this.#track(next);
  }

  #track(promise: Promise<void>): Promise<void> {
    this.#inFlight.add(promise);
    return promise.finally(() => this.#inFlight.delete(promise));
  }

  async #attempt(delivery: Delivery, retryIndex: number): Promise<void> {
    if (this.#closed && retryIndex !== Number.POSITIVE_INFINITY) return;
    const secret = this.#secrets.get(delivery.delivery_id)!;
    const body = JSON.stringify(delivery.payload);
    const started = Date.now();
    const attempt: DeliveryAttempt = { at: new Date(started).toISOString(), ms: 0 };
    try {
      const signature = await signWebhookPayload(body, secret, Math.floor(started / 1000));
      const response = await this.#options.fetch(delivery.url!, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'babysea-sandbox',
          [WEBHOOK_HEADERS.signature]: signature,
          [WEBHOOK_HEADERS.event]: delivery.event,
          [WEBHOOK_HEADERS.timestamp]: String(delivery.payload.webhook_timestamp),
          [WEBHOOK_HEADERS.deliveryId]: delivery.delivery_id,
        },
        body,
        signal: AbortSignal.timeout(this.#options.timeoutMs),
      });
      await response.body?.cancel();
      attempt.status = response.status;
    } catch (error) {
      attempt.error = error instanceof Error ? error.message : String(error);
    }
    attempt.ms = Date.now() - started;
    delivery.attempts.push(attempt);
    const ok = attempt.status !== undefined && attempt.status >= 200 && attempt.status < 300;
    if (ok) {
      delivery.status = 'delivered';
      return;
    }
    const delays = this.#options.retryDelaysMs;
    const retryable = retryIndex < delays.length && !this.#closed;
    delivery.status = retryable ? 'pending' : 'failed';
    this.#options.log(
      `webhook ${delivery.event} ${delivery.delivery_id} to ${delivery.url}: ${attempt.status ?? attempt.error}` +
        (retryable ? `; retrying in ${delays[retryIndex]} ms` : '; giving up'),
    );
    if (retryable) {
      const timer = setTimeout(() => {
        this.#timers.delete(timer);
        this.#track(this.#attempt(delivery, retryIndex + 1));
      }, delays[retryIndex]);
      (timer as { unref?: () => void }).unref?.();
      this.#timers.add(timer);
    }
  }
}
