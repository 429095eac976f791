// createWebhookHandler: a whole webhook endpoint. Genuine deliveries are handled once each (retries,
// replays and two instances at once included), routed by event type; what is not genuine or not
// readable gets a clear answer and a typed error, never a crash and never a second handling.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { BabySeaError, BabySeaValidationError } from '../../src/index.js';
import {
  BabySeaWebhookVerificationError,
  createTestDelivery,
  createWebhookHandler,
  memoryDeliveryStore,
  PARSED_BODY_MESSAGE,
  toNodeHandler,
} from '../../src/webhooks/index.js';

const SECRET = 'whsec_handler_test';
const completed = (id = '5c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f') => ({
  webhook_event: 'generation.completed' as const,
  webhook_data: {
    account_id: '11111111-2222-4333-8444-555555555555',
    model_identifier: 'bfl/flux-schnell',
    generation_status: 'succeeded' as const,
    generation_id: id,
    generation_output_file: ['https://cdn.example/0.png'],
  },
});

function recorder() {
  const handled: string[] = [];
  const errors: BabySeaError[] = [];
  const handler = createWebhookHandler({
    secret: SECRET,
    on: {
      'generation.completed': (event, delivery) => {
        handled.push(`${event.webhook_data.generation_id} ${delivery.deliveryId}`);
      },
    },
    onError: (error) => errors.push(error),
  });
  return { handler, handled, errors };
}

describe('createWebhookHandler', () => {
  it('a genuine delivery runs the handler of its event type and is answered 200', async () => {
    const { handler, handled } = recorder();
    const delivery = await createTestDelivery(completed(), { secret: SECRET, deliveryId: 'dlv-1' });
    const response = await handler(delivery.request());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true });
    expect(handled).toEqual(['5c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f dlv-1']);
  });

  it('a delivery sent three more times is handled once: the repeats are answered 200 as duplicates', async () => {
    const { handler, handled } = recorder();
    const delivery = await createTestDelivery(completed(), { secret: SECRET, deliveryId: 'dlv-replayed' });
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await (await handler(delivery.request())).json());
    expect(handled).toHaveLength(1);
    expect(answers.slice(1)).toEqual([
      { received: true, duplicate: true },
      { received: true, duplicate: true },
      { received: true, duplicate: true },
    ]);
  });

  it('delivered to two instances at once, sharing a store: handled by one, the other asks for a retry (and then finds it done)', async () => {
    const store = memoryDeliveryStore();
    const handled: string[] = [];
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const make = (name: string) =>
      createWebhookHandler({
        secret: SECRET,
        store,
        on: {
          'generation.completed': async () => {
            handled.push(name);
            await slow;
          },
        },
      });
    const [a, b] = [make('a'), make('b')];
    const delivery = await createTestDelivery(completed(), { secret: SECRET, deliveryId: 'dlv-concurrent' });
    const first = a(delivery.request());
    const second = await b(delivery.request());
    expect(second.status).toBe(409);
    expect(second.headers.get('retry-after')).toBe('5');
    release();
    expect((await first).status).toBe(200);
    expect((await b(delivery.request())).status).toBe(200);
    expect(handled).toEqual(['a']);
  });

  it('a handler that throws is answered 500 (the sender retries), reported to onError, and the retry runs it again', async () => {
    let calls = 0;
    const errors: BabySeaError[] = [];
    const handler = createWebhookHandler({
      secret: SECRET,
      on: {
        'generation.completed': () => {
          calls++;
          if (calls === 1) throw new Error('database down');
        },
      },
      onError: (error) => errors.push(error),
    });
    const delivery = await createTestDelivery(completed(), { secret: SECRET, deliveryId: 'dlv-retry' });
    expect((await handler(delivery.request())).status).toBe(500);
    expect(errors[0]?.message).toContain('database down');
    expect((await handler(delivery.request())).status).toBe(200);
    expect(calls).toBe(2);
  });

  it('an event type without a handler is acknowledged; one this SDK does not know is acknowledged and reported, not thrown', async () => {
    const { handler, errors } = recorder();
    const started = await createTestDelivery({ ...completed(), webhook_event: 'generation.started' }, { secret: SECRET });
    expect((await handler(started.request())).status).toBe(200);
    // An event this SDK's types do not know, as a newer API could send.
    const future = { webhook_event: 'generation.upscaled', webhook_data: {} } as unknown as Parameters<typeof createTestDelivery>[0];
    const unknown = await createTestDelivery(future, { secret: SECRET });
    const answer = await handler(unknown.request());
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ received: true, handled: false });
    expect(errors.map((e) => e.type)).toEqual(['unknown_event']);
  });

  it('while secrets rotate, a delivery signed with either is genuine', async () => {
    const handled: string[] = [];
    const handler = createWebhookHandler({
      secret: ['whsec_new', 'whsec_old'],
      on: { 'generation.completed': () => void handled.push('x') },
    });
    for (const secret of ['whsec_old', 'whsec_new'])
      expect((await handler((await createTestDelivery(completed(), { secret })).request())).status).toBe(200);
    expect((await handler((await createTestDelivery(completed(), { secret: 'whsec_other' })).request())).status).toBe(401);
    expect(handled).toHaveLength(2);
  });

  it.each([
    [
      'a wrong signature',
      async () => (await createTestDelivery(completed(), { secret: 'whsec_wrong' })).request(),
      401,
      'no_matching_signature',
    ],
    [
      'a stale timestamp',
      async () => (await createTestDelivery(completed(), { secret: SECRET, timestamp: Math.floor(Date.now() / 1000) - 3_600 })).request(),
      401,
      'timestamp_too_old',
    ],
    [
      'a future timestamp',
      async () => (await createTestDelivery(completed(), { secret: SECRET, timestamp: Math.floor(Date.now() / 1000) + 3_600 })).request(),
      401,
      'timestamp_in_future',
    ],
    [
      'a tampered body',
      async () => {
        const d = await createTestDelivery(completed(), { secret: SECRET });
        return new Request('http://localhost/', { method: 'POST', headers: d.headers, body: d.body.replace('succeeded', 'failed') });
      },
      401,
      'no_matching_signature',
    ],
    ['no signature header', async () => new Request('http://localhost/', { method: 'POST', body: '{}' }), 401, 'missing_header'],
  ])('%s → %i %s, reported as a BabySeaWebhookVerificationError, the handler never run', async (_, request, status, reason) => {
    const { handler, handled, errors } = recorder();
    const answer = await handler(await request());
    expect(answer.status).toBe(status);
    expect((await answer.json()).error).toBe(reason);
    expect(errors[0]).toBeInstanceOf(BabySeaWebhookVerificationError);
    expect(handled).toEqual([]);
  });

  it('a body over maxBodyBytes is refused 413 without being read whole; a GET is 405', async () => {
    const handler = createWebhookHandler({ secret: SECRET, maxBodyBytes: 1_000 });
    let pulled = 0;
    const endless = new ReadableStream({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(512));
      },
    });
    const big = new Request('http://localhost/', { method: 'POST', body: endless, duplex: 'half' } as RequestInit);
    expect((await handler(big)).status).toBe(413);
    expect(pulled).toBeLessThan(10);
    expect((await handler(new Request('http://localhost/'))).status).toBe(405);
  });

  it.each([
    [{ secret: '' }, 'secret'],
    [{ secret: 42 }, 'secret'],
    [{ secret: SECRET, on: { 'generation.completed': 'log' } }, 'on'],
    [{ secret: SECRET, tolerance: Number.NaN }, 'tolerance'],
    [{ secret: SECRET, client: {} }, 'client'],
    [{ secret: SECRET, retries: 3 }, 'retries'],
  ])('%j is a BabySeaValidationError naming %s', (options, argument) => {
    expect(() => createWebhookHandler(options as never)).toThrow(expect.objectContaining({ argument }));
    expect(() => createWebhookHandler(options as never)).toThrow(BabySeaValidationError);
  });
});

