/**
 * One runner's view of the account's limits, over the store it shares with other runners: a token
 * for every request (polls and submissions alike, so neither starves the other), the whole store
 * paused by a `Retry-After`, and a slot for every generation in flight from its submission until it
 * ends. With `concurrency: 'auto'` the cap on generations in flight is found the way TCP finds a
 * window: start at one, add one while every allowed slot is busy, and take the count in flight
 * when the API first answers `429 BSE1009`.
 */
import type { RateLimitInfo } from '../core/errors.js';
import { sleep } from '../core/retry.js';
import type { BucketRule, LimitsStore } from './limits-store.js';

/** The API's documented limit, until its answers say otherwise. */
const DEFAULT_RULE: BucketRule = { capacity: 60, windowMs: 60_000 };
/** How long a slot stays held without its runner renewing it (a runner that died gives its slots back). */
export const SLOT_LEASE_MS = 120_000;

export class AccountLimits {
  readonly #store: LimitsStore;
  readonly #fixedCap: number | undefined;
  #rule: BucketRule = DEFAULT_RULE;
  #probe = 1;
  #learned: number | undefined;
  #remaining: number | undefined;
  /** Whether an answer has told the window yet (until then, the documented one is assumed). */
  #windowLearned = false;

  constructor(store: LimitsStore, concurrency: 'auto' | number) {
    this.#store = store;
    this.#fixedCap = concurrency === 'auto' ? undefined : concurrency;
  }

  /** Reads what other runners of the store learned already. */
  async start(): Promise<void> {
    this.#learned = await this.#store.learnedCap();
  }

  /** Generations this runner may have in flight across the store now: a fixed `concurrency` is an upper bound, the plan's cap the other. */
  get cap(): number {
    if (this.#fixedCap === undefined) return this.#learned ?? this.#probe;
    return Math.min(this.#fixedCap, this.#learned ?? this.#fixedCap);
  }

  /**
   * Whether requests are scarce: the bucket is not close to full, so every request spent on a look
   * is one less for a submission (a full bucket loses what it refills; then looking early is free).
   */
  get scarce(): boolean {
    return this.#remaining !== undefined && this.#remaining < this.#rule.capacity - this.cap;
  }

  /** Whether the cap is still being probed for. */
  get probing(): boolean {
    return this.#fixedCap === undefined && this.#learned === undefined;
  }

  /** Waits for a request token (and for any pause a `Retry-After` set); an abort rejects. */
  async takeToken(signal: AbortSignal | undefined): Promise<void> {
    for (;;) {
      const wait = await this.#store.takeToken(this.#rule);
      if (wait === 0) return;
      await sleep(wait, signal);
    }
  }

  /**
   * What an answer's `X-RateLimit-*` headers say: the bucket's size, how much of it is left, and
   * (from when it is full again) how fast it refills. Each answer bounds the refill time from above
   * (the reset is in whole seconds, rounded up; the remaining count is rounded down); the smallest
   * bound seen is kept, so the refill is never thought faster than it is, and one answer that says
   * little (just after a reset) cannot slow every runner of a shared store down.
   */
  async observe(rateLimit: RateLimitInfo | undefined): Promise<void> {
    if (!rateLimit || !(rateLimit.limit > 0)) return;
    const { limit, remaining, reset } = rateLimit;
    // Another limit (a new plan) is another bucket: its window is learned afresh.
    if (limit !== this.#rule.capacity) this.#windowLearned = false;
    let windowMs = this.#windowLearned ? this.#rule.windowMs : DEFAULT_RULE.windowMs;
    const untilFull = reset * 1000 - Date.now();
    // `remaining` is the bucket's tokens rounded down: fewer than limit − remaining are missing, more
    // than limit − remaining − 1, so untilFull · limit / (limit − remaining − 1) is never too short.
    if (remaining < limit - 1 && untilFull > 0) {
      const refill = (untilFull * limit) / (limit - remaining - 1);
      if (refill >= 1_000 && refill <= 3_600_000) {
        windowMs = this.#windowLearned ? Math.min(windowMs, refill) : refill;
        this.#windowLearned = true;
      }
    }
    if (limit !== this.#rule.capacity || windowMs !== this.#rule.windowMs) this.#rule = { capacity: limit, windowMs };
    this.#remaining = remaining;
    await this.#store.syncTokens(this.#rule, remaining);
  }

  /** A `429` with `Retry-After`: nobody sharing the store sends before it has passed. */
  async pause(seconds: number): Promise<void> {
    await this.#store.pauseFor(seconds * 1000);
  }

  async acquire(holder: string): Promise<boolean> {
    // While probing, another runner of the store may have found the cap already.
    if (this.#learned === undefined) this.#learned = await this.#store.learnedCap();
    return this.#store.acquireSlot(holder, this.cap, SLOT_LEASE_MS);
  }

  /** Keeps a held slot from expiring while its generation runs. */
  async renew(holder: string): Promise<void> {
    await this.#store.acquireSlot(holder, Number.MAX_SAFE_INTEGER, SLOT_LEASE_MS);
  }

  async release(holder: string): Promise<void> {
    await this.#store.releaseSlot(holder);
  }

  /** A submission went through: while probing with every allowed slot busy, allow one more. */
  async submitted(): Promise<void> {
    if (!this.probing) return;
    if ((await this.#store.heldSlots()) >= this.#probe) this.#probe++;
  }

  /** The API refused a submission past the plan's cap (`BSE1009`): the slots held besides this one are the cap. */
  async refused(): Promise<void> {
    const cap = Math.max(1, (await this.#store.heldSlots()) - 1);
    this.#learned = cap;
    await this.#store.learnCap(cap);
  }
}
