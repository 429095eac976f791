// createWebhookHandler, answer by answer: the exact status, body and headers the sender (and whoever
// reads the endpoint's logs) gets for each outcome, what onError receives, and the exact message of
// every option it refuses.
import { describe, expect, it, vi } from 'vitest';
import type { BabySeaError } from '../../src/index.js';
import {
  BabySeaWebhookHandlerError,
  createTestDelivery,
  createWebhookHandler,
  memoryDeliveryStore,
  signWebhookPayload,
  WEBHOOK_HEADERS,
} from '../../src/webhooks/index.js';

const SECRET = 'whsec_answers_test';
const event = (deliveryId?: string) => ({
  webhook_event: 'generation.completed' as const,
  webhook_data: { generation_id: 'g-1', generation_status: 'succeeded' as const, model_identifier: 'bfl/flux-schnell' },
  ...(deliveryId ? { webhook_delivery_id: deliveryId } : {}),
});

function endpoint(options: Record<string, unknown> = {}) {
  const handled: { id: string; deliveryId: string }[] = [];
  const errors: { error: BabySeaError; delivery: { deliveryId?: string } }[] = [];
  const handler = createWebhookHandler({
    secret: SECRET,
    on: {
      'generation.completed': (e, delivery) => void handled.push({ id: e.webhook_data.generation_id, deliveryId: delivery.deliveryId }),
    },
    onError: (error, delivery) => errors.push({ error, delivery }),
    ...options,
  });
  return { handler, handled, errors };
}

async function answer(response: Response) {
  return { status: response.status, type: response.headers.get('content-type'), body: await response.json() };
}

/** A signed delivery whose body arrives in several chunks. */
async function chunked(body: string, parts: number) {
  const bytes = new TextEncoder().encode(body);
  const size = Math.ceil(bytes.length / parts);
  const stream = new ReadableStream({
    start(controller) {
      for (let at = 0; at < bytes.length; at += size) controller.enqueue(bytes.slice(at, at + size));
      controller.close();
    },
  });
  const headers = { [WEBHOOK_HEADERS.signature]: await signWebhookPayload(body, SECRET) };
  return new Request('http://localhost/', { method: 'POST', headers, body: stream, duplex: 'half' } as RequestInit);
}

