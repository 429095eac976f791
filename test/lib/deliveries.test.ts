// client.deliveries: webhook deliveries handed to a client wake its waits the moment a generation's
// end arrives; while deliveries are expected a wait polls only as a fallback. On fake timers, with a
// fetch that answers like the API (the generation's status is whatever the test set last).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BabySea } from '../../src/index.js';
import { GenerationDeliveries } from '../../src/lib/deliveries.js';
import { DELIVERY_FALLBACK_MS } from '../../src/lib/polling.js';
import { createTestDelivery, createWebhookHandler } from '../../src/webhooks/index.js';
import { example, ID } from '../helpers/spec.js';

const OTHER = '6d2f3e4a-5b6c-4d7e-8f90-a1b2c3d4e5f6';

function api() {
  const state = { status: 'processing', polls: 0 };
  const answer = example('getGeneration');
  const fetch = (async (url: string) => {
    if (!url.includes('/v1/content/')) throw new Error(`unexpected request ${url}`);
    // A wait polling in a loop would never yield to the fake clock: fail it instead of hanging.
    if (++state.polls > 100) throw new Error('more than 100 polls');
    return Response.json({ ...answer, data: { ...answer.data, generation_id: ID, generation_status: state.status } });
  }) as typeof globalThis.fetch;
  const client = new BabySea({ apiKey: 'k', baseUrl: 'http://api.test', fetch });
  /** Starts a wait; `done()` says whether it settled. */
  const wait = () => {
    let settled = false;
    const waiting = client.waitForGeneration(ID).finally(() => {
      settled = true;
    });
    // Handled here too: a wait may end in an error before the test asserts on it.
    waiting.catch(() => {});
    return { waiting, done: () => settled };
  };
  return { client, state, wait };
}

const end = (generation_id: unknown, webhook_event = 'generation.completed') => ({ webhook_event, webhook_data: { generation_id } });

afterEach(() => {
  vi.useRealTimers();
});

describe('a wait while deliveries are expected', () => {
  it('makes no poll until its generation’s end is delivered, then one, and resolves', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { client, state, wait } = api();
    client.deliveries.expect();
    const { waiting, done } = wait();
    await vi.advanceTimersByTimeAsync(DELIVERY_FALLBACK_MS - 1);
    expect([state.polls, done()]).toEqual([0, false]);
    state.status = 'succeeded';
    client.deliveries.deliver(end(ID));
    await vi.advanceTimersByTimeAsync(0);
    expect([state.polls, done()]).toEqual([1, true]);
    expect((await waiting).data.generation_status).toBe('succeeded');
  });

  it('without a delivery, polls every 30 s as a fallback, and a later delivery still wakes it at once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { client, state, wait } = api();
    client.deliveries.expect();
    const { waiting, done } = wait();
    await vi.advanceTimersByTimeAsync(DELIVERY_FALLBACK_MS);
    expect(state.polls).toBe(1);
    await vi.advanceTimersByTimeAsync(DELIVERY_FALLBACK_MS - 1);
    expect(state.polls).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(state.polls).toBe(2);
    state.status = 'failed';
    client.deliveries.deliver(end(ID, 'generation.failed'));
    await vi.advanceTimersByTimeAsync(0);
    expect([state.polls, done()]).toEqual([3, true]);
    await expect(waiting).rejects.toMatchObject({ name: 'BabySeaGenerationFailedError', generationStatus: 'failed' });
  });

  it('an end delivered before the wait begins is remembered: the wait looks at once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { client, state, wait } = api();
    state.status = 'canceled';
    client.deliveries.deliver(end(ID, 'generation.canceled'));
    expect(client.deliveries.expecting).toBe(true);
    const { waiting, done } = wait();
    await vi.advanceTimersByTimeAsync(0);
    expect([state.polls, done()]).toEqual([1, true]);
    await expect(waiting).rejects.toMatchObject({ generationStatus: 'canceled' });
  });

  it.each([
    ['another generation’s end', end(OTHER)],
    ['generation.started', end(ID, 'generation.started')],
    ['credits.low_balance', { webhook_event: 'credits.low_balance', webhook_data: { account_id: 'a' } }],
    ['an end without a generation id', end(undefined)],
    ['an end whose generation id is not a string', end(42)],
  ])('%s wakes nothing', async (_, event) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { client, state, wait } = api();
    client.deliveries.expect();
    const { done } = wait();
    await vi.advanceTimersByTimeAsync(1_000);
    client.deliveries.deliver(event as Parameters<typeof client.deliveries.deliver>[0]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect([state.polls, done()]).toEqual([0, false]);
    state.status = 'succeeded';
    client.deliveries.deliver(end(ID));
    await vi.advanceTimersByTimeAsync(0);
    expect(done()).toBe(true);
  });

  it('an end delivered while the API still shows the generation running (a replica behind the webhook) wakes the wait once: it then polls on its schedule, not in a loop', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { client, state, wait } = api();
    client.deliveries.expect();
    const { waiting, done } = wait();
    await vi.advanceTimersByTimeAsync(1_000);
    client.deliveries.deliver(end(ID));
    await vi.advanceTimersByTimeAsync(0);
    expect([state.polls, done()]).toEqual([1, false]);
    await vi.advanceTimersByTimeAsync(100);
    expect(state.polls).toBe(1);
    state.status = 'succeeded';
    // Back on the usual schedule (at most maxInterval, 10 s, apart), not the 30 s fallback.
    await vi.advanceTimersByTimeAsync(10_000);
    expect([state.polls, done()]).toEqual([2, true]);
    await waiting;
  });

  it('remembers the newest 1 000 ends: an older one no longer wakes a wait that starts late', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { client, state, wait } = api();
    state.status = 'succeeded';
    client.deliveries.deliver(end(ID));
    for (let i = 0; i < 999; i++) client.deliveries.deliver(end(`g${i}`));
    const first = wait();
    await vi.advanceTimersByTimeAsync(0);
    expect([state.polls, first.done()]).toEqual([1, true]);
    client.deliveries.deliver(end('g999'));
    const second = wait();
    await vi.advanceTimersByTimeAsync(0);
    // The 1 001st end pushed ID out: the second wait is not woken, and looks at the fallback.
    expect([state.polls, second.done()]).toEqual([1, false]);
    await vi.advanceTimersByTimeAsync(DELIVERY_FALLBACK_MS);
    expect([state.polls, second.done()]).toEqual([2, true]);
  });

  it('two waits for one generation are both woken by its end, and a second delivery of it is harmless', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { client, state, wait } = api();
    client.deliveries.expect();
    const a = wait();
    const b = wait();
    await vi.advanceTimersByTimeAsync(1_000);
    state.status = 'succeeded';
    client.deliveries.deliver(end(ID));
    client.deliveries.deliver(end(ID));
    await vi.advanceTimersByTimeAsync(0);
    expect([a.done(), b.done(), state.polls]).toEqual([true, true, 2]);
  });

  it('a wait that ended stops listening: a later end of its generation reaches no one', async () => {
    const { client } = api();
    let woken = 0;
    const stop = client.deliveries.onEnd(ID, () => woken++);
    stop();
    client.deliveries.deliver(end(ID));
    expect(woken).toBe(0);
    // Once delivered, a new listener is called at once; stopping it then does nothing.
    client.deliveries.onEnd(ID, () => woken++)();
    expect(woken).toBe(1);
  });
});

