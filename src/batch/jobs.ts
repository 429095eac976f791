/**
 * A batch's jobs, read and checked before anything is submitted: each needs an id of the caller's
 * own (unique in the batch), a model `owner/name` and its parameters. Each job's `Idempotency-Key` is
 * derived from the batch id and the job id, so a retry, a crash and a rerun of the same batch within
 * the API's 24 h window replay the first submission instead of creating (and billing) another.
 */
import { BabySeaValidationError } from '../core/errors.js';
import { describeValue, modelSegments, plainObject } from '../core/guards.js';
import { hex, webCrypto } from '../core/web-crypto.js';
import type { GenerationParams } from '../types.js';

export interface BatchJob {
  /** Your own key for the job: unique in the batch, it names the job in results, the manifest and saved files. */
  id: string;
  /** `owner/name`, e.g. `bfl/flux-schnell`; a video model with `generation_duration` in `params` goes to the video route. */
  model: string;
  params: GenerationParams;
}

const KEY_CHARS = /^[A-Za-z0-9_\-:.]+$/;

/** Reads every job, in order; any problem is a validation error naming the job, before anything is sent. */
export async function readJobs(jobs: Iterable<BatchJob> | AsyncIterable<BatchJob>): Promise<BatchJob[]> {
  if (jobs === null || typeof jobs !== 'object' || !(Symbol.iterator in jobs || Symbol.asyncIterator in jobs)) {
    throw new BabySeaValidationError(
      'jobs',
      `expected an iterable or async iterable of { id, model, params }, got ${describeValue(jobs)}.`,
    );
  }
  const read: BatchJob[] = [];
  const seen = new Set<string>();
  for await (const job of jobs as AsyncIterable<BatchJob>) {
    const where = `jobs[${read.length}]`;
    const { id, model, params } = plainObject(where, job) as Partial<BatchJob>;
    if (typeof id !== 'string' || id === '' || id.length > 200) {
      throw new BabySeaValidationError(
        `${where}.id`,
        `expected your own id for the job (a string of 1 to 200 characters), got ${describeValue(id)}.`,
      );
    }
    if (seen.has(id)) throw new BabySeaValidationError(`${where}.id`, `"${id}" is the id of an earlier job too: every job needs its own.`);
    seen.add(id);
    try {
      modelSegments(model);
    } catch {
      throw new BabySeaValidationError(`${where}.model`, `expected "owner/name" (e.g. "bfl/flux-schnell"), got ${describeValue(model)}.`);
    }
    const body = plainObject(`${where}.params`, params);
    if (typeof body.generation_prompt !== 'string' || body.generation_prompt === '') {
      throw new BabySeaValidationError(`${where}.params.generation_prompt`, 'required: the prompt of the generation.');
    }
    read.push({ id, model: model as string, params: body as GenerationParams });
  }
  return read;
}

/** A new batch id: short, readable in a manifest, and made only of idempotency-key characters. */
export async function newBatchId(): Promise<string> {
  return `batch_${hex((await webCrypto()).getRandomValues(new Uint8Array(6)))}`;
}

export function checkBatchId(batchId: unknown): string {
  if (typeof batchId !== 'string' || !KEY_CHARS.test(batchId) || batchId.length > 100) {
    throw new BabySeaValidationError('batchId', `expected 1 to 100 characters of A-Z a-z 0-9 _ - : ., got ${describeValue(batchId)}.`);
  }
  return batchId;
}

/** `batch:<batch id>:<job id>`, or the job id's SHA-256 when it holds characters a key cannot (or is long). */
export async function idempotencyKeyOf(batchId: string, jobId: string): Promise<string> {
  if (KEY_CHARS.test(jobId) && jobId.length <= 120) return `batch:${batchId}:${jobId}`;
  const digest = await (await webCrypto()).subtle.digest('SHA-256', new TextEncoder().encode(jobId));
  return `batch:${batchId}:sha256.${hex(digest)}`;
}