describe('answers', () => {
  it('handled: 200 {received: true}, as JSON', async () => {
    const { handler } = endpoint();
    const delivery = await createTestDelivery(event(), { secret: SECRET });
    expect(await answer(await handler(delivery.request()))).toEqual({ status: 200, type: 'application/json', body: { received: true } });
  });

  it('not a POST: 405 with Allow: POST and a message', async () => {
    const response = await endpoint().handler(new Request('http://localhost/', { method: 'PUT', body: '{}' }));
    expect(response.headers.get('allow')).toBe('POST');
    expect(await answer(response)).toEqual({
      status: 405,
      type: 'application/json',
      body: { error: 'method_not_allowed', message: 'BabySea delivers webhooks with POST.' },
    });
  });

  it('a body over the bound: 413 saying the bound, reported as body_too_large; a body of exactly the bound is read', async () => {
    const { handler, errors } = endpoint({ maxBodyBytes: 100 });
    const message = 'The body is larger than 100 bytes (maxBodyBytes): not a BabySea delivery.';
    const big = new Request('http://localhost/', { method: 'POST', body: 'x'.repeat(101) });
    expect(await answer(await handler(big))).toEqual({ status: 413, type: 'application/json', body: { error: 'body_too_large', message } });
    expect(errors[0]?.error).toBeInstanceOf(BabySeaWebhookHandlerError);
    expect(errors[0]?.error.type).toBe('body_too_large');
    expect(errors[0]?.delivery).toEqual({});
    // Exactly 100 bytes is not over the bound: read, then refused only as unsigned.
    expect((await handler(new Request('http://localhost/', { method: 'POST', body: 'x'.repeat(100) }))).status).toBe(401);
  });

  it('a body that arrives in chunks is put back together in order before it is verified', async () => {
    const { handler, handled } = endpoint();
    const body = JSON.stringify({ ...event('dlv-chunks'), webhook_timestamp: new Date().toISOString() });
    expect((await handler(await chunked(body, 5))).status).toBe(200);
    expect(handled).toEqual([{ id: 'g-1', deliveryId: 'dlv-chunks' }]);
  });

  it('not genuine: 401 with the reason and its message; the delivery id reported as the header gave it', async () => {
    const { handler, errors } = endpoint();
    const delivery = await createTestDelivery(event(), { secret: 'whsec_someone_else', deliveryId: 'dlv-forged' });
    const { status, body } = await answer(await handler(delivery.request()));
    expect(status).toBe(401);
    expect(body).toEqual({ error: 'no_matching_signature', message: errors[0]?.error.message });
    expect(body.message).toMatch(/^Invalid webhook signature/);
    expect(errors[0]?.delivery).toEqual({ deliveryId: 'dlv-forged' });
    const unsigned = await handler(new Request('http://localhost/', { method: 'POST', body: '{}' }));
    expect(unsigned.status).toBe(401);
    expect(errors[1]?.delivery).toEqual({ deliveryId: undefined });
  });

  it('signed but no event: 400 invalid_payload', async () => {
    const body = '{"not":"an event"}';
    const request = new Request('http://localhost/', {
      method: 'POST',
      headers: { [WEBHOOK_HEADERS.signature]: await signWebhookPayload(body, SECRET) },
      body,
    });
    const { status, body: answered } = await answer(await endpoint().handler(request));
    expect(status).toBe(400);
    expect(answered.error).toBe('invalid_payload');
  });

  it('being handled elsewhere: 409 with Retry-After: 5 and a message', async () => {
    const store = memoryDeliveryStore();
    await store.claim('dlv-busy', 60_000);
    const { handler, handled } = endpoint({ store });
    const delivery = await createTestDelivery(event(), { secret: SECRET, deliveryId: 'dlv-busy' });
    const response = await handler(delivery.request());
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await answer(response)).toEqual({
      status: 409,
      type: 'application/json',
      body: { error: 'delivery_in_progress', message: 'This delivery is being handled; retry later.' },
    });
    expect(handled).toEqual([]);
  });

  it('a handler that throws: 500 with a message that hides the cause; onError gets it, with the event and the delivery id', async () => {
    const seen: { error: BabySeaError; delivery: { deliveryId?: string; event?: unknown } }[] = [];
    const cause = new Error('database down');
    const handler = createWebhookHandler({
      secret: SECRET,
      on: {
        'generation.completed': () => {
          throw cause;
        },
        'generation.failed': () => {
          throw 'a string';
        },
      },
      onError: (error, delivery) => seen.push({ error, delivery }),
    });
    const delivery = await createTestDelivery(event(), { secret: SECRET, deliveryId: 'dlv-throws' });
    expect(await answer(await handler(delivery.request()))).toEqual({
      status: 500,
      type: 'application/json',
      body: { error: 'handler_error', message: 'The handler failed; the delivery will be retried.' },
    });
    expect(seen[0]?.error).toBeInstanceOf(BabySeaWebhookHandlerError);
    expect(seen[0]?.error.message).toBe('The generation.completed handler threw: database down');
    expect(seen[0]?.error.type).toBe('handler_error');
    expect(seen[0]?.error.cause).toBe(cause);
    expect(seen[0]?.delivery.deliveryId).toBe('dlv-throws');
    expect(seen[0]?.delivery.event).toMatchObject({ webhook_event: 'generation.completed' });
    const failed = await createTestDelivery({ ...event(), webhook_event: 'generation.failed' }, { secret: SECRET });
    expect((await handler(failed.request())).status).toBe(500);
    expect(seen[1]?.error.message).toBe('The generation.failed handler threw: a string');
  });

  it('an event this SDK does not know: reported with a message saying what to do', async () => {
    const { handler, errors } = endpoint();
    const future = { webhook_event: 'generation.upscaled', webhook_data: {} };
    const delivery = await createTestDelivery(future, { secret: SECRET, deliveryId: 'dlv-future' });
    expect((await handler(delivery.request())).status).toBe(200);
    expect(errors[0]?.error.message).toBe(
      'Unknown webhook event "generation.upscaled": acknowledged, not handled. Update babysea to handle it.',
    );
    expect(errors[0]?.delivery.deliveryId).toBe('dlv-future');
  });

  it('an onError that throws changes no answer', async () => {
    const handler = createWebhookHandler({
      secret: SECRET,
      onError: () => {
        throw new Error('reporter down');
      },
    });
    expect((await handler(new Request('http://localhost/', { method: 'POST', body: '{}' }))).status).toBe(401);
  });
});

describe('the delivery id', () => {
  it('without the header, the body’s webhook_delivery_id names the delivery: the handler sees it and a repeat is a duplicate', async () => {
    const { handler, handled } = endpoint();
    const delivery = await createTestDelivery(event('dlv-in-body'), { secret: SECRET });
    const headers = { ...delivery.headers } as Record<string, string>;
    delete headers[WEBHOOK_HEADERS.deliveryId];
    const send = () => handler(new Request('http://localhost/', { method: 'POST', headers, body: delivery.body }));
    expect(await (await send()).json()).toEqual({ received: true });
    expect(await (await send()).json()).toEqual({ received: true, duplicate: true });
    expect(handled).toEqual([{ id: 'g-1', deliveryId: 'dlv-in-body' }]);
  });

  it('with no id anywhere, each delivery is handled (nothing to tell repeats apart) and the store is never asked', async () => {
    const store = { claim: vi.fn(), complete: vi.fn(), release: vi.fn() };
    const { handler, handled } = endpoint({ store });
    const body = JSON.stringify({ ...event(), webhook_timestamp: new Date().toISOString() });
    const send = async () =>
      handler(
        new Request('http://localhost/', {
          method: 'POST',
          headers: { [WEBHOOK_HEADERS.signature]: await signWebhookPayload(body, SECRET) },
          body,
        }),
      );
    expect((await send()).status).toBe(200);
    expect((await send()).status).toBe(200);
    expect(handled).toEqual([
      { id: 'g-1', deliveryId: '' },
      { id: 'g-1', deliveryId: '' },
    ]);
    expect(store.claim).not.toHaveBeenCalled();
    expect(store.complete).not.toHaveBeenCalled();
  });
});