describe('toNodeHandler', () => {
  /** A node:http server whose requests go through `parse` (a body parser, or none) before the handler. */
  async function nodeServer(parse?: (req: IncomingMessage & { body?: unknown }) => Promise<void>) {
    const { handler, handled } = recorder();
    const node = toNodeHandler(handler);
    const server = createServer(async (req, res) => {
      if (parse) await parse(req);
      await node(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/babysea`;
    const post = async (delivery: { body: string; headers: Record<string, string> }) =>
      fetch(url, { method: 'POST', headers: delivery.headers, body: delivery.body });
    return { post, handled, close: () => new Promise((resolve) => server.close(resolve)) };
  }
  const drain = (req: IncomingMessage) =>
    new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => resolve(Buffer.concat(chunks)));
    });

  it('reads the raw body itself from a plain node:http request', async () => {
    const server = await nodeServer();
    try {
      const answer = await server.post(await createTestDelivery(completed(), { secret: SECRET }));
      expect(answer.status).toBe(200);
      expect(server.handled).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('takes the raw bytes a raw-body parser kept (express.raw gives a Buffer in req.body)', async () => {
    const server = await nodeServer(async (req) => {
      req.body = await drain(req);
    });
    try {
      expect((await server.post(await createTestDelivery(completed(), { secret: SECRET }))).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('a body a JSON parser already consumed → 400 saying which middleware to move and how, the handler never run', async () => {
    const server = await nodeServer(async (req) => {
      req.body = JSON.parse((await drain(req)).toString());
    });
    try {
      const answer = await server.post(await createTestDelivery(completed(), { secret: SECRET }));
      expect(answer.status).toBe(400);
      const body = await answer.json();
      expect(body).toEqual({ error: 'parsed_body', message: PARSED_BODY_MESSAGE });
      expect(body.message).toMatch(/express\.raw\(\{ type: "application\/json" \}\)/);
      expect(server.handled).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

describe('createTestDelivery', () => {
  it('gives the body and headers of a real delivery, signed: the SDK’s verifier and an independent HMAC both accept it', async () => {
    const { createHmac } = await import('node:crypto');
    const delivery = await createTestDelivery(completed(), { secret: SECRET, timestamp: 1_764_000_000, deliveryId: 'dlv-x' });
    expect(delivery.headers).toMatchObject({
      'x-babysea-event': 'generation.completed',
      'x-babysea-delivery-id': 'dlv-x',
      'x-babysea-timestamp': '2025-11-24T16:00:00.000Z',
    });
    const expected = createHmac('sha256', SECRET).update(`1764000000.${delivery.body}`).digest('hex');
    expect(delivery.headers['x-babysea-signature']).toBe(`t=1764000000,v1=${expected}`);
    expect(JSON.parse(delivery.body)).toMatchObject({
      ...completed(),
      webhook_delivery_id: 'dlv-x',
      webhook_timestamp: '2025-11-24T16:00:00.000Z',
    });
    expect(BabySeaError).toBeDefined();
  });
});
