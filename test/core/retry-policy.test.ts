// The retry policy's pieces: reading Retry-After, the backoff curve, which errors are retried.
import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
    // An empty, blank or negative retry-after-ms is no answer: Retry-After decides.
    [{ 'retry-after-ms': '', 'retry-after': '2' }, 2],
    [{ 'retry-after-ms': '\u00a0', 'retry-after': '2' }, 2],
    [{ 'retry-after-ms': '-5', 'retry-after': '2' }, 2],
    [{ 'retry-after-ms': '0', 'retry-after': '2' }, 0],
    [{ 'retry-after': '' }, undefined],
    [{ 'retry-after': '\u00a0' }, undefined],
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
  afterEach(() => {
    vi.useRealTimers();
  });

  it('rejects at once with the abort reason when the signal aborts, leaving no timer or listener', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const controller = new AbortController();
    const pending = sleep(60_000, controller.signal);
    expect(vi.getTimerCount()).toBe(1);
    controller.abort('stop');
    await expect(pending).rejects.toMatchObject({ name: 'BabySeaAbortError', cause: 'stop' });
    expect(vi.getTimerCount()).toBe(0);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('with a signal already aborted, rejects without waiting at all', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const pending = sleep(60_000, AbortSignal.abort('gone'));
    expect(vi.getTimerCount()).toBe(0);
    await expect(pending).rejects.toMatchObject({ name: 'BabySeaAbortError', cause: 'gone' });
  });

  it('resolves after its time and stops listening to the signal', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const controller = new AbortController();
    let done = false;
    void sleep(1_000, controller.signal).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('wakeOn ends the wait early; the sleep then stops listening for wakes, clears its timer and leaves the signal', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const controller = new AbortController();
    let wake: (() => void) | undefined;
    let stops = 0;
    let done = false;
    void sleep(60_000, controller.signal, (w) => {
      wake = w;
      return () => {
        stops++;
      };
    }).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(10);
    expect([done, stops]).toEqual([false, 0]);
    wake!();
    await vi.advanceTimersByTimeAsync(0);
    expect([done, stops, vi.getTimerCount()]).toEqual([true, 1, 0]);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('a wake while it registers ends the wait at once, and stops listening then', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let stops = 0;
    await sleep(60_000, undefined, (wake) => {
      wake();
      return () => {
        stops++;
      };
    });
    expect([stops, vi.getTimerCount()]).toEqual([1, 0]);
  });

  it('the timer ending the wait stops listening for wakes too', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let stops = 0;
    const pending = sleep(50, undefined, () => () => {
      stops++;
    });
    await vi.advanceTimersByTimeAsync(50);
    await pending;
    expect(stops).toBe(1);
  });
});
