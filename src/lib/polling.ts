/**
 * `waitForGeneration`: polls a generation until it succeeds (resolves with its envelope), fails or
 * is canceled (BabySeaGenerationFailedError), or the wait times out (BabySeaGenerationTimeoutError).
 *
 * When to poll: a `Retry-After` on an answer is followed. Otherwise the adaptive schedule of
 * schedule.ts decides, up to `maxInterval`; a fixed `interval` polls at that pace instead, as the
 * official SDK does.
 */
import type { ApiResult } from '../core/answer.js';
import { BabySeaAbortError, BabySeaError, BabySeaGenerationFailedError, BabySeaGenerationTimeoutError } from '../core/errors.js';
import { headerRecord } from '../core/headers.js';
import { type ReadOptions, type RequestOptions, readOptions, WAIT_DEFAULTS, WAIT_OPTIONS } from '../core/options.js';
import { isRetryable, parseRetryAfter, sleep } from '../core/retry.js';
import type { Generation, GenerationResponse } from '../types.js';
import type { GenerationDeliveries } from './deliveries.js';
import { ageOf, type DurationMemory, nextGap, pollBudget } from './schedule.js';

/** While webhook deliveries reach the client, a wait polls only this often, in case one is lost. */
export const DELIVERY_FALLBACK_MS = 30_000;

/** What a wait reads: the generation itself, and a page of recent generations to learn how long its kind takes. */
export interface WaitSource {
  poll(options: RequestOptions): Promise<ApiResult<GenerationResponse>>;
  recent(options: RequestOptions): Promise<readonly Generation[]>;
  memory: DurationMemory;
  deliveries: GenerationDeliveries;
}
type WaitValues = ReadOptions<(typeof WAIT_OPTIONS)[number]>;

/** The options of each request a wait makes: `requestOptions`, with the wait's `headers` (the poll's win) and `signal`. */
export function pollRequestOptions(wait: WaitValues): RequestOptions {
  const { headers, ...request } = wait.requestOptions ?? {};
  return { ...request, headers: { ...headerRecord(wait.headers ?? []), ...headerRecord(headers ?? []) }, signal: wait.signal };
}

export async function waitForGeneration(source: WaitSource, generationId: string, options: unknown): Promise<GenerationResponse> {
  const { memory, deliveries } = source;
  const given = readOptions('', options, WAIT_OPTIONS);
  const timeout = given.timeout ?? WAIT_DEFAULTS.timeout;
  const maxInterval = given.maxInterval ?? WAIT_DEFAULTS.maxInterval;
  const pollOptions = pollRequestOptions(given);
  const started = Date.now();
  const deadline = started + timeout;
  let lastStatus: Generation['generation_status'];
  let lastGap = 0;
  let polls = 0;
  // The generation's age (on the server's clock, as of client time `at`) and when generations like it ended (see schedule.ts).
  let timeline: { age: number; at: number } | undefined;
  let ends: number[] | undefined;
  // Deliveries wake a sleeping wait the moment the generation ends, once: a poll after the wake that
  // still shows it running (a replica behind the webhook) goes back to the schedule, never into a loop.
  let woken = false;
  const wakeOn = (wake: () => void) =>
    woken
      ? () => {}
      : deliveries.onEnd(generationId, () => {
          woken = true;
          wake();
        });
  // With deliveries, the first look waits for the end (or the fallback): no poll is needed before it.
  if (deliveries.expecting) await sleep(Math.min(DELIVERY_FALLBACK_MS, timeout), given.signal, wakeOn);

  for (;;) {
    let retryAfterMs: number | undefined;
    try {
      polls++;
      const { data, response, requestId } = await source.poll(pollOptions);
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
      // A first wait for this kind of generation reads one page of recent ones to learn how long it takes.
      // It is not a poll: the polls a fixed 2 s pace would spend all go to the generation itself.
      if (given.interval === undefined && !deliveries.expecting && memory.shouldLookUp(generation)) {
        try {
          memory.learn(await source.recent(pollOptions));
        } catch (error) {
          // Learning is a bonus: only an abort ends the wait here.
          if (error instanceof BabySeaAbortError) throw error;
        }
      }
      ends = memory.expectedEnds(generation);
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
    const adaptive = () =>
      deliveries.expecting && !woken
        ? DELIVERY_FALLBACK_MS
        : nextGap(timeline ? timeline.age + now - timeline.at : now - started, ends, ends ? pollBudget(ends) - polls : 0, maxInterval);
    lastGap = Math.min(retryAfterMs ?? given.interval ?? adaptive(), remaining);
    await sleep(lastGap, given.signal, wakeOn);
  }
}
