/**
 * The batch's journal: one record per state change of a job (submitted with its generation id,
 * ended, outputs saved), appended as it happens, so a rerun after a crash or Ctrl-C picks up where
 * the last run stopped: ended jobs are skipped, submitted ones are waited for, never submitted again.
 * `babysea/node` keeps it as a JSON Lines file; anything with `read` and `append` will do.
 */
import { BabySeaValidationError } from '../core/errors.js';
import type { GenerationStatus } from '../types.js';

export type ManifestRecord =
  | { type: 'batch'; batch_id: string; created_at: string }
  | { type: 'submitted'; job_id: string; generation_id: string; at: string }
  | {
      type: 'ended';
      job_id: string;
      generation_id?: string;
      status: GenerationStatus | 'error';
      error?: { code: string; message: string };
      at: string;
    }
  | { type: 'saved'; job_id: string; files: string[]; at: string };

export interface Manifest {
  /** Every record so far, oldest first (empty for a new batch). */
  read(): Promise<ManifestRecord[]>;
  append(record: ManifestRecord): Promise<void>;
}

/** What the records say of one job. */
export interface JobState {
  generationId?: string;
  ended?: Extract<ManifestRecord, { type: 'ended' }>;
  files?: string[];
  /** Runs that canceled the job when aborted: a resubmission needs a key none of them used. */
  aborted: number;
}

/** The error code of a job the batch canceled because it was aborted: a rerun submits it again. */
export const ABORTED = 'aborted';

/** A manifest kept in memory (tests, or a caller that stores the records itself). */
export function memoryManifest(records: ManifestRecord[] = []): Manifest & { records: ManifestRecord[] } {
  return {
    records,
    read: async () => [...records],
    append: async (record) => {
      records.push(record);
    },
  };
}

/**
 * Replays the records: the batch they belong to and each job's state. A manifest of another batch
 * is an error (its idempotency keys would not match), before anything is sent.
 */
export function replay(
  records: readonly ManifestRecord[],
  batchId: string | undefined,
): { batchId: string | undefined; jobs: Map<string, JobState> } {
  const jobs = new Map<string, JobState>();
  let found: string | undefined;
  for (const record of records) {
    if (record.type === 'batch') {
      found ??= record.batch_id;
      continue;
    }
    const state = jobs.get(record.job_id) ?? { aborted: 0 };
    jobs.set(record.job_id, state);
    if (record.type === 'submitted') {
      // A resubmission (after an aborted run) starts the job over.
      state.generationId = record.generation_id;
      delete state.ended;
    } else if (record.type === 'ended') {
      state.ended = record;
      if (record.error?.code === ABORTED) state.aborted++;
    } else if (record.type === 'saved') state.files = record.files;
  }
  if (records.length > 0 && found === undefined) {
    throw new BabySeaValidationError(
      'manifest',
      'it has records but no batch record first: it is not a batch manifest (or it was cut); pass a new path.',
    );
  }
  if (batchId !== undefined && found !== undefined && found !== batchId) {
    throw new BabySeaValidationError(
      'manifest',
      `it belongs to batch "${found}", not "${batchId}": rerun with batchId "${found}" (or without batchId), or pass a new manifest path.`,
    );
  }
  return { batchId: found, jobs };
}
