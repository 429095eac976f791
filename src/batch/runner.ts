/**
 * The batch runner's loop. Every request (submission, look, cancel, price) first takes a token of
 * the account's budget (limits.ts); a submission first holds a slot, kept until its generation
 * ends. A submission starts whenever a slot is free; a look starts when generations in flight are
 * due: one page of the list when several are in flight (it sees them all), one `getGeneration` when
 * one is. Generations are due when generations of their kind usually end (the client's memory of
 * durations), or the moment a webhook delivery says they ended.
 */
import type { ErrorCode } from '../../generated/constraints.js';
import type { BabySea } from '../client.js';
import { BabySeaAbortError, BabySeaError, BabySeaGenerationFailedError, BabySeaValidationError } from '../core/errors.js';
import type { RequestOptions } from '../core/options.js';
import { backoffDelayMs, sleep } from '../core/retry.js';
import { ageOf, clientMemory, nextGap } from '../lib/schedule.js';
import type { Generation } from '../types.js';
import { type BatchJob, idempotencyKeyOf, newBatchId, readJobs } from './jobs.js';
import { AccountLimits } from './limits.js';
import { type LimitsStore, memoryLimitsStore } from './limits-store.js';
import { ABORTED, type JobState, type Manifest, type ManifestRecord, replay } from './manifest.js';
import type { BatchProgress, BatchResult, BatchSummary, ResultStream } from './run.js';

/** Saves a succeeded generation's outputs and says where (`babysea/node`'s `saveOutputsTo(dir)` writes files). */
export type SaveOutputs = (generation: Generation, job: BatchJob) => Promise<string[]>;

export interface BatchOptions {
  /** Generations in flight at most: `'auto'` (default) finds the plan's cap; a number is an upper bound. */
  concurrency?: 'auto' | number;
  /** The journal that lets a rerun resume (`babysea/node` takes a JSON Lines file path). */
  manifest?: Manifest;
  /** Saves each succeeded generation's outputs as it ends, before the output URLs expire (`babysea/node` takes a folder). */
  saveTo?: SaveOutputs;
  /** Called after every change: counts, credits, the cap in use, time left. */
  onProgress?: (progress: BatchProgress) => void;
  /** Aborting stops submitting and cancels what is in flight (`cancelGeneration`); the summary lists both. */
  signal?: AbortSignal;
  /** Where the account's limits are shared (default: this process); `babysea/redis` shares them between processes. */
  store?: LimitsStore;
  /** Names the batch in idempotency keys and the manifest; a rerun reads it from the manifest. */
  batchId?: string;
  /** Attempts of a submission that fails for a passing reason (5xx, network, a key still in flight) before its job fails (default 5). */
  maxAttempts?: number;
}

