/**
 * A succeeded generation's output files, fetched as `Response`s (their bodies unread), for runtimes
 * without a file system: stream them where they belong before the URLs expire. `babysea/node`'s
 * `saveOutputs` writes them to disk.
 */
import { BabySeaError } from '../core/errors.js';
import { backoffDelayMs, sleep } from '../core/retry.js';
import type { Generation } from '../types.js';

export interface FetchOutputsOptions {
  /** The fetch to use (default: the global one). */
  fetch?: typeof fetch;
  /** Attempts per file when a download fails for a passing reason (default 3). */
  attempts?: number;
  signal?: AbortSignal;
}

/** One `Response` per output URL of the generation, each fetched with retries; a file that cannot be had is a `BabySeaError` naming it. */
export async function fetchOutputs(generation: Generation, options: FetchOutputsOptions = {}): Promise<Response[]> {
  const urls = (generation.generation_output_file as string[] | null | undefined) ?? [];
  return Promise.all(urls.map((url) => fetchOutput(url, options)));
}

export async function fetchOutput(url: string, { fetch: fetchImpl, attempts = 3, signal }: FetchOutputsOptions = {}): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    let problem: string;
    try {
      const response = await (fetchImpl ?? globalThis.fetch).call(undefined, url, signal ? { signal } : {});
      if (response.ok && response.body) return response;
      await response.body?.cancel();
      problem = `HTTP ${response.status}`;
      if (response.status < 500 && response.status !== 408 && response.status !== 429) attempt = attempts;
    } catch (error) {
      if (signal?.aborted) throw error;
      problem = error instanceof Error ? error.message : String(error);
    }
    if (attempt >= attempts) {
      throw new BabySeaError(
        `Could not download the output ${url} (${problem}) after ${attempt} attempt(s): the URL may have expired; getGeneration gives fresh ones while the generation exists.`,
        {
          type: 'download_error',
          attempts: attempt,
        },
      );
    }
    await sleep(backoffDelayMs(attempt - 1), signal);
  }
}
