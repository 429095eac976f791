/**
 * `babysea/batch`: many generations within the account's limits. `batch(client, jobs, options)`
 * submits every job, never past the rate limit or the plan's cap on generations in flight (found
 * by itself), never billing a job twice (each job's idempotency key comes from the batch and job
 * ids), and resumes from its manifest after a crash. Runtime-neutral: in Node, `babysea/node`'s
 * `batch` also takes a manifest file path and a folder to save outputs to.
 */
import type { BabySea } from '../client.js';
import { BabySeaValidationError } from '../core/errors.js';
import { describeValue, plainObject } from '../core/guards.js';
import { OPTION_RULES } from '../core/options.js';
import { checkBatchId } from './jobs.js';
import { type BatchRun, ResultStream } from './run.js';
import { type BatchOptions, runBatch } from './runner.js';

export type { BatchJob } from './jobs.js';
export type { BucketRule, LimitsStore } from './limits-store.js';
export { memoryLimitsStore } from './limits-store.js';
export type { JobState, Manifest, ManifestRecord } from './manifest.js';
export { memoryManifest } from './manifest.js';
export { fetchOutputs } from './outputs.js';
export type { BatchProgress, BatchResult, BatchRun, BatchSummary } from './run.js';
export type { BatchOptions, SaveOutputs } from './runner.js';

const OPTIONS = ['concurrency', 'manifest', 'saveTo', 'onProgress', 'signal', 'store', 'batchId', 'maxAttempts'];

/**
 * Runs `jobs` (`{ id, model, params }`, any iterable or async iterable) and returns at once: iterate
 * it for each job's result as it settles, await it for the summary. Bad jobs or options reject it
 * before anything is sent.
 */
export function batch(client: BabySea, jobs: unknown, options: BatchOptions = {}): BatchRun {
  const stream = new ResultStream();
  let announce!: (batchId: string) => void;
  let fail!: (error: unknown) => void;
  const batchId = new Promise<string>((resolve, reject) => {
    announce = resolve;
    fail = reject;
  });
  const summary = Promise.resolve()
    .then(() => runBatch(client, jobs, checkOptions(options), stream, announce))
    .catch((error: unknown) => {
      stream.end(error);
      fail(error);
      throw error;
    });
  // Whoever only iterates still sees a failure there; an unread promise must not crash the process.
  summary.catch(() => {});
  batchId.catch(() => {});
  return {
    batchId,
    // biome-ignore lint/suspicious/noThenProperty: the run is a promise of its summary.
    then: (onfulfilled, onrejected) => summary.then(onfulfilled, onrejected),
    [Symbol.asyncIterator]: () => stream.read(),
  };
}

function checkOptions(options: BatchOptions): BatchOptions {
  const given = plainObject('options', options) as Record<string, unknown>;
  for (const name of Object.keys(given)) {
    if (!OPTIONS.includes(name)) throw new BabySeaValidationError(name, `unknown option; batch takes ${OPTIONS.join(', ')}.`);
  }
  const { concurrency, manifest, saveTo, onProgress, signal, store, batchId, maxAttempts } = options;
  if (concurrency !== undefined && concurrency !== 'auto' && !(Number.isInteger(concurrency) && concurrency >= 1)) {
    throw new BabySeaValidationError('concurrency', `expected 'auto' or an integer ≥ 1, got ${describeValue(concurrency)}.`);
  }
  if (typeof manifest === 'string' || typeof saveTo === 'string') {
    throw new BabySeaValidationError(
      typeof manifest === 'string' ? 'manifest' : 'saveTo',
      "file paths need Node: import { batch } from 'babysea/node', or pass a Manifest object / a saving function.",
    );
  }
  if (manifest !== undefined && (typeof manifest?.read !== 'function' || typeof manifest.append !== 'function')) {
    throw new BabySeaValidationError('manifest', `expected an object with read() and append(record), got ${describeValue(manifest)}.`);
  }
  if (saveTo !== undefined && typeof saveTo !== 'function')
    throw new BabySeaValidationError('saveTo', `expected a function (generation, job) => Promise<string[]>, got ${describeValue(saveTo)}.`);
  if (onProgress !== undefined) OPTION_RULES.onProgress('onProgress', onProgress);
  if (signal !== undefined) OPTION_RULES.signal('signal', signal);
  if (store !== undefined && (typeof store !== 'object' || store === null || typeof store.takeToken !== 'function')) {
    throw new BabySeaValidationError(
      'store',
      `expected a LimitsStore (memoryLimitsStore(), or createRedisStore() from babysea/redis), got ${describeValue(store)}.`,
    );
  }
  if (batchId !== undefined) checkBatchId(batchId);
  if (maxAttempts !== undefined && !(Number.isInteger(maxAttempts) && maxAttempts >= 1)) {
    throw new BabySeaValidationError('maxAttempts', `expected an integer ≥ 1, got ${describeValue(maxAttempts)}.`);
  }
  return options;
}