describe('a client', () => {
  it('is told to expect deliveries, and is handed every verified one (duplicates and unknown events too), nothing else', async () => {
    const deliveries = { expect: vi.fn(), deliver: vi.fn() };
    const { handler } = endpoint({ client: { deliveries } });
    expect(deliveries.expect).toHaveBeenCalledTimes(1);
    const delivery = await createTestDelivery(event(), { secret: SECRET, deliveryId: 'dlv-client' });
    await handler(delivery.request());
    await handler(delivery.request());
    await handler((await createTestDelivery({ webhook_event: 'generation.upscaled', webhook_data: {} }, { secret: SECRET })).request());
    await handler(new Request('http://localhost/', { method: 'POST', body: '{}' }));
    expect(deliveries.deliver).toHaveBeenCalledTimes(3);
  });
});

describe('options', () => {
  const OPTIONS_LIST = 'secret, on, client, store, onError, tolerance, maxBodyBytes';
  it.each([
    [null, 'Invalid options: expected { secret, on, … }.'],
    ['whsec', 'Invalid options: expected { secret, on, … }.'],
    [{ secret: SECRET, retries: 1 }, `Invalid retries: unknown option; createWebhookHandler takes ${OPTIONS_LIST}.`],
    [{}, 'Invalid secret: expected the webhook secret (a non-empty string, or an array of them while rotating).'],
    [{ secret: [] }, 'Invalid secret: expected the webhook secret (a non-empty string, or an array of them while rotating).'],
    [{ secret: [SECRET, ''] }, 'Invalid secret: expected the webhook secret (a non-empty string, or an array of them while rotating).'],
    [{ secret: [SECRET, 7] }, 'Invalid secret: expected the webhook secret (a non-empty string, or an array of them while rotating).'],
    [{ secret: SECRET, on: null }, "Invalid on: expected { 'generation.completed': (event) => …, … }: a function per event type."],
    [{ secret: SECRET, on: 'log' }, "Invalid on: expected { 'generation.completed': (event) => …, … }: a function per event type."],
    [
      { secret: SECRET, on: { 'generation.completed': () => {}, 'generation.failed': 1 } },
      "Invalid on: expected { 'generation.completed': (event) => …, … }: a function per event type.",
    ],
    [{ secret: SECRET, client: null }, 'Invalid client: expected a BabySea client (its deliveries receive the generations’ ends).'],
    [
      { secret: SECRET, client: { deliveries: {} } },
      'Invalid client: expected a BabySea client (its deliveries receive the generations’ ends).',
    ],
    [
      { secret: SECRET, store: null },
      'Invalid store: expected a DeliveryStore (memoryDeliveryStore(), or createRedisStore() from babysea/redis).',
    ],
    [
      { secret: SECRET, store: { claim: 1 } },
      'Invalid store: expected a DeliveryStore (memoryDeliveryStore(), or createRedisStore() from babysea/redis).',
    ],
    [{ secret: SECRET, onError: 'console' }, 'Invalid onError: expected a function.'],
    [{ secret: SECRET, tolerance: -1 }, 'Invalid tolerance: expected a finite number of seconds ≥ 0.'],
    [{ secret: SECRET, tolerance: Number.POSITIVE_INFINITY }, 'Invalid tolerance: expected a finite number of seconds ≥ 0.'],
    [{ secret: SECRET, tolerance: '300' }, 'Invalid tolerance: expected a finite number of seconds ≥ 0.'],
    [{ secret: SECRET, maxBodyBytes: 0 }, 'Invalid maxBodyBytes: expected a whole number of bytes > 0.'],
    [{ secret: SECRET, maxBodyBytes: 1.5 }, 'Invalid maxBodyBytes: expected a whole number of bytes > 0.'],
    [{ secret: SECRET, maxBodyBytes: -2 }, 'Invalid maxBodyBytes: expected a whole number of bytes > 0.'],
  ])('%j → %s', (options, message) => {
    expect(() => createWebhookHandler(options as never)).toThrow(message);
  });

  it('the edges that are allowed: tolerance 0, maxBodyBytes 1, a rotation list, an empty `on`, a store, a client', () => {
    const store = memoryDeliveryStore();
    const client = { deliveries: { expect() {}, deliver() {} } };
    expect(
      typeof createWebhookHandler({ secret: [SECRET, 'whsec_old'], on: {}, tolerance: 0, maxBodyBytes: 1, store, client } as never),
    ).toBe('function');
  });
});
