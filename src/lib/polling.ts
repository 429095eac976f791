/**
 * `waitForGeneration`: polls a generation until it succeeds (resolves with its envelope), fails or
 * is canceled (BabySeaGenerationFailedError), or the wait times out (BabySeaGenerationTimeoutError).
 *
 * When to poll: a `Retry-After` on an answer is followed. Otherwise, once the client has watched a
 * model's generations finish, it sleeps until just before the next one is due and then polls every
 * half second; before that, the gap grows with the time already waited (a fifth of it, from half a
 * second up to `maxInterval`). A fixed `interval` polls at that pace instead, as the official SDK does.
 */

import type { RequestOptions } from '../client.js';
import { BabySeaError, BabySeaGenerationFailedError, BabySeaGenerationTimeoutError } from '../core/errors.js';
import { mergeHeaderOptions, type OptionName, readOptions } from '../core/options.js';
import type { ApiResult } from '../core/request.js';
import { isRetryable, parseRetryAfter, sleep } from '../core/retry.js';
import type { Generation, GenerationResponse } from '../types.js';

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
/** The pace near the expected end of a generation, and the shortest gap of the adaptive schedule. */
const CLOSE_GAP = 500;
/** Before anything is known of a model, the gap is this share of the time waited so far. */
const GROWTH = 0.2;
/** Sleep through this share of a model's known duration before polling closely. */
const EARLY = 0.9;

/** How long each model's generations took, as this client saw them (client clock, so it holds for scaled sandboxes too). */
export class DurationMemory {
  readonly #durations = new Map<string, number>();

  expected(model: string | undefined): number | undefined {
    return model === undefined ? undefined : this.#durations.get(model);
  }

  /** Remembers a finished generation's duration, averaged with what was known (the last counts half). */
  record(model: string | undefined, ms: number): void {
    if (model === undefined) return;
    const known = this.#durations.get(model);
    // Bounded: a long-running process watching many models forgets the oldest.
    if (known === undefined && this.#durations.size >= 256) this.#durations.delete(this.#durations.keys().next().value!);
    this.#durations.set(model, known === undefined ? ms : (known + ms) / 2);
  }
}

export type Poll = (options: RequestOptions) => Promise<ApiResult<GenerationResponse>>;

export async function waitForGeneration(
  poll: Poll,
  generationId: string,
  options: WaitOptions | undefined,
  memory: DurationMemory,
): Promise<GenerationResponse> {
  const given = readOptions('', options, WAIT_OPTIONS);
  const timeout = given.timeout ?? WAIT_DEFAULTS.timeout;
  const maxInterval = given.maxInterval ?? WAIT_DEFAULTS.maxInterval;
  const request = (given.requestOptions ?? {}) as RequestOptions;
  const pollOptions: RequestOptions = { ...request, headers: mergeHeaderOptions(options?.headers, request.headers), signal: given.signal };
  const started = Date.now();
  const deadline = started + timeout;
  let lastStatus: Generation['generation_status'];
  let model: string | undefined;
  let lastGap = 0;

  for (;;) {
    let retryAfterMs: number | undefined;
    try {
      const { data, response, requestId } = await poll(pollOptions);
      const generation = data.data;
      lastStatus = generation.generation_status;
      model = generation.model_identifier ?? model;
      given.onProgress?.(generation);
      if (lastStatus === 'succeeded') {
        // It finished somewhere in the last gap: remember the middle of it.
        memory.record(model, Date.now() - started - lastGap / 2);
        return data;
      }
      if (lastStatus === 'failed' || lastStatus === 'canceled') throw new BabySeaGenerationFailedError(generation, requestId);
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
    lastGap = Math.min(retryAfterMs ?? given.interval ?? nextGap(now - started, memory.expected(model), maxInterval), remaining);
    await sleep(lastGap, given.signal);
  }
}

/** The adaptive gap after `waited` ms, for a model expected to take `expected` ms (if known). */
export function nextGap(waited: number, expected: number | undefined, maxInterval: number): number {
  let gap: number;
  if (expected !== undefined && waited < expected * EARLY) gap = Math.max(CLOSE_GAP, expected * EARLY - waited);
  else if (expected !== undefined && waited < expected * 1.5) gap = CLOSE_GAP;
  else gap = Math.max(CLOSE_GAP, waited * GROWTH);
  return Math.min(gap, maxInterval);
}
