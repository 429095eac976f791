/** When to retry, and how long to wait first. */
import type { ErrorCode } from '../../generated/constraints.js';
import { BabySeaAbortError, type BabySeaError } from './errors.js';

/** A `Retry-After` longer than this fails at once instead of sleeping for minutes. */
export const MAX_RETRY_AFTER_SECONDS = 60;
// Idempotency conflicts: retrying with the same key can only conflict again.
const NEVER_RETRY_CODES = new Set<string>(['BSE2015', 'BSE2016'] satisfies ErrorCode[]);

/** Seconds to wait from `retry-after-ms`, else `Retry-After` (seconds or HTTP date); undefined if absent or unreadable. */
export function parseRetryAfter(headers: Headers, now = Date.now()): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '') {
    const value = Number(ms);
    if (Number.isFinite(value) && value >= 0) return value / 1000;
  }
  const header = headers.get('retry-after');
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds : undefined;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000);
}

/**
 * An error is retried when the body says `retryable: true`, or, when the body is silent, on
 * 408, 409, 429, ≥ 500, timeouts and connection errors. Never on idempotency conflicts or when
 * the body says `retryable: false`.
 */
export function isRetryable(error: BabySeaError): boolean {
  if (error.code !== undefined && NEVER_RETRY_CODES.has(error.code)) return false;
  return error.retryable;
}

/** min(0.5 s · 2^n, 8 s), less up to 25 % jitter so that many clients do not retry in step. */
export function backoffDelayMs(retriesDone: number, random: () => number = Math.random): number {
  const seconds = Math.min(0.5 * 2 ** retriesDone, 8);
  return Math.round(seconds * (1 - random() * 0.25) * 1000);
}

/**
 * Waits `ms`, or rejects with BabySeaAbortError the moment `signal` aborts. `wakeOn` may end the wait
 * early: it gets the function that does so, and returns one that stops listening. Leaves no timer
 * or listener behind.
 */
export function sleep(ms: number, signal?: AbortSignal, wakeOn?: (wake: () => void) => () => void): Promise<void> {
  if (signal?.aborted) return Promise.reject(new BabySeaAbortError(signal.reason));
  return new Promise((resolve, reject) => {
    let stopListening = () => {};
    const end = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      stopListening();
    };
    const onAbort = () => {
      end();
      reject(new BabySeaAbortError(signal!.reason));
    };
    const timer = setTimeout(() => {
      end();
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
    if (wakeOn) {
      let woken = false;
      const stop = wakeOn(() => {
        woken = true;
        end();
        resolve();
      });
      if (woken) stop();
      else stopListening = stop;
    }
  });
}
