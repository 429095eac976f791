// How a batch learns the account's rate from X-RateLimit-* headers: each answer bounds the refill
// time from above (reset in whole seconds rounded up, remaining rounded down), and the smallest bound
// is kept, so a vague answer never slows the runners down and none makes them faster than the API.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AccountLimits } from '../../src/batch/limits.js';
import { type BucketRule, memoryLimitsStore } from '../../src/batch/limits-store.js';

const NOW = 1_800_000_000_000;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

/** The limits over a memory store, and the rules they sync to it. */
function observed() {
  const store = memoryLimitsStore();
  const rules: BucketRule[] = [];
  const sync = store.syncTokens.bind(store);
  store.syncTokens = async (rule, remaining) => {
    rules.push(rule);
    await sync(rule, remaining);
  };
  return { limits: new AccountLimits(store, 'auto'), rules };
}

const answer = (remaining: number, secondsToFull: number) => ({ limit: 60, remaining, reset: (NOW + secondsToFull * 1000) / 1000 });

describe('the refill rate', () => {
  it('until an answer tells it, the documented 60 a minute', async () => {
    const { limits, rules } = observed();
    await limits.observe(answer(60, 0));
    expect(rules.at(-1)).toEqual({ capacity: 60, windowMs: 60_000 });
  });

  it('30 spent and full again in 3 s: at most 3 s · 60 / 29 for the whole bucket', async () => {
    const { limits, rules } = observed();
    await limits.observe(answer(30, 3));
    expect(rules.at(-1)?.windowMs).toBeCloseTo((3_000 * 60) / 29, 6);
  });

  it('a vague answer after a precise one (2 spent, a reset rounded up to the next second) keeps the precise rate', async () => {
    const { limits, rules } = observed();
    await limits.observe(answer(30, 3));
    await limits.observe(answer(57, 1));
    expect(rules.at(-1)?.windowMs).toBeCloseTo((3_000 * 60) / 29, 6);
  });

  it('an answer with one request spent says nothing (the missing part of a token could be anything)', async () => {
    const { limits, rules } = observed();
    await limits.observe(answer(59, 1));
    expect(rules.at(-1)?.windowMs).toBe(60_000);
  });

  it('another limit (a new plan) is learned afresh', async () => {
    const { limits, rules } = observed();
    await limits.observe(answer(30, 3));
    await limits.observe({ limit: 120, remaining: 60, reset: (NOW + 30_000) / 1000 });
    expect(rules.at(-1)).toEqual({ capacity: 120, windowMs: (30_000 * 120) / 59 });
  });
});
