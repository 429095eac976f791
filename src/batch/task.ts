/**
 * One job as the runner carries it: its slot's holder name, its submissions, its generation once
 * created, and when to look at that generation next (where generations of its kind usually end).
 */
import { nextGap } from '../lib/schedule.js';
import type { BatchJob } from './jobs.js';

export interface Task {
  job: BatchJob;
  /** The slot's holder name (held from submission until the generation ends). */
  holder: string;
  /** Submissions tried (a failure for a passing reason is tried again, with the same key). */
  tries: number;
  /** Runs of this batch that canceled the job when aborted: its key must differ from theirs. */
  aborted: number;
  notBefore: number;
  generationId?: string;
  submittedAt: number;
  /** The generation's age on the server's clock (as of client time `at`), once seen. */
  timeline?: { age: number; at: number };
  ends?: number[];
  looks: number;
  nextLook: number;
  /** When, by what its kind took before, it will surely have ended (client time). */
  surelyEnded: number;
  looking: boolean;
}

/** While deliveries reach the client, generations in flight are looked at only this often. */
const FALLBACK_LOOK_MS = 30_000;
/** Looks a generation gets in the window where its kind usually ends. */
const LOOKS_IN_WINDOW = 4;
/** The longest gap between looks at one generation. */
const MAX_LOOK_GAP_MS = 10_000;

export function newTask(job: BatchJob, batchId: string, aborted: number): Task {
  return {
    job,
    holder: `${batchId}:${job.id}`,
    tries: 0,
    aborted,
    notBefore: 0,
    submittedAt: 0,
    looks: 0,
    nextLook: 0,
    surelyEnded: 0,
    looking: false,
  };
}

/** When to look at a generation next: where its kind usually ends; while deliveries are expected, only as a fallback. */
export function planLook(task: Task, expectingDeliveries: boolean): void {
  const now = Date.now();
  const age = task.timeline ? task.timeline.age + now - task.timeline.at : now - task.submittedAt;
  const gap = expectingDeliveries
    ? FALLBACK_LOOK_MS
    : nextGap(age, task.ends, task.ends ? Math.max(1, LOOKS_IN_WINDOW - task.looks) : 0, MAX_LOOK_GAP_MS);
  task.nextLook = now + Math.ceil(gap);
  const latest = task.ends?.at(-1);
  task.surelyEnded = latest === undefined || latest < age ? task.nextLook : now + Math.ceil(latest - age) + 100;
}
