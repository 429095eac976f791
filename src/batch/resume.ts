/**
 * What a rerun does with each job, from what the manifest says of it: ended jobs are reported and
 * not sent again, submitted ones are waited for, never submitted again, succeeded ones whose outputs
 * an earlier run did not save are saved now, and the rest are queued.
 */
import { BabySeaError } from '../core/errors.js';
import type { BatchJob } from './jobs.js';
import { ABORTED, type JobState } from './manifest.js';
import { newTask, type Task } from './task.js';

export interface ResumePlan {
  queue: Task[];
  /** Submitted by an earlier run and not seen ending (`generationId` set). */
  waiting: Task[];
  /** Succeeded in an earlier run that stopped before its outputs were saved. */
  unsaved: { task: Task; generationId: string }[];
  /** Ended in an earlier run: reported as resumed. */
  ended: { id: string; files?: string[]; error?: BabySeaError }[];
}

export function planResume(jobs: readonly BatchJob[], states: ReadonlyMap<string, JobState>, batchId: string, saving: boolean): ResumePlan {
  const plan: ResumePlan = { queue: [], waiting: [], unsaved: [], ended: [] };
  for (const job of jobs) {
    const state: JobState = states.get(job.id) ?? { aborted: 0 };
    const task = newTask(job, batchId, state.aborted);
    if (state.ended?.status === 'succeeded' && saving && !state.files && state.ended.generation_id) {
      plan.unsaved.push({ task, generationId: state.ended.generation_id });
    } else if (state.ended && state.ended.error?.code !== ABORTED) {
      const error = state.ended.status === 'succeeded' ? undefined : resumedError(state);
      plan.ended.push({ id: job.id, ...(state.files ? { files: state.files } : {}), ...(error ? { error } : {}) });
    } else if (state.generationId && !state.ended) {
      task.generationId = state.generationId;
      plan.waiting.push(task);
    } else plan.queue.push(task);
  }
  return plan;
}

/** A job that did not succeed in an earlier run, as its manifest record tells it. */
function resumedError(state: JobState): BabySeaError {
  const ended = state.ended!;
  return new BabySeaError(`Ended ${ended.status} in an earlier run of the batch: ${ended.error?.message ?? ended.status}.`, {
    code: ended.error?.code ?? ended.status,
    type: 'resumed',
  });
}
