/**
 * `waitForGeneration`: polls a generation until it succeeds (resolves with its envelope), fails or
 * is canceled (BabySeaGenerationFailedError), or the wait times out (BabySeaGenerationTimeoutError).
 *
 * When to poll: a `Retry-After` on an answer is followed. Otherwise the adaptive schedule of
 * schedule.ts decides, up to `maxInterval`; a fixed `interval` polls at that pace instead, as the
 * official SDK does.
 */

import type { RequestOptions } from '../client.js';
import { BabySeaError, BabySeaGenerationFailedError, BabySeaGenerationTimeoutError } from '../core/errors.js';
import { mergeHeaderOptions, type OptionName, readOptions } from '../core/options.js';
import type { ApiResult } from '../core/request.js';
import { isRetryable, parseRetryAfter, sleep } from '../core/retry.js';
import type { Generation, GenerationResponse } from '../types.js';
import { ageOf, type DurationMemory, nextGap } from './schedule.js';

export interface WaitOptions {
  /** Give up after this many ms in all (default 10 minutes). */
  timeout?: number;
  /** Poll at this fixed pace in ms instead of the adaptive schedule. */
  interval?: number;
  /** Longest gap between polls of the adaptive schedule, in ms (default 10 000). */
  maxInterval?: number;
  /** Stops the wait at once (BabySeaAbortError). */
  signal?: AbortSignal;
  /** Called with the generation after every poll. */
  onProgress?: (generation: Generation) => void;
  /** Headers for every request of the wait. */
  headers?: HeadersInit;
  /** Options for each `getGeneration` poll (its own timeout, retries, headers). */
  requestOptions?: Omit<RequestOptions, 'signal'>;
}

export const WAIT_OPTIONS = [
  'timeout',
  'interval',
  'maxInterval',
  'signal',
  'onProgress',
  'headers',
  'requestOptions',
] as const satisfies readonly OptionName[];
export const WAIT_DEFAULTS = { timeout: 600_000, maxInterval: 10_000 } as const;
export type Poll = (options: RequestOptions) => Promise<ApiResult<GenerationResponse>>;

/** The options of each request a wait makes: `requestOptions`, with the wait's `headers` and `signal`. */
export function requestOptionsOf(wait: WaitOptions): RequestOptions {
  const request = (wait.requestOptions ?? {}) as RequestOptions;
  return { ...request, headers: mergeHeaderOptions(wait.headers, request.headers), signal: wait.signal };
}

export async function waitForGeneration(
  poll: Poll,
  generationId: string,
  options: WaitOptions | undefined,
  memory: DurationMemory,
): Promise<GenerationResponse> {
  const given = readOptions('', options, WAIT_OPTIONS);
  const timeout = given.timeout ?? WAIT_DEFAULTS.timeout;
  const maxInterval = given.maxInterval ?? WAIT_DEFAULTS.maxInterval;
  const pollOptions = requestOptionsOf(given as WaitOptions);
  const started = Date.now();
  const deadline = started + timeout;
  let lastStatus: Generation['generation_status'];
  let lastGap = 0;
  // The generation's age (on the server's clock, as of client time `at`) and expected end (see schedule.ts).
  let timeline: { age: number; at: number } | undefined;
  let expectedEnd: number | undefined;

  for (;;) {
    let retryAfterMs: number | undefined;
    try {
      const { data, response, requestId } = await poll(pollOptions);
      const generation = data.data;
      lastStatus = generation.generation_status;
      given.onProgress?.(generation);
      if (lastStatus === 'succeeded') {
        // Without metrics or timestamps from the API: it finished somewhere in the last gap.
        memory.record(generation, Date.now() - started - lastGap / 2);
        return data;
      }
      if (lastStatus === 'failed' || lastStatus === 'canceled') throw new BabySeaGenerationFailedError(generation, requestId);
      const age = ageOf(data, generation);
      timeline = age === undefined ? undefined : { age, at: Date.now() };
      expectedEnd = memory.expectedEnd(generation);
      const retryAfter = parseRetryAfter(response.headers);
      if (retryAfter !== undefined) retryAfterMs = retryAfter * 1000;
    } catch (error) {
      // A poll that failed for a passing reason (after its own retries) does not end the wait.
      if (!(error instanceof BabySeaError) || !isRetryable(error)) throw error;
      if (error.retryAfter !== undefined) retryAfterMs = error.retryAfter * 1000;
    }
    const now = Date.now();
    // Checked after a poll, so the last sleep ends in one final look at the deadline.
    const remaining = deadline - now;
    if (remaining <= 0) throw new BabySeaGenerationTimeoutError(generationId, timeout, lastStatus);
    const adaptive = () => nextGap(timeline ? timeline.age + now - timeline.at : now - started, expectedEnd, maxInterval);
    lastGap = Math.min(retryAfterMs ?? given.interval ?? adaptive(), remaining);
    await sleep(lastGap, given.signal);
  }
}
