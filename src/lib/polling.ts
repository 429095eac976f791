/**
 * `waitForGeneration`: polls a generation until it succeeds (resolves with it), fails or is
 * canceled (BabySeaGenerationFailedError), or the wait times out (BabySeaGenerationTimeoutError).
 */
import { BabySeaError, BabySeaGenerationFailedError, BabySeaGenerationTimeoutError } from '../core/errors.js';
import { integerInRange } from '../core/guards.js';
import { isRetryable, parseRetryAfter, sleep } from '../core/retry.js';
import type { ApiResult, RequestOptions } from '../core/transport.js';
import type { Generation, GenerationResponse } from '../types.js';

export interface WaitOptions {
  /** Give up after this many ms in all (default 10 minutes). */
  timeout?: number;
  /** First wait between polls in ms (default 1 000); it grows ×1.5 per poll up to `maxInterval`. */
  interval?: number;
  /** Longest wait between polls in ms (default 10 000). */
  maxInterval?: number;
  /** Stops the wait at once (BabySeaAbortError). */
  signal?: AbortSignal;
  /** Called with the generation after every poll. */
  onProgress?: (generation: Generation) => void;
  /** Options for each `getGeneration` poll (its own timeout, retries, headers). */
  requestOptions?: Omit<RequestOptions, 'signal'>;
}

export const WAIT_DEFAULTS = { timeout: 600_000, interval: 1_000, maxInterval: 10_000 } as const;
const GROWTH = 1.5;

export async function waitForGeneration(
  poll: (options: RequestOptions) => Promise<ApiResult<GenerationResponse>>,
  generationId: string,
  options: WaitOptions = {},
): Promise<Generation> {
  const timeout = integerInRange('timeout', options.timeout ?? WAIT_DEFAULTS.timeout, 1);
  let interval = integerInRange('interval', options.interval ?? WAIT_DEFAULTS.interval, 0);
  const maxInterval = integerInRange('maxInterval', options.maxInterval ?? WAIT_DEFAULTS.maxInterval, 0);
  const deadline = Date.now() + timeout;
  let lastStatus: string | undefined;

  for (;;) {
    let retryAfterMs: number | undefined;
    try {
      const { data, response, requestId } = await poll({ ...options.requestOptions, signal: options.signal });
      const generation = data.data;
      lastStatus = generation.generation_status;
      options.onProgress?.(generation);
      if (lastStatus === 'succeeded') return generation;
      if (lastStatus === 'failed' || lastStatus === 'canceled') throw new BabySeaGenerationFailedError(generation, requestId);
      const retryAfter = parseRetryAfter(response.headers);
      if (retryAfter !== undefined) retryAfterMs = retryAfter * 1000;
    } catch (error) {
      // A poll that failed for a passing reason (after its own retries) does not end the wait.
      if (!(error instanceof BabySeaError) || !isRetryable(error)) throw error;
      if (error.retryAfter !== undefined) retryAfterMs = error.retryAfter * 1000;
    }
    // Checked after a poll, so the last sleep ends in one final look at the deadline.
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw new BabySeaGenerationTimeoutError(generationId, lastStatus, timeout);
    await sleep(Math.min(Math.max(interval, retryAfterMs ?? 0), remaining), options.signal);
    interval = Math.min(Math.ceil(interval * GROWTH), maxInterval);
  }
}
