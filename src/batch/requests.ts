/**
 * Every request a batch sends, through the account's limits: it first takes a token (an abort stops
 * the wait), is counted, and what its answer says of the limits is kept; a 429 for the rate pauses
 * every runner of the store. What succeeded generations cost is asked once per kind of job.
 */
import type { ErrorCode } from '../../generated/constraints.js';
import type { BabySea } from '../client.js';
import type { BabySeaError, RateLimitInfo } from '../core/errors.js';
import type { RequestOptions } from '../core/options.js';
import type { BatchJob } from './jobs.js';
import type { AccountLimits } from './limits.js';

/** The API's answer when the plan's cap on generations in flight is reached (a code the spec lists). */
export const CAP_REACHED: ErrorCode = 'BSE1009';

export class BatchRequests {
  /** Requests sent, and how many the API answered 429. */
  sent = 0;
  rateLimited = 0;
  readonly #limits: AccountLimits;
  readonly #signal: AbortSignal | undefined;
  readonly #prices = new Map<string, Promise<number | undefined>>();

  constructor(limits: AccountLimits, signal: AbortSignal | undefined) {
    this.#limits = limits;
    this.#signal = signal;
  }

  /** `abortable: false` lets a request finish once sent: a submission cut short could leave a generation nobody knows of. */
  async send<T>(send: (options: RequestOptions) => Promise<T>, abortable: boolean): Promise<T> {
    const signal = this.#signal;
    await this.#limits.takeToken(signal?.aborted ? undefined : signal);
    this.sent++;
    try {
      const result = await send(abortable && signal ? { maxRetries: 0, signal } : { maxRetries: 0 });
      await this.#limits.observe(rateLimitOf((result as { response?: Response }).response?.headers));
      return result;
    } catch (error) {
      const failure = error as BabySeaError;
      await this.#limits.observe(failure.rateLimit);
      if (failure.status === 429) {
        this.rateLimited++;
        // A cap on generations in flight is not a rate: only the rate limits pause everyone.
        if (failure.code !== CAP_REACHED) await this.#limits.pause(failure.retryAfter ?? 1);
      }
      throw error;
    }
  }

  /** What one generation of this job costs, as `estimate` prices it; undefined if the key cannot read prices. */
  priceOf(client: BabySea, job: BatchJob): Promise<number | undefined> {
    const p = job.params as Record<string, unknown>;
    const query = {
      count: (p.generation_output_number as number | undefined) ?? 1,
      ...(p.generation_duration === undefined ? {} : { duration: p.generation_duration as number }),
      ...(p.generation_resolution === undefined ? {} : { resolution: p.generation_resolution as string }),
      ...(p.generation_generate_audio === undefined ? {} : { audio: p.generation_generate_audio as boolean }),
    };
    const key = `${job.model} ${JSON.stringify(query)}`;
    let price = this.#prices.get(key);
    if (!price) {
      price = this.send((o) => client.estimate(job.model, query, o), false).then(
        (res) => res.data.cost_total_consumed,
        () => undefined,
      );
      this.#prices.set(key, price);
    }
    return price;
  }
}

function rateLimitOf(headers: Headers | undefined): RateLimitInfo | undefined {
  const limit = headers?.get('x-ratelimit-limit');
  if (!headers || limit == null) return undefined;
  const values = [Number(limit), Number(headers.get('x-ratelimit-remaining')), Number(headers.get('x-ratelimit-reset'))];
  return values.every(Number.isFinite) ? { limit: values[0]!, remaining: values[1]!, reset: values[2]! } : undefined;
}
