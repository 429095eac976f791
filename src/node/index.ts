/**
 * `babysea/node`: the Node helpers. `batch` takes a manifest file path and a folder to save
 * outputs to (checked before anything is sent); `saveOutputs` writes a generation's output files;
 * `fileManifest` is the JSON Lines journal a batch resumes from.
 */
import { batch as runBatch } from '../batch/index.js';
import type { BatchJob } from '../batch/jobs.js';
import type { Manifest } from '../batch/manifest.js';
import type { BatchRun } from '../batch/run.js';
import type { BatchOptions, SaveOutputs } from '../batch/runner.js';
import type { BabySea } from '../client.js';
import { checkWritableFile, checkWritableFolder, fileManifest, saveOutputsTo } from './files.js';

export type { FetchOutputsOptions } from '../batch/outputs.js';
export { fileManifest, type SaveOutputsOptions, safeName, saveOutputs, saveOutputsTo } from './files.js';

export interface NodeBatchOptions extends Omit<BatchOptions, 'manifest' | 'saveTo'> {
  /** The manifest: a JSON Lines file path (made if missing; a rerun resumes from it), or a Manifest. */
  manifest?: string | Manifest;
  /** A folder to save each succeeded job's outputs to, named after the job (made if missing), or a saving function. */
  saveTo?: string | SaveOutputs;
}

/** `babysea/batch`'s runner, taking a manifest file path and an output folder. */
export function batch(client: BabySea, jobs: Iterable<BatchJob> | AsyncIterable<BatchJob>, options: NodeBatchOptions = {}): BatchRun {
  const { manifest, saveTo, ...rest } = options ?? {};
  // The paths are checked before the batch starts, so a typo in one costs nothing. (The run is
  // wrapped in an object: a promise would unwrap it, as it is itself a promise of the summary.)
  const prepared = (async () => {
    if (typeof manifest === 'string') await checkWritableFile('manifest', manifest);
    if (typeof saveTo === 'string') await checkWritableFolder('saveTo', saveTo);
    const files = {
      ...(manifest === undefined ? {} : { manifest: typeof manifest === 'string' ? fileManifest(manifest) : manifest }),
      ...(saveTo === undefined ? {} : { saveTo: typeof saveTo === 'string' ? saveOutputsTo(saveTo) : saveTo }),
    };
    return { run: runBatch(client, jobs, { ...rest, ...files }) };
  })();
  prepared.catch(() => {});
  const batchId = prepared.then(({ run }) => run.batchId);
  batchId.catch(() => {});
  return {
    batchId,
    // biome-ignore lint/suspicious/noThenProperty: the run is a promise of its summary.
    then: (onfulfilled, onrejected) => prepared.then(({ run }) => run).then(onfulfilled, onrejected),
    async *[Symbol.asyncIterator]() {
      yield* (await prepared).run;
    },
  };
}
