/**
 * `babysea/redis`: the account's limits (for batch runners) and the deliveries already handled (for
 * webhook handlers) kept in Redis, so many processes on many machines share them. Pass your own
 * client (ioredis, or anything with its `eval(script, numberOfKeys, ...keysAndArgs)`); every update
 * is one Lua script, atomic on the server, and times come from the server's clock. One store per API
 * key (its rate limit is the key's): name it with `namespace`.
 */
import type { BucketRule, LimitsStore } from '../batch/limits-store.js';
import { BabySeaValidationError } from '../core/errors.js';
import type { DeliveryClaim, DeliveryStore } from '../webhooks/delivery-store.js';

/** What the store needs of a Redis client: ioredis's `eval`. */
export interface RedisEval {
  eval(script: string, numberOfKeys: number, ...keysAndArgs: (string | number)[]): Promise<unknown>;
}

export interface RedisStoreOptions {
  /** Prefix of every key (default `babysea`); give each API key its own. */
  namespace?: string;
}

// The server's clock, in ms: runners on machines whose clocks differ agree on it.
const NOW = "local t = redis.call('TIME') local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)";

/** Refills the bucket up to `now`; leaves `tokens` and `paused` set. */
const REFILL = `${NOW}
local cap = tonumber(ARGV[1]) local window = tonumber(ARGV[2])
local b = redis.call('HMGET', KEYS[1], 'tokens', 'updated', 'paused')
local paused = tonumber(b[3]) or 0
local tokens = tonumber(b[1]) or cap
local updated = tonumber(b[2]) or now
tokens = math.min(cap, tokens + math.max(0, now - updated) * cap / window)`;

const TAKE_TOKEN = `${REFILL}
if now < paused then return paused - now end
local wait = 0
if tokens >= 1 then tokens = tokens - 1 else wait = math.ceil((1 - tokens) * window / cap) end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'updated', now)
redis.call('PEXPIRE', KEYS[1], math.ceil(window * 2 + math.max(0, paused - now)))
return wait`;

const SYNC_TOKENS = `${REFILL}
tokens = math.min(tokens, tonumber(ARGV[3]))
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'updated', now)
redis.call('PEXPIRE', KEYS[1], math.ceil(window * 2 + math.max(0, paused - now)))
return 0`;

const PAUSE = `${NOW}
local until_ = now + tonumber(ARGV[1])
local paused = tonumber(redis.call('HGET', KEYS[1], 'paused')) or 0
if until_ > paused then redis.call('HSET', KEYS[1], 'paused', until_) end
redis.call('PEXPIRE', KEYS[1], math.max(redis.call('PTTL', KEYS[1]), tonumber(ARGV[1]) + 120000))
return 0`;

const ACQUIRE_SLOT = `${NOW}
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local lease = now + tonumber(ARGV[3])
if redis.call('ZSCORE', KEYS[1], ARGV[1]) then redis.call('ZADD', KEYS[1], lease, ARGV[1]) return 1 end
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
redis.call('ZADD', KEYS[1], lease, ARGV[1])
redis.call('PEXPIRE', KEYS[1], math.ceil(tonumber(ARGV[3]) * 2))
return 1`;

const HELD_SLOTS = `${NOW}
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
return redis.call('ZCARD', KEYS[1])`;

// A delivery is 'busy' while one handler has it, 'done' once handled (until it expires).
const CLAIM = `local set = redis.call('SET', KEYS[1], 'busy', 'NX', 'PX', ARGV[1])
if set then return 'new' end
return redis.call('GET', KEYS[1]) or 'new'`;

const RELEASE = `if redis.call('GET', KEYS[1]) == 'busy' then redis.call('DEL', KEYS[1]) end
return 0`;

export type RedisStore = LimitsStore & DeliveryStore;

/** A store for `batch({ store })` and `createWebhookHandler({ store })` that keeps everything in Redis. */
export function createRedisStore(redis: RedisEval, options: RedisStoreOptions = {}): RedisStore {
  if (typeof redis?.eval !== 'function') {
    throw new BabySeaValidationError(
      'redis',
      'expected a Redis client with eval(script, numberOfKeys, ...args), such as new Redis() from ioredis.',
    );
  }
  const ns = options.namespace ?? 'babysea';
  if (typeof ns !== 'string' || ns === '') throw new BabySeaValidationError('namespace', 'expected a non-empty string.');
  const bucket = `${ns}:bucket`;
  const slots = `${ns}:slots`;
  const cap = `${ns}:cap`;
  const run = async (script: string, key: string, ...args: (string | number)[]) => redis.eval(script, 1, key, ...args);
  return {
    async takeToken(rule: BucketRule) {
      return Number(await run(TAKE_TOKEN, bucket, rule.capacity, Math.ceil(rule.windowMs)));
    },
    async syncTokens(rule: BucketRule, remaining: number) {
      await run(SYNC_TOKENS, bucket, rule.capacity, Math.ceil(rule.windowMs), remaining);
    },
    async pauseFor(ms: number) {
      await run(PAUSE, bucket, Math.ceil(ms));
    },
    async acquireSlot(holder: string, limit: number, leaseMs: number) {
      return Number(await run(ACQUIRE_SLOT, slots, holder, Math.min(limit, 1e9), Math.ceil(leaseMs))) === 1;
    },
    async releaseSlot(holder: string) {
      await run("return redis.call('ZREM', KEYS[1], ARGV[1])", slots, holder);
    },
    async heldSlots() {
      return Number(await run(HELD_SLOTS, slots));
    },
    async learnedCap() {
      const value = await run("return redis.call('GET', KEYS[1])", cap);
      return value == null ? undefined : Number(value);
    },
    async learnCap(value: number) {
      await run("return redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])", cap, value, 24 * 3_600_000);
    },
    async claim(deliveryId: string, leaseMs: number) {
      return (await run(CLAIM, `${ns}:delivery:${deliveryId}`, Math.ceil(leaseMs))) as DeliveryClaim;
    },
    async complete(deliveryId: string, keepMs: number) {
      await run("return redis.call('SET', KEYS[1], 'done', 'PX', ARGV[1])", `${ns}:delivery:${deliveryId}`, Math.ceil(keepMs));
    },
    async release(deliveryId: string) {
      await run(RELEASE, `${ns}:delivery:${deliveryId}`);
    },
  };
}
