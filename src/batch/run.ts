/**
 * What a batch hands back: an async iterable of settled results, in the order jobs end, that is
 * also a promise of the summary. Results are kept, so every iteration sees every result from the
 * first, whenever it starts.
 */
import type { BabySeaError } from '../core/errors.js';
import type { Generation } from '../types.js';

export interface BatchResult {
  /** The job's own id. */
  id: string;
  /** The generation as it ended (succeeded, failed or canceled); absent when it was never created. */
  generation?: Generation;
  /** Why the job did not succeed: the API's typed error, `BabySeaGenerationFailedError`, or `BabySeaAbortError` when the batch was aborted. */
  error?: BabySeaError;
  /** Where its outputs were saved (`saveTo`). */
  files?: string[];
  /** It ended in an earlier run of the same batch (read from the manifest): never submitted again; read again only to save outputs an earlier run did not. */
  resumed?: boolean;
}

export interface BatchSummary {
  batchId: string;
  /** Jobs that succeeded, in this run or (`resumed`) an earlier one. */
  succeeded: number;
  failed: { id: string; error: BabySeaError }[];
  /** Jobs whose generation the batch canceled when aborted, and jobs never submitted because of it. */
  canceled: string[];
  notStarted: string[];
  /** What the succeeded generations of this run cost, as `estimate` prices them; undefined if the key cannot read prices. */
  creditsSpent: number | undefined;
  /** Requests this run sent, and how many the API answered 429. */
  requests: number;
  rateLimited: number;
  elapsedMs: number;
}

export interface BatchProgress {
  total: number;
  succeeded: number;
  failed: number;
  canceled: number;
  inFlight: number;
  queued: number;
  creditsSpent: number | undefined;
  /** The cap on generations in flight the batch works with (learned, with `concurrency: 'auto'`). */
  cap: number;
  elapsedMs: number;
  /** Time left at the pace so far; undefined until a job has ended. */
  etaMs: number | undefined;
}

export interface BatchRun extends AsyncIterable<BatchResult>, PromiseLike<BatchSummary> {
  readonly batchId: Promise<string>;
}

/** The results as they settle, for any number of readers, and the summary at the end. */
export class ResultStream {
  readonly #results: BatchResult[] = [];
  #wake: (() => void)[] = [];
  #done = false;
  #failure: unknown;

  push(result: BatchResult): void {
    this.#results.push(result);
    this.#notify();
  }

  end(failure?: unknown): void {
    this.#done = true;
    this.#failure = failure;
    this.#notify();
  }

  #notify(): void {
    const wake = this.#wake;
    this.#wake = [];
    for (const resolve of wake) resolve();
  }

  async *read(): AsyncGenerator<BatchResult, void, undefined> {
    for (let next = 0; ; next++) {
      while (next >= this.#results.length) {
        if (this.#done) {
          if (this.#failure !== undefined) throw this.#failure;
          return;
        }
        await new Promise<void>((resolve) => this.#wake.push(resolve));
      }
      yield this.#results[next]!;
    }
  }
}
