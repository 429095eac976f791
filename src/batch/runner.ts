/**
 * The batch runner's loop. Every request (submission, look, cancel, price) first takes a token of
 * the account's budget (requests.ts, limits.ts); a submission first holds a slot, kept until its
 * generation ends. A submission starts whenever a slot is free; a look starts when generations in
 * flight are due: one page of the list when several are in flight (it sees them all), one
 * `getGeneration` when one is. Generations are due when generations of their kind usually end (the
 * client's memory of durations, task.ts), or the moment a webhook delivery says they ended.
 */
import type { ErrorCode } from '../../generated/constraints.js';
import type { BabySea } from '../client.js';
import {
  BabySeaAbortError,
  BabySeaError,
  BabySeaGenerationFailedError,
  BabySeaNotFoundError,
  BabySeaValidationError,
} from '../core/errors.js';
import { backoffDelayMs, sleep } from '../core/retry.js';
import type { GenerationDeliveries } from '../lib/deliveries.js';
import { ageOf, clientMemory, type DurationMemory } from '../lib/schedule.js';
import type { Generation } from '../types.js';
import { type BatchJob, idempotencyKeyOf, newBatchId, readJobs } from './jobs.js';
import { AccountLimits } from './limits.js';
import { type LimitsStore, memoryLimitsStore } from './limits-store.js';
import { ABORTED, type Manifest, type ManifestRecord, replay } from './manifest.js';
import { BatchRequests, CAP_REACHED } from './requests.js';
import { planResume } from './resume.js';
import type { BatchProgress, BatchResult, BatchSummary, ResultStream } from './run.js';
import { planLook, type Task } from './task.js';

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

/** The codes the loop acts on (the spec's: a code it does not list fails the type check). */
const KEY_REUSED: ErrorCode = 'BSE2015';
const KEY_IN_FLIGHT: ErrorCode = 'BSE2016';

/** From this many generations in flight, one page of the list looks at them all. */
const LIST_FROM = 2;
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
    const started = Date.now();
    // Everything is read and checked before anything is sent.
    const jobs = await readJobs(jobsInput as Iterable<BatchJob>);
    const { manifest } = options;
    const replayed = replay(manifest ? await manifest.read() : [], options.batchId);
    const batchId = options.batchId ?? replayed.batchId ?? (await newBatchId());
    announce(batchId);
    if (manifest && replayed.batchId === undefined)
      await manifest.append({ type: 'batch', batch_id: batchId, created_at: new Date().toISOString() });
    const limits = new AccountLimits(options.store ?? memoryLimitsStore(), options.concurrency ?? 'auto');
    await limits.start();
    const batch = new BatchLoop(client, options, stream, limits, batchId, jobs.length, started);
    await batch.resume(planResume(jobs, replayed.jobs, batchId, options.saveTo !== undefined));
    const summary = await batch.run();
    stream.end();
    return summary;
  } catch (error) {
    stream.end(error);
    throw error;
  }
}

class BatchLoop {
  readonly #client: BabySea;
  readonly #options: BatchOptions;
  readonly #stream: ResultStream;
  readonly #limits: AccountLimits;
  readonly #requests: BatchRequests;
  readonly #memory: DurationMemory;
  readonly #deliveries: GenerationDeliveries;
  readonly #batchId: string;
  readonly #total: number;
  readonly #started: number;
  readonly #maxAttempts: number;
  readonly #summary: BatchSummary;
  readonly #queue: Task[] = [];
  readonly #inFlight = new Map<string, Task>();
  readonly #stopListening = new Map<string, () => void>();
  #submitting = 0;
  #working = 0;
  #looking = false;
  #endedThisRun = 0;
  #changed = false;
  #wake: (() => void) | undefined;
  /** A failure that is not an answer of the API (the limits' store failed) ends the batch with it. */
  #fatal: { error: unknown } | undefined;

  constructor(
    client: BabySea,
    options: BatchOptions,
    stream: ResultStream,
    limits: AccountLimits,
    batchId: string,
    total: number,
    started: number,
  ) {
    this.#client = client;
    this.#options = options;
    this.#stream = stream;
    this.#limits = limits;
    this.#requests = new BatchRequests(limits, options.signal);
    this.#memory = clientMemory(client);
    this.#deliveries = client.deliveries;
    this.#batchId = batchId;
    this.#total = total;
    this.#started = started;
    this.#maxAttempts = options.maxAttempts ?? 5;
    this.#summary = {
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
  }

