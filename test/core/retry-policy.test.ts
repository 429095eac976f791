// The retry policy's pieces: reading Retry-After, the backoff curve, which errors are retried.
import { describe, expect, it } from 'vitest';
import { backoffDelayMs, isRetryable, parseRetryAfter, sleep } from '../../src/core/retry.js';
import { BabySeaError } from '../../src/index.js';

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-24T10:00:00Z');
  it.each([
    [{ 'retry-after': '3' }, 3],
    [{ 'retry-after': '0' }, 0],
    [{ 'retry-after': '1.5' }, 1.5],
    [{ 'retry-after-ms': '250' }, 0.25],
    [{ 'retry-after-ms': '250', 'retry-after': '9' }, 0.25],
    [{ 'retry-after': 'Tue, 24 Nov 2026 10:00:05 GMT' }, 5],
    [{ 'retry-after': 'Tue, 24 Nov 2026 09:59:00 GMT' }, 0],
    [{ 'retry-after': 'soon' }, undefined],
    [{ 'retry-after': '-4' }, undefined],
    [{ 'retry-after-ms': 'x', 'retry-after': '2' }, 2],
    [{}, undefined],
  ])('%j → %s s', (headers, seconds) => {
    expect(parseRetryAfter(new Headers(headers), now)).toBe(seconds);
  });
});

describe('backoffDelayMs', () => {
  it('doubles from 0.5 s to a cap of 8 s', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map((n) => backoffDelayMs(n, () => 0))).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
  });
  it('jitter takes off at most 25 %', () => {
    expect(backoffDelayMs(1, () => 0.999999)).toBe(750);
    for (let i = 0; i < 100; i++) expect(backoffDelayMs(2)).toBeGreaterThanOrEqual(1500);
  });
});

describe('isRetryable', () => {
  it('follows the error, except for idempotency conflicts', () => {
    expect(isRetryable(new BabySeaError('x', { retryable: true, code: 'BSE5000' }))).toBe(true);
    expect(isRetryable(new BabySeaError('x', { retryable: false }))).toBe(false);
    expect(isRetryable(new BabySeaError('x', { retryable: true, code: 'BSE2015' }))).toBe(false);
    expect(isRetryable(new BabySeaError('x', { retryable: true, code: 'BSE2016' }))).toBe(false);
  });
});

describe('sleep', () => {
  it('rejects at once with the abort reason when the signal aborts', async () => {
    const controller = new AbortController();
    const pending = sleep(60_000, controller.signal);
    controller.abort('stop');
    await expect(pending).rejects.toMatchObject({ name: 'BabySeaAbortError', cause: 'stop' });
  });
});