interface Task {
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

/** The codes the loop acts on (the spec's: a code it does not list fails the type check). */
const CAP_REACHED: ErrorCode = 'BSE1009';
const KEY_REUSED: ErrorCode = 'BSE2015';
const KEY_IN_FLIGHT: ErrorCode = 'BSE2016';

/** From this many generations in flight, one page of the list looks at them all. */
const LIST_FROM = 2;
/** While deliveries reach the client, generations in flight are looked at only this often. */
const FALLBACK_LOOK_MS = 30_000;
/** While requests are scarce, a look waits until every generation in flight is due, or one has been due this long. */
const PATIENCE_MS = 5_000;

/** Runs the batch; its results go to `stream` as they settle, and a failure of the batch itself ends the stream too. */
export async function runBatch(
  client: BabySea,
  jobsInput: unknown,
  options: BatchOptions,
  stream: ResultStream,
  announce: (batchId: string) => void,
): Promise<BatchSummary> {
  try {
    const summary = await run(client, jobsInput, options, stream, announce);
    stream.end();
    return summary;
  } catch (error) {
    stream.end(error);
    throw error;
  }
}

async function run(
  client: BabySea,
  jobsInput: unknown,
  options: BatchOptions,
  stream: ResultStream,
  announce: (batchId: string) => void,
): Promise<BatchSummary> {
  const started = Date.now();
  const { signal, onProgress, saveTo, manifest } = options;
  const maxAttempts = options.maxAttempts ?? 5;
  // Everything is read and checked before anything is sent.
  const jobs = await readJobs(jobsInput as Iterable<BatchJob>);
  const records = manifest ? await manifest.read() : [];
  const replayed = replay(records, options.batchId);
  const batchId = options.batchId ?? replayed.batchId ?? (await newBatchId());
  announce(batchId);
  const write = async (record: ManifestRecord) => manifest?.append(record);
  if (manifest && replayed.batchId === undefined) await write({ type: 'batch', batch_id: batchId, created_at: new Date().toISOString() });

  const limits = new AccountLimits(options.store ?? memoryLimitsStore(), options.concurrency ?? 'auto');
  await limits.start();
  const memory = clientMemory(client);
  const deliveries = client.deliveries;
  const summary: BatchSummary = {
    batchId,
    succeeded: 0,
    failed: [],
    canceled: [],
    notStarted: [],
    creditsSpent: 0,
    requests: 0,
    rateLimited: 0,
    elapsedMs: 0,
  };
  const queue: Task[] = [];
  const inFlight = new Map<string, Task>();
  const stopListening = new Map<string, () => void>();
  let submitting = 0;
  let working = 0;
  let looking = false;
  let endedThisRun = 0;
  let changed = false;
  let wake: (() => void) | undefined;
  const poke = () => {
    changed = true;
    wake?.();
  };

  const progress = () => {
    if (!onProgress) return;
    const elapsedMs = Date.now() - started;
    try {
      onProgress({
        total: jobs.length,
        succeeded: summary.succeeded,
        failed: summary.failed.length,
        canceled: summary.canceled.length,
        inFlight: inFlight.size,
        queued: queue.length,
        creditsSpent: summary.creditsSpent,
        cap: limits.cap,
        elapsedMs,
        etaMs: endedThisRun === 0 ? undefined : Math.round((elapsedMs / endedThisRun) * (queue.length + inFlight.size)),
      });
    } catch {
      // A progress callback that throws must not stop the batch.
    }
  };

  /**
   * One request of the batch: it waits for a token (an abort stops the wait), is counted, and what
   * its answer says of the limits is kept. `abortable: false` lets it finish once sent: a
   * submission cut short could leave a generation nobody knows of.
   */
  async function request<T>(send: (options: RequestOptions) => Promise<T>, abortable: boolean): Promise<T> {
    await limits.takeToken(signal?.aborted ? undefined : signal);
    summary.requests++;
    try {
      const result = await send(abortable && signal ? { maxRetries: 0, signal } : { maxRetries: 0 });
      await limits.observe(rateLimitOf((result as { response?: Response }).response?.headers));
      return result;
    } catch (error) {
      const failure = error as BabySeaError;
      await limits.observe(failure.rateLimit);
      if (failure.status === 429) {
        summary.rateLimited++;
        // A cap on generations in flight is not a rate: only the rate limits pause everyone.
        if (failure.code !== CAP_REACHED) await limits.pause(failure.retryAfter ?? 1);
      }
      throw error;
    }
  }

  // ---- what succeeded generations cost: one estimate per kind of job ----
  const prices = new Map<string, Promise<number | undefined>>();
  function priceOf(job: BatchJob): Promise<number | undefined> {
    const p = job.params as Record<string, unknown>;
    const query = {
      count: (p.generation_output_number as number | undefined) ?? 1,
      ...(p.generation_duration === undefined ? {} : { duration: p.generation_duration as number }),
      ...(p.generation_resolution === undefined ? {} : { resolution: p.generation_resolution as string }),
      ...(p.generation_generate_audio === undefined ? {} : { audio: p.generation_generate_audio as boolean }),
    };
    const key = `${job.model} ${JSON.stringify(query)}`;
    let price = prices.get(key);
    if (!price) {
      price = request((o) => client.estimate(job.model, query, o), false).then(
        (res) => res.data.cost_total_consumed,
        () => undefined,
      );
      prices.set(key, price);
    }
    return price;
  }

  // ---- a job ends ----
  async function finish(task: Task, generation: Generation | undefined, error: BabySeaError | undefined, aborted = false) {
    stopListening.get(task.job.id)?.();
    await limits.release(task.holder);
    await write({
      type: 'ended',
      job_id: task.job.id,
      ...(generation ? { generation_id: generation.generation_id } : {}),
      status: aborted ? 'canceled' : (generation?.generation_status ?? 'error'),
      ...(error ? { error: { code: aborted ? ABORTED : error.code, message: error.message } } : {}),
      at: new Date().toISOString(),
    });
    const result: BatchResult = { id: task.job.id, ...(generation ? { generation } : {}), ...(error ? { error } : {}) };
    if (!error && generation && saveTo) {
      try {
        result.files = await saveTo(generation, task.job);
        await write({ type: 'saved', job_id: task.job.id, files: result.files, at: new Date().toISOString() });
      } catch (failure) {
        result.error = failure as BabySeaError;
      }
    }
    if (!result.error) {
      summary.succeeded++;
      const cost = await priceOf(task.job);
      summary.creditsSpent =
        cost === undefined || summary.creditsSpent === undefined ? undefined : Math.round((summary.creditsSpent + cost) * 1e6) / 1e6;
    } else if (aborted) summary.canceled.push(task.job.id);
    else summary.failed.push({ id: task.job.id, error: result.error });
    inFlight.delete(task.job.id);
    endedThisRun++;
    stream.push(result);
    progress();
    poke();
  }

  /** What a look saw of a generation: its end, or when to look again. */
  async function seen(task: Task, generation: Generation, envelope: { timestamp?: unknown }) {
    const status = generation.generation_status;
    if (status === 'succeeded' || status === 'failed' || status === 'canceled') {
      if (status === 'succeeded') memory.record(generation);
      await finish(task, generation, status === 'succeeded' ? undefined : new BabySeaGenerationFailedError(generation));
      return;
    }
    const age = ageOf(envelope, generation);
    if (age !== undefined) task.timeline = { age, at: Date.now() };
    task.ends = memory.expectedEnds(generation) ?? task.ends;
    planLook(task);
    await limits.renew(task.holder);
  }

  /** When to look at a generation next: where its kind usually ends; with deliveries, only as a fallback. */
  function planLook(task: Task) {
    const now = Date.now();
    const age = task.timeline ? task.timeline.age + now - task.timeline.at : now - task.submittedAt;
    const gap = deliveries.expecting ? FALLBACK_LOOK_MS : nextGap(age, task.ends, task.ends ? Math.max(1, 4 - task.looks) : 0, 10_000);
    task.nextLook = now + Math.ceil(gap);
    const latest = task.ends?.at(-1);
    task.surelyEnded = latest === undefined || latest < age ? task.nextLook : now + Math.ceil(latest - age) + 100;
  }

  function inFlightNow(task: Task) {
    inFlight.set(task.job.id, task);
    // A delivery of its end makes it due at once.
    stopListening.set(
      task.job.id,
      deliveries.onEnd(task.generationId!, () => {
        task.nextLook = 0;
        poke();
      }),
    );
  }

  // ---- resume: what the manifest says of each job ----
  const unsaved: { task: Task; generationId: string }[] = [];
  for (const job of jobs) {
    const state: JobState = replayed.jobs.get(job.id) ?? { aborted: 0 };
    const task: Task = {
      job,
      holder: `${batchId}:${job.id}`,
      tries: 0,
      aborted: state.aborted,
      notBefore: 0,
      submittedAt: 0,
      looks: 0,
      nextLook: 0,
      surelyEnded: 0,
      looking: false,
    };
    if (state.ended?.status === 'succeeded' && saveTo && !state.files && state.ended.generation_id) {
      // Succeeded in an earlier run that stopped before its outputs were saved: saved now.
      unsaved.push({ task, generationId: state.ended.generation_id });
    } else if (state.ended && state.ended.error?.code !== ABORTED) {
      // Ended in an earlier run: reported, not sent again.
      const error = state.ended.status === 'succeeded' ? undefined : resumedError(state);
      stream.push({ id: job.id, resumed: true, ...(state.files ? { files: state.files } : {}), ...(error ? { error } : {}) });
      if (error) summary.failed.push({ id: job.id, error });
      else summary.succeeded++;
    } else if (state.generationId && !state.ended) {
      // Submitted by an earlier run and not seen ending: waited for, never submitted again.
      task.generationId = state.generationId;
      task.submittedAt = Date.now();
      await limits.renew(task.holder);
      inFlightNow(task);
    } else queue.push(task);
  }
  for (const { task, generationId } of unsaved) await saveResumed(task, generationId);
  progress();

  /** One job's outputs, saved in a later run: its generation read again (the files' addresses may have changed). */
  async function saveResumed(task: Task, generationId: string) {
    const result: BatchResult = { id: task.job.id, resumed: true };
    try {
      const { data } = await request((o) => client.getGeneration(generationId, o).withResponse(), true);
      result.generation = data.data;
      result.files = await saveTo!(data.data, task.job);
      await write({ type: 'saved', job_id: task.job.id, files: result.files, at: new Date().toISOString() });
      summary.succeeded++;
    } catch (failure) {
      result.error = failure as BabySeaError;
      summary.failed.push({ id: task.job.id, error: result.error });
    }
    stream.push(result);
  }

  // ---- submitting ----
  async function submit(task: Task) {
    // After an aborted run canceled it, the old key would replay the cancellation: a new one.
    const key = await idempotencyKeyOf(batchId, task.aborted === 0 ? task.job.id : `${task.job.id}.${task.aborted}`);
    try {
      const { data } = await request(
        (o) => client.generate(task.job.model, task.job.params, { ...o, idempotencyKey: key }).withResponse(),
        false,
      );
      const created = data.data;
      task.generationId = created.generation_id;
      task.submittedAt = Date.now();
      await write({ type: 'submitted', job_id: task.job.id, generation_id: created.generation_id, at: new Date().toISOString() });
      if (created.generation_status === 'canceled') {
        // An idempotent replay of a generation canceled since: that is how it ended.
        const generation = { generation_id: created.generation_id, generation_status: 'canceled' } as Generation;
        await finish(task, generation, new BabySeaGenerationFailedError(generation));
        return;
      }
      const duration = (task.job.params as { generation_duration?: number }).generation_duration;
      task.ends = memory.expectedEnds({ model_identifier: task.job.model, generation_duration: duration } as Generation);
      planLook(task);
      inFlightNow(task);
      await limits.submitted();
      progress();
    } catch (caught) {
      // Anything but the API's answer (a store that failed) ends the batch.
      if (!(caught instanceof BabySeaError)) throw caught;
      const error = caught;
      // The plan's cap: the slots held besides this one are it. Then the job waits for a slot.
      if (error.code === CAP_REACHED) await limits.refused();
      await limits.release(task.holder);
      if (error instanceof BabySeaAbortError || error.code === CAP_REACHED) {
        queue.unshift(task);
        return;
      }
      task.tries++;
      const passing = error.status === 429 || error.retryable || error.code === KEY_IN_FLIGHT;
      if (passing && task.tries < maxAttempts) {
        task.notBefore = Date.now() + (error.retryAfter === undefined ? backoffDelayMs(task.tries - 1) : error.retryAfter * 1000);
        queue.unshift(task);
        return;
      }
      await finish(task, undefined, error.code === KEY_REUSED ? changedSince(task.job.id, batchId) : error);
    }
  }

  // ---- looking ----
  async function look(tasks: Task[]) {
    for (const task of tasks) {
      task.looking = true;
      task.looks++;
    }
    try {
      if (tasks.length >= LIST_FROM) {
        const limit = Math.min(100, Math.max(20, inFlight.size * 2));
        const page = await request((o) => client.listGenerations({ limit }, o).withResponse(), true);
        const byId = new Map(page.data.data.generations.map((generation) => [generation.generation_id, generation]));
        for (const task of tasks) {
          const generation = byId.get(task.generationId!);
          if (generation) await seen(task, generation, page.data);
          // Older than a page of newer ones: looked at on its own next.
          else task.nextLook = Date.now();
        }
      } else {
        const task = tasks[0]!;
        const { data } = await request((o) => client.getGeneration(task.generationId!, o).withResponse(), true);
        await seen(task, data.data, data);
      }
    } catch (error) {
      if (!(error instanceof BabySeaError)) throw error;
      // Looked at again shortly (a 429's pause is the limits' to keep); an abort ends the batch anyway.
      if (!(error instanceof BabySeaAbortError)) for (const task of tasks) task.nextLook = Date.now() + 2_000;
    } finally {
      for (const task of tasks) task.looking = false;
    }
  }

  // ---- an abort: nothing more is submitted, everything in flight is canceled ----
  async function cancelInFlight() {
    const reason = new BabySeaAbortError(signal?.reason);
    await Promise.all(
      [...inFlight.values()].map(async (task) => {
        let generation: Generation | undefined;
        try {
          const { data } = await request((o) => client.cancelGeneration(task.generationId!, o).withResponse(), false);
          generation = { generation_id: data.data.generation_id, generation_status: 'canceled' } as Generation;
        } catch (error) {
          // Already ended, or the key may not cancel: reported as canceled by the batch all the same.
          if (!(error instanceof BabySeaError)) throw error;
        }
        await finish(task, generation, reason, true);
      }),
    );
    summary.notStarted.push(...queue.map((task) => task.job.id));
    queue.length = 0;
  }

  // A failure that is not an answer of the API (the limits' store failed) ends the batch with it.
  let fatal: { error: unknown } | undefined;
  const start = (work: Promise<void>) => {
    working++;
    void work
      .catch((error: unknown) => {
        fatal ??= { error };
      })
      .finally(() => {
        working--;
        poke();
      });
  };

  // ---- the loop ----
  try {
    for (;;) {
      changed = false;
      if (fatal) throw fatal.error;
      if (signal?.aborted) {
        // What is being sent finishes first, so every generation created is known and canceled.
        if (working > 0) await new Promise<void>((resolve) => (wake = resolve));
        else {
          await cancelInFlight();
          break;
        }
        continue;
      }
      if (queue.length === 0 && inFlight.size === 0 && working === 0) break;
      const now = Date.now();
      const ready = queue.find((task) => task.notBefore <= now);
      if (ready && inFlight.size + submitting < limits.cap && (await limits.acquire(ready.holder))) {
        queue.splice(queue.indexOf(ready), 1);
        submitting++;
        start(submit(ready).finally(() => submitting--));
        continue;
      }
      const idle = [...inFlight.values()].filter((task) => !task.looking);
      const due = idle.filter((task) => task.nextLook <= now);
      // With requests to spare, a look goes as soon as one generation is due; when they are scarce, a
      // look is worth its request only once every generation in flight has surely ended (the bucket
      // refills meanwhile), or one has been due a while (a slow one must not hold the others).
      const worth =
        !limits.scarce || idle.every((task) => task.surelyEnded <= now) || due.some((task) => now - task.nextLook >= PATIENCE_MS);
      // One look at a time: a page of the list sees every generation in flight, those not yet due too.
      if (due.length > 0 && worth && !looking) {
        looking = true;
        start(look(inFlight.size >= LIST_FROM ? idle : due.slice(0, 1)).finally(() => (looking = false)));
        continue;
      }
      if (changed) continue;
      // Nothing to do now: sleep until a look is due, a job may be tried again, or something changes.
      const next = Math.min(
        now + 5_000,
        ...idle.map((task) =>
          task.nextLook > now ? task.nextLook : Math.min(task.nextLook + PATIENCE_MS, Math.max(task.surelyEnded, now + 1)),
        ),
        ...queue.map((task) => (task.notBefore > now ? task.notBefore : now + 1_000)),
      );
      // Whole milliseconds: a timer rounds a fraction down, and would wake before anything is due.
      await sleep(Math.max(1, Math.ceil(next - now)), undefined, (resume) => {
        wake = resume;
        return () => {
          if (wake === resume) wake = undefined;
        };
      });
    }
  } finally {
    for (const stop of stopListening.values()) stop();
  }
  summary.elapsedMs = Date.now() - started;
  return summary;
}

function changedSince(jobId: string, batchId: string): BabySeaValidationError {
  return new BabySeaValidationError(
    `jobs.${jobId}`,
    `its parameters changed since batch ${batchId} first submitted it: rerun with a new batchId (and a new manifest) to submit the new ones.`,
  );
}

/** A job that did not succeed in an earlier run, as its manifest record tells it. */
function resumedError(state: JobState): BabySeaError {
  const ended = state.ended!;
  return new BabySeaError(`Ended ${ended.status} in an earlier run of the batch: ${ended.error?.message ?? ended.status}.`, {
    code: ended.error?.code ?? ended.status,
    type: 'resumed',
  });
}

function rateLimitOf(headers: Headers | undefined) {
  const limit = headers?.get('x-ratelimit-limit');
  if (!headers || limit == null) return undefined;
  const values = [Number(limit), Number(headers.get('x-ratelimit-remaining')), Number(headers.get('x-ratelimit-reset'))];
  return values.every(Number.isFinite) ? { limit: values[0]!, remaining: values[1]!, reset: values[2]! } : undefined;
}
