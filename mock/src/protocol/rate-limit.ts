// A token bucket per API key on the sandbox clock: `limit` requests, refilled evenly over `windowMs`.
// Every answer says where the bucket stands (X-RateLimit-*); an empty bucket answers 429 with
// Retry-After, the seconds until one token is back.

export interface RateLimitState {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Unix seconds when the bucket is full again. */
  reset: number;
  /** Seconds until a request is allowed again (when not allowed). */
  retryAfter: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class RateLimiter {
  readonly limit: number;
  readonly #perMs: number;
  readonly #buckets = new Map<string, Bucket>();

  constructor(limit = 60, windowMs = 60_000) {
    this.limit = limit;
    this.#perMs = limit / windowMs;
  }

  #refill(key: string, now: number): Bucket {
    let bucket = this.#buckets.get(key);
    if (!bucket) {
      bucket = { tokens: this.limit, updatedAt: now };
      this.#buckets.set(key, bucket);
    }
    bucket.tokens = Math.min(this.limit, bucket.tokens + (now - bucket.updatedAt) * this.#perMs);
    bucket.updatedAt = now;
    return bucket;
  }

  /** Takes one token for a request of `key`; `alwaysEmpty` keeps a magic key's bucket spent. */
  take(key: string, now: number, alwaysEmpty = false): RateLimitState {
    const bucket = this.#refill(key, now);
    if (alwaysEmpty) bucket.tokens = 0;
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    const missing = this.limit - bucket.tokens;
    return {
      allowed,
      limit: this.limit,
      remaining: Math.floor(bucket.tokens),
      reset: Math.ceil((now + missing / this.#perMs) / 1000),
      retryAfter: allowed ? 0 : Math.max(1, Math.ceil((1 - bucket.tokens) / this.#perMs / 1000)),
    };
  }

  /** Spends the key's bucket: its next request is rate limited. */
  drain(key: string, now: number): void {
    this.#refill(key, now).tokens = 0;
  }

  reset(key?: string): void {
    if (key === undefined) this.#buckets.clear();
    else this.#buckets.delete(key);
  }

  static headers(state: RateLimitState): Record<string, string> {
    return {
      'x-ratelimit-limit': String(state.limit),
      'x-ratelimit-remaining': String(state.remaining),
      'x-ratelimit-reset': String(state.reset),
    };
  }
}
