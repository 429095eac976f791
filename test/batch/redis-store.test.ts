// createRedisStore against a real redis-server: the limits every batch runner of an account shares
// (a token bucket with a pause, slots with leases, the learned cap) and the deliveries every webhook
// handler shares, each update atomic on the server.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisStore } from '../../src/redis/index.js';
import { createTestDelivery, createWebhookHandler, memoryDeliveryStore } from '../../src/webhooks/index.js';
import { startRedis } from '../helpers/redis.mjs';

let server: Awaited<ReturnType<typeof startRedis>>;
let redis: Redis;
beforeAll(async () => {
  server = await startRedis();
  redis = new Redis(server.url);
}, 30_000);
afterAll(async () => {
  await redis?.quit();
  await server?.stop();
});

let n = 0;
const store = () => createRedisStore(redis, { namespace: `test-${++n}` });

describe('limits', () => {
  it('a token bucket: a full one gives `capacity` tokens at once, then says how long until the next', async () => {
    const limits = store();
    const rule = { capacity: 5, windowMs: 10_000 };
    const waits = [];
    for (let i = 0; i < 6; i++) waits.push(await limits.takeToken(rule));
    expect(waits.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(waits[5]).toBeGreaterThan(1_500);
    expect(waits[5]).toBeLessThanOrEqual(2_000);
  });

  it('what the API says is left caps the bucket; a pause stops every taker until it passes', async () => {
    const limits = store();
    const rule = { capacity: 60, windowMs: 60_000 };
    await limits.syncTokens(rule, 1);
    expect(await limits.takeToken(rule)).toBe(0);
    expect(await limits.takeToken(rule)).toBeGreaterThan(0);
    const paused = store();
    await paused.pauseFor(3_000);
    const wait = await paused.takeToken(rule);
    expect(wait).toBeGreaterThan(2_500);
    expect(wait).toBeLessThanOrEqual(3_000);
  });

  it('slots: at most `cap` held; a holder renews its own; a lease that lapses gives the slot back', async () => {
    const limits = store();
    expect(await limits.acquireSlot('a', 2, 60_000)).toBe(true);
    expect(await limits.acquireSlot('b', 2, 150)).toBe(true);
    expect(await limits.acquireSlot('c', 2, 60_000)).toBe(false);
    expect(await limits.acquireSlot('a', 2, 60_000)).toBe(true);
    expect(await limits.heldSlots()).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await limits.heldSlots()).toBe(1);
    expect(await limits.acquireSlot('c', 2, 60_000)).toBe(true);
    await limits.releaseSlot('a');
    expect(await limits.heldSlots()).toBe(1);
  });

  it('the learned cap is shared', async () => {
    const limits = store();
    expect(await limits.learnedCap()).toBeUndefined();
    await limits.learnCap(4);
    expect(await createRedisStore(redis, { namespace: `test-${n}` }).learnedCap()).toBe(4);
  });

  it('many takers at once never get more tokens than the bucket holds', async () => {
    const limits = store();
    const rule = { capacity: 10, windowMs: 600_000 };
    const waits = await Promise.all(Array.from({ length: 40 }, () => limits.takeToken(rule)));
    expect(waits.filter((w) => w === 0)).toHaveLength(10);
  });
});

describe('deliveries', () => {
  it('a claim is new once, busy while handled, done after; a released one is new again', async () => {
    const deliveries = store();
    expect(await deliveries.claim('d1', 60_000)).toBe('new');
    expect(await deliveries.claim('d1', 60_000)).toBe('busy');
    await deliveries.release('d1');
    expect(await deliveries.claim('d1', 60_000)).toBe('new');
    await deliveries.complete('d1', 60_000);
    expect(await deliveries.claim('d1', 60_000)).toBe('done');
  });

  it.each([
    ['in memory', () => memoryDeliveryStore()],
    ['in Redis', () => store()],
  ])('%s: each delivery, replayed 3× and sent to two handler instances at once, is handled exactly once', async (_, makeStore) => {
    const shared = makeStore();
    const handled: string[] = [];
    const instance = () =>
      createWebhookHandler({
        secret: 'whsec_redis',
        store: shared,
        on: {
          'generation.completed': async (event) => {
            handled.push(event.webhook_data.generation_id);
            await new Promise((resolve) => setTimeout(resolve, 20));
          },
        },
      });
    const [a, b] = [instance(), instance()];
    const deliveries = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        createTestDelivery(
          {
            webhook_event: 'generation.completed',
            webhook_data: {
              account_id: '11111111-2222-4333-8444-555555555555',
              model_identifier: 'bfl/flux-schnell',
              generation_status: 'succeeded',
              generation_id: `gen-${i}`,
            },
          },
          { secret: 'whsec_redis' },
        ),
      ),
    );
    // Every delivery four times (the first and three replays), to both instances at once; a 409 (another instance has it) is retried, as the sender does.
    const send = async (handler: (request: Request) => Promise<Response>, delivery: (typeof deliveries)[number]) => {
      for (;;) {
        const answer = await handler(delivery.request());
        if (answer.status !== 409) return answer.status;
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
    };
    const statuses = await Promise.all(deliveries.flatMap((d) => [1, 2, 3, 4].flatMap(() => [send(a, d), send(b, d)])));
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(handled.sort()).toEqual(deliveries.map((_, i) => `gen-${i}`).sort());
  });
});
