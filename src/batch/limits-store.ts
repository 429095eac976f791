/**
 * Where the limits of one account live while generations run: the request budget (a token bucket
 * that every request of every runner sharing the store draws from, paused as a whole by a
 * `Retry-After`), the slots of generations in flight (each held from submission until the
 * generation ends, with a lease so a crashed runner's slots come back), and what was learned of the
 * plan's cap. In memory by default; `babysea/redis` keeps the same state in Redis for many processes.
 * Every operation is atomic with respect to the others sharing the store.
 */

export interface BucketRule {
  /** Requests a full bucket holds (the API's `X-RateLimit-Limit`). */
  capacity: number;
  /** Milliseconds a full refill takes (the API's window: a minute). */
  windowMs: number;
}

/** The store keeps its own clock (Redis: the server's), so runners on machines whose clocks differ agree. */
export interface LimitsStore {
  /** Takes one request token: resolves with 0 when taken, else the milliseconds to wait before asking again. */
  takeToken(rule: BucketRule): Promise<number>;
  /** The API said how many requests are left: the bucket holds no more than that. */
  syncTokens(rule: BucketRule, remaining: number): Promise<void>;
  /** No request for `ms` (a `Retry-After`), for every runner of the store. */
  pauseFor(ms: number): Promise<void>;
  /** Holds (or renews) a slot for `holder` if fewer than `cap` are held (expired leases do not count); true if held. */
  acquireSlot(holder: string, cap: number, leaseMs: number): Promise<boolean>;
  releaseSlot(holder: string): Promise<void>;
  /** Slots held now (expired leases not counted). */
  heldSlots(): Promise<number>;
  /** The plan's cap on generations in flight, once a runner learned it (`BSE1009`). */
  learnedCap(): Promise<number | undefined>;
  learnCap(cap: number): Promise<void>;
}

/** The limits of one account, kept in this process. */
export function memoryLimitsStore(): LimitsStore {
  let tokens: number | undefined;
  let updatedAt = 0;
  let pausedUntil = 0;
  let cap: number | undefined;
  const slots = new Map<string, number>();
  const refill = (rule: BucketRule, now: number) => {
    tokens = Math.min(rule.capacity, (tokens ?? rule.capacity) + ((now - updatedAt) * rule.capacity) / rule.windowMs);
    updatedAt = now;
    return tokens;
  };
  const held = (now: number) => {
    for (const [holder, expires] of slots) if (expires <= now) slots.delete(holder);
    return slots.size;
  };
  return {
    async takeToken(rule) {
      const now = Date.now();
      if (now < pausedUntil) return pausedUntil - now;
      const available = refill(rule, now);
      if (available >= 1) {
        tokens = available - 1;
        return 0;
      }
      return Math.ceil(((1 - available) * rule.windowMs) / rule.capacity);
    },
    async syncTokens(rule, remaining) {
      tokens = Math.min(refill(rule, Date.now()), remaining);
    },
    async pauseFor(ms) {
      pausedUntil = Math.max(pausedUntil, Date.now() + ms);
    },
    async acquireSlot(holder, limit, leaseMs) {
      const now = Date.now();
      if (slots.has(holder)) {
        slots.set(holder, now + leaseMs);
        return true;
      }
      if (held(now) >= limit) return false;
      slots.set(holder, now + leaseMs);
      return true;
    },
    async releaseSlot(holder) {
      slots.delete(holder);
    },
    async heldSlots() {
      return held(Date.now());
    },
    async learnedCap() {
      return cap;
    },
    async learnCap(value) {
      cap = value;
    },
  };
}
