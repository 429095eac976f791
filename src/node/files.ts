/**
 * Files on disk for the batch runner, in Node: the manifest as a JSON Lines file, and each output of
 * a generation streamed to a temporary file, then renamed into place once complete (a crash never
 * leaves a half file under the real name; a rerun skips what is already there).
 */
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { access, appendFile, constants, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { BatchJob } from '../batch/jobs.js';
import type { Manifest, ManifestRecord } from '../batch/manifest.js';
import { type FetchOutputsOptions, fetchOutput } from '../batch/outputs.js';
import type { SaveOutputs } from '../batch/runner.js';
import { BabySeaError, BabySeaValidationError } from '../core/errors.js';
import type { Generation } from '../types.js';

/** A batch manifest kept as a JSON Lines file: read at start (a last line cut by a crash is ignored), appended to as jobs change state. */
export function fileManifest(path: string): Manifest {
  let writes = Promise.resolve();
  return {
    async read() {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw new BabySeaValidationError('manifest', `cannot read ${path}: ${(error as Error).message}.`);
      }
      const lines = text.split('\n');
      const records: ManifestRecord[] = [];
      lines.forEach((line, i) => {
        if (line.trim() === '') return;
        try {
          records.push(JSON.parse(line) as ManifestRecord);
        } catch {
          // Only the last line can be cut short (a crash mid-write); any other is a damaged file.
          if (i < lines.length - 1)
            throw new BabySeaValidationError(
              'manifest',
              `line ${i + 1} of ${path} is not JSON: it is not a batch manifest, or it was edited.`,
            );
        }
      });
      return records;
    },
    append(record) {
      writes = writes.then(() => appendFile(path, `${JSON.stringify(record)}\n`));
      return writes;
    },
  };
}

/** Where a manifest can be written, checked before anything is sent. */
export async function checkWritableFile(argument: string, path: string): Promise<void> {
  try {
    await appendFile(path, '');
  } catch (error) {
    throw new BabySeaValidationError(
      argument,
      `cannot write ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): choose a path in a folder you can write to.`,
    );
  }
}

/** Makes the folder (and its parents) and checks it is writable, before anything is sent. */
export async function checkWritableFolder(argument: string, dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    await access(dir, constants.W_OK);
  } catch (error) {
    throw new BabySeaValidationError(
      argument,
      `cannot write to ${dir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): choose a folder you can write to.`,
    );
  }
}

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
};

export interface SaveOutputsOptions extends FetchOutputsOptions {
  /** The folder (made if missing). */
  dir: string;
  /** The files' name without extension (default: the generation id); several outputs get `-1`, `-2`, …. */
  name?: string;
}

/**
 * Saves every output file of a succeeded generation into `dir` and returns their paths. The
 * extension comes from the answer's content type; a file already there (an earlier run) is kept,
 * not downloaded again.
 */
export async function saveOutputs(generation: Generation, { dir, name, ...fetchOptions }: SaveOutputsOptions): Promise<string[]> {
  const urls = (generation.generation_output_file as string[] | null | undefined) ?? [];
  const base = safeName(name ?? generation.generation_id);
  await mkdir(dir, { recursive: true });
  const present = await readdir(dir);
  return Promise.all(
    urls.map(async (url, i) => {
      const stem = urls.length > 1 ? `${base}-${i + 1}` : base;
      const existing = present.find((file) => file.startsWith(`${stem}.`) && !file.includes('.part-'));
      if (existing) return join(dir, existing);
      const response = await fetchOutput(url, fetchOptions);
      const type = response.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
      const ext = EXTENSIONS[type] ?? (extname(new URL(url).pathname).slice(1) || 'bin');
      const target = join(dir, `${stem}.${ext}`);
      const partial = `${target}.part-${randomBytes(4).toString('hex')}`;
      try {
        await pipeline(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), createWriteStream(partial));
        await rename(partial, target);
      } catch (error) {
        await rm(partial, { force: true });
        throw new BabySeaError(`Could not save ${url} to ${target}: ${(error as Error).message}`, { type: 'download_error', cause: error });
      }
      return target;
    }),
  );
}

/** The batch option that saves each job's outputs into `dir`, named after the job. */
export function saveOutputsTo(dir: string, options: FetchOutputsOptions = {}): SaveOutputs {
  return (generation: Generation, job: BatchJob) => saveOutputs(generation, { ...options, dir, name: job.id });
}

/** A file name from a job id: the id itself when it is a safe name, else a safe version of it with a short hash (so two ids never share a file). */
export function safeName(id: string): string {
  const safe = basename(id)
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .replace(/^\.+/, '_');
  if (safe === id && safe.length <= 100) return safe;
  return `${safe.slice(0, 80)}-${createHash('sha256').update(id).digest('hex').slice(0, 8)}`;
}