describe('without deliveries', () => {
  it('a client that expects none polls as usual and ignores nothing: deliveries start the moment one arrives', () => {
    const { client } = api();
    expect(client.deliveries.expecting).toBe(false);
    client.deliveries.deliver(end(OTHER, 'generation.started'));
    expect(client.deliveries.expecting).toBe(true);
  });
});

describe('through createWebhookHandler({ client })', () => {
  it('the handler makes the client expect deliveries, and a verified generation.completed wakes its wait', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { client, state, wait } = api();
    const handler = createWebhookHandler({ secret: 'whsec_deliveries', client });
    expect(client.deliveries.expecting).toBe(true);
    const { waiting, done } = wait();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(state.polls).toBe(0);
    state.status = 'succeeded';
    const delivery = await createTestDelivery(
      {
        webhook_event: 'generation.completed',
        webhook_data: {
          account_id: '11111111-2222-4333-8444-555555555555',
          model_identifier: 'bfl/flux-schnell',
          generation_status: 'succeeded',
          generation_id: ID,
          generation_output_file: ['https://cdn.example/0.png'],
        },
      },
      { secret: 'whsec_deliveries' },
    );
    expect((await handler(delivery.request())).status).toBe(200);
    await vi.advanceTimersByTimeAsync(0);
    expect([state.polls, done()]).toEqual([1, true]);
    await waiting;
  });

  it('a forged delivery wakes nothing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { client, state, wait } = api();
    const handler = createWebhookHandler({ secret: 'whsec_deliveries', client });
    const { done } = wait();
    const forged = await createTestDelivery(
      { webhook_event: 'generation.completed', webhook_data: { generation_id: ID } },
      { secret: 'whsec_someone_else' },
    );
    expect((await handler(forged.request())).status).toBe(401);
    await vi.advanceTimersByTimeAsync(1_000);
    expect([state.polls, done()]).toEqual([0, false]);
  });
});

describe('GenerationDeliveries, listeners', () => {
  it('one wait that stops listening leaves the other waits for the same generation listening', () => {
    const deliveries = new GenerationDeliveries();
    const woken: string[] = [];
    const stopA = deliveries.onEnd('g-shared', () => woken.push('a'));
    deliveries.onEnd('g-shared', () => woken.push('b'));
    stopA();
    deliveries.deliver({ webhook_event: 'generation.completed', webhook_data: { generation_id: 'g-shared' } });
    expect(woken).toEqual(['b']);
  });

  it('an end without webhook_data, or whose generation id is no string, wakes nothing and does not throw', () => {
    const deliveries = new GenerationDeliveries();
    const woken: string[] = [];
    deliveries.onEnd('7', () => woken.push('7'));
    deliveries.deliver({ webhook_event: 'generation.completed' } as never);
    deliveries.deliver({ webhook_event: 'generation.completed', webhook_data: { generation_id: 7 } } as never);
    expect(woken).toEqual([]);
    expect(deliveries.expecting).toBe(true);
  });
});