  #write(record: ManifestRecord): Promise<void> | undefined {
    return this.#options.manifest?.append(record);
  }

  #poke(): void {
    this.#changed = true;
    this.#wake?.();
  }

  #progress(): void {
    const { onProgress } = this.#options;
    if (!onProgress) return;
    const elapsedMs = Date.now() - this.#started;
    const summary = this.#summary;
    const left = this.#queue.length + this.#inFlight.size;
    try {
      onProgress({
        total: this.#total,
        succeeded: summary.succeeded,
        failed: summary.failed.length,
        canceled: summary.canceled.length,
        inFlight: this.#inFlight.size,
        queued: this.#queue.length,
        creditsSpent: summary.creditsSpent,
        cap: this.#limits.cap,
        elapsedMs,
        etaMs: this.#endedThisRun === 0 ? undefined : Math.round((elapsedMs / this.#endedThisRun) * left),
      } satisfies BatchProgress);
    } catch {
      // A progress callback that throws must not stop the batch.
    }
  }

  // ---- resume: what the manifest says of each job ----
  async resume(plan: ReturnType<typeof planResume>): Promise<void> {
    for (const { id, files, error } of plan.ended) {
      this.#stream.push({ id, resumed: true, ...(files ? { files } : {}), ...(error ? { error } : {}) });
      if (error) this.#summary.failed.push({ id, error });
      else this.#summary.succeeded++;
    }
    for (const task of plan.waiting) {
      task.submittedAt = Date.now();
      await this.#limits.renew(task.holder);
      this.#inFlightNow(task);
    }
    this.#queue.push(...plan.queue);
    for (const { task, generationId } of plan.unsaved) await this.#saveResumed(task, generationId);
    this.#progress();
  }

  /** One job's outputs, saved in a later run: its generation read again (the files' addresses may have changed). */
  async #saveResumed(task: Task, generationId: string): Promise<void> {
    const result: BatchResult = { id: task.job.id, resumed: true };
    try {
      const { data } = await this.#requests.send((o) => this.#client.getGeneration(generationId, o).withResponse(), true);
      result.generation = data.data;
      result.files = await this.#options.saveTo!(data.data, task.job);
      await this.#write({ type: 'saved', job_id: task.job.id, files: result.files, at: new Date().toISOString() });
      this.#summary.succeeded++;
    } catch (failure) {
      result.error = failure as BabySeaError;
      this.#summary.failed.push({ id: task.job.id, error: result.error });
    }
    this.#stream.push(result);
  }

  // ---- a job ends ----
  async #finish(task: Task, generation: Generation | undefined, error: BabySeaError | undefined, aborted = false): Promise<void> {
    const summary = this.#summary;
    const { saveTo } = this.#options;
    this.#stopListening.get(task.job.id)?.();
    await this.#limits.release(task.holder);
    await this.#write({
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
        await this.#write({ type: 'saved', job_id: task.job.id, files: result.files, at: new Date().toISOString() });
      } catch (failure) {
        result.error = failure as BabySeaError;
      }
    }
    if (!result.error) {
      summary.succeeded++;
      const cost = await this.#requests.priceOf(this.#client, task.job);
      summary.creditsSpent =
        cost === undefined || summary.creditsSpent === undefined ? undefined : Math.round((summary.creditsSpent + cost) * 1e6) / 1e6;
    } else if (aborted) summary.canceled.push(task.job.id);
    else summary.failed.push({ id: task.job.id, error: result.error });
    this.#inFlight.delete(task.job.id);
    this.#endedThisRun++;
    this.#stream.push(result);
    this.#progress();
    this.#poke();
  }

  /** What a look saw of a generation: its end, or when to look again. */
  async #seen(task: Task, generation: Generation, envelope: { timestamp?: unknown }): Promise<void> {
    const status = generation.generation_status;
    if (status === 'succeeded' || status === 'failed' || status === 'canceled') {
      if (status === 'succeeded') this.#memory.record(generation);
      await this.#finish(task, generation, status === 'succeeded' ? undefined : new BabySeaGenerationFailedError(generation));
      return;
    }
    const age = ageOf(envelope, generation);
    if (age !== undefined) task.timeline = { age, at: Date.now() };
    task.ends = this.#memory.expectedEnds(generation) ?? task.ends;
    planLook(task, this.#deliveries.expecting);
    await this.#limits.renew(task.holder);
  }

  #inFlightNow(task: Task): void {
    this.#inFlight.set(task.job.id, task);
    // A delivery of its end makes it due at once.
    this.#stopListening.set(
      task.job.id,
      this.#deliveries.onEnd(task.generationId!, () => {
        task.nextLook = 0;
        this.#poke();
      }),
    );
  }

  // ---- submitting ----
  async #submit(task: Task): Promise<void> {
    const limits = this.#limits;
    // After an aborted run canceled it, the old key would replay the cancellation: a new one.
    const key = await idempotencyKeyOf(this.#batchId, task.aborted === 0 ? task.job.id : `${task.job.id}.${task.aborted}`);
    try {
      const { data } = await this.#requests.send(
        (o) => this.#client.generate(task.job.model, task.job.params, { ...o, idempotencyKey: key }).withResponse(),
        false,
      );
      const created = data.data;
      task.generationId = created.generation_id;
      task.submittedAt = Date.now();
      await this.#write({ type: 'submitted', job_id: task.job.id, generation_id: created.generation_id, at: new Date().toISOString() });
      if (created.generation_status === 'canceled') {
        // An idempotent replay of a generation canceled since: that is how it ended.
        const generation = { generation_id: created.generation_id, generation_status: 'canceled' } as Generation;
        await this.#finish(task, generation, new BabySeaGenerationFailedError(generation));
        return;
      }
      const duration = (task.job.params as { generation_duration?: number }).generation_duration;
      task.ends = this.#memory.expectedEnds({ model_identifier: task.job.model, generation_duration: duration } as Generation);
      planLook(task, this.#deliveries.expecting);
      this.#inFlightNow(task);
      await limits.submitted();
      this.#progress();
    } catch (caught) {
      // Anything but the API's answer (a store that failed) ends the batch.
      if (!(caught instanceof BabySeaError)) throw caught;
      const error = caught;
      // The plan's cap: the slots held besides this one are it. Then the job waits for a slot.
      if (error.code === CAP_REACHED) await limits.refused();
      await limits.release(task.holder);
      if (error instanceof BabySeaAbortError || error.code === CAP_REACHED) {
        this.#queue.unshift(task);
        return;
      }
      task.tries++;
      const passing = error.status === 429 || error.retryable || error.code === KEY_IN_FLIGHT;
      if (passing && task.tries < this.#maxAttempts) {
        task.notBefore = Date.now() + (error.retryAfter === undefined ? backoffDelayMs(task.tries - 1) : error.retryAfter * 1000);
        this.#queue.unshift(task);
        return;
      }
      await this.#finish(task, undefined, error.code === KEY_REUSED ? changedSince(task.job.id, this.#batchId) : error);
    }
  }

  // ---- looking ----
  async #look(tasks: Task[]): Promise<void> {
    for (const task of tasks) {
      task.looking = true;
      task.looks++;
    }
    try {
      if (tasks.length >= LIST_FROM) {
        const limit = Math.min(100, Math.max(20, this.#inFlight.size * 2));
        const page = await this.#requests.send((o) => this.#client.listGenerations({ limit }, o).withResponse(), true);
        const byId = new Map(page.data.data.generations.map((generation) => [generation.generation_id, generation]));
        const missing: Task[] = [];
        for (const task of tasks) {
          const generation = byId.get(task.generationId!);
          if (generation) await this.#seen(task, generation, page.data);
          else missing.push(task);
        }
        // Older than a page of newer ones (another process on the key submits too): each looked at on its own.
        for (const task of missing) await this.#lookAlone(task);
      } else {
        await this.#lookAlone(tasks[0]!);
      }
    } catch (error) {
      if (!(error instanceof BabySeaError)) throw error;
      // Looked at again shortly (a 429's pause is the limits' to keep); an abort ends the batch anyway.
      if (!(error instanceof BabySeaAbortError)) for (const task of tasks) task.nextLook = Date.now() + 2_000;
    } finally {
      for (const task of tasks) task.looking = false;
    }
  }

  async #lookAlone(task: Task): Promise<void> {
    let answer: Awaited<ReturnType<ReturnType<BabySea['getGeneration']>['withResponse']>>;
    try {
      answer = await this.#requests.send((o) => this.#client.getGeneration(task.generationId!, o).withResponse(), true);
    } catch (error) {
      // Deleted by someone else since it was submitted: it ends here, with the API's error.
      if (error instanceof BabySeaNotFoundError) return this.#finish(task, undefined, error);
      throw error;
    }
    await this.#seen(task, answer.data.data, answer.data);
  }

  // ---- an abort: nothing more is submitted, everything in flight is canceled ----
  async #cancelInFlight(): Promise<void> {
    const reason = new BabySeaAbortError(this.#options.signal?.reason);
    await Promise.all(
      [...this.#inFlight.values()].map(async (task) => {
        let generation: Generation | undefined;
        try {
          const { data } = await this.#requests.send((o) => this.#client.cancelGeneration(task.generationId!, o).withResponse(), false);
          generation = { generation_id: data.data.generation_id, generation_status: 'canceled' } as Generation;
        } catch (error) {
          // Already ended, or the key may not cancel: reported as canceled by the batch all the same.
          if (!(error instanceof BabySeaError)) throw error;
        }
        await this.#finish(task, generation, reason, true);
      }),
    );
    this.#summary.notStarted.push(...this.#queue.map((task) => task.job.id));
    this.#queue.length = 0;
  }

  #start(work: Promise<void>): void {
    this.#working++;
    void work
      .catch((error: unknown) => {
        this.#fatal ??= { error };
      })
      .finally(() => {
        this.#working--;
        this.#poke();
      });
  }

  // ---- the loop ----
  async run(): Promise<BatchSummary> {
    const { signal } = this.#options;
    const queue = this.#queue;
    const inFlight = this.#inFlight;
    try {
      for (;;) {
        this.#changed = false;
        if (this.#fatal) throw this.#fatal.error;
        if (signal?.aborted) {
          // What is being sent finishes first, so every generation created is known and canceled.
          if (this.#working > 0) await new Promise<void>((resolve) => (this.#wake = resolve));
          else {
            await this.#cancelInFlight();
            break;
          }
          continue;
        }
        if (queue.length === 0 && inFlight.size === 0 && this.#working === 0) break;
        const now = Date.now();
        const ready = queue.find((task) => task.notBefore <= now);
        if (ready && inFlight.size + this.#submitting < this.#limits.cap && (await this.#limits.acquire(ready.holder))) {
          queue.splice(queue.indexOf(ready), 1);
          this.#submitting++;
          this.#start(this.#submit(ready).finally(() => this.#submitting--));
          continue;
        }
        const idle = [...inFlight.values()].filter((task) => !task.looking);
        const due = idle.filter((task) => task.nextLook <= now);
        // With requests to spare, a look goes as soon as one generation is due; when they are scarce, a
        // look is worth its request only once every generation in flight has surely ended (the bucket
        // refills meanwhile), or one has been due a while (a slow one must not hold the others).
        const worth =
          !this.#limits.scarce || idle.every((task) => task.surelyEnded <= now) || due.some((task) => now - task.nextLook >= PATIENCE_MS);
        // One look at a time: a page of the list sees every generation in flight, those not yet due too.
        if (due.length > 0 && worth && !this.#looking) {
          this.#looking = true;
          this.#start(this.#look(inFlight.size >= LIST_FROM ? idle : due.slice(0, 1)).finally(() => (this.#looking = false)));
          continue;
        }
        if (this.#changed) continue;
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
          this.#wake = resume;
          return () => {
            if (this.#wake === resume) this.#wake = undefined;
          };
        });
      }
    } finally {
      for (const stop of this.#stopListening.values()) stop();
    }
    this.#summary.requests = this.#requests.sent;
    this.#summary.rateLimited = this.#requests.rateLimited;
    this.#summary.elapsedMs = Date.now() - this.#started;
    return this.#summary;
  }
}

function changedSince(jobId: string, batchId: string): BabySeaValidationError {
  return new BabySeaValidationError(
    `jobs.${jobId}`,
    `its parameters changed since batch ${batchId} first submitted it: rerun with a new batchId (and a new manifest) to submit the new ones.`,
  );
}
