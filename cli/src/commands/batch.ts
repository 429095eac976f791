/**
 * `babysea batch FILE`: every job of a JSON Lines or CSV file, within the account's limits, with a
 * live display and a manifest a rerun resumes from (nothing billed twice). Ctrl-C cancels what is
 * in flight and says what it canceled.
 */
import { basename, dirname, join } from 'node:path';
import type { Command } from 'commander';
import { action } from '../action.ts';
import { checkParams, fetchModels, findModel } from '../catalog.ts';
import { EXIT, UsageError } from '../exit-codes.ts';
import { writableFolder } from '../folders.ts';
import { credits, duration } from '../format.ts';
import { readJobsFile } from '../jobs.ts';
import type { Output } from '../output.ts';
import { type Progress, startProgress } from '../progress.ts';
import { type BatchProgress, type BatchResult, type BatchSummary, batch } from '../sdk.ts';

interface BatchOptions {
  out?: string;
  manifest?: string;
  concurrency?: 'auto' | number;
}

/** The manifest's default place: beside the jobs file, `jobs.csv` → `jobs.csv.manifest.jsonl`. */
export function defaultManifest(file: string): string {
  return join(dirname(file), `${basename(file)}.manifest.jsonl`);
}

function concurrency(text: string): 'auto' | number {
  if (text === 'auto') return 'auto';
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--concurrency takes "auto" or an integer ≥ 1 (got "${text}").`);
  return n;
}

/** The live line; `elapsedMs` ticks between the runner's reports. */
function progressText(p: BatchProgress, elapsedMs: number): string {
  const done = p.succeeded + p.failed + p.canceled;
  return [
    `${done}/${p.total} done`,
    `${p.failed} failed`,
    `${p.inFlight} in flight`,
    ...(p.creditsSpent === undefined ? [] : [`${credits(p.creditsSpent)} credits`]),
    duration(elapsedMs),
    ...(p.etaMs === undefined || p.inFlight + p.queued === 0 ? [] : [`about ${duration(p.etaMs)} left`]),
  ].join(' · ');
}

function printResult(output: Output, result: BatchResult): void {
  const status = result.error
    ? result.error.type === 'aborted'
      ? 'canceled'
      : (result.generation?.generation_status ?? 'error')
    : 'succeeded';
  if (output.json) {
    output.data({
      type: 'result',
      id: result.id,
      status: result.resumed && !result.error ? 'succeeded' : status,
      ...(result.generation ? { generation_id: result.generation.generation_id } : {}),
      ...(result.files ? { files: result.files } : {}),
      ...(result.error ? { error: { code: result.error.code, message: result.error.message } } : {}),
      ...(result.resumed ? { resumed: true } : {}),
    });
    return;
  }
  const resumed = result.resumed ? ' (ended in an earlier run)' : '';
  if (!result.error) {
    const where = result.files?.join(' ') ?? ((result.generation?.generation_output_file as string[] | null) ?? []).join(' ');
    output.result(`${output.paint('green', '✔', 'out')} ${result.id}  ${where}${resumed}`.trimEnd());
  } else if (status === 'canceled') {
    output.result(`${output.paint('yellow', '⊘', 'out')} ${result.id}  canceled${resumed}`);
  } else {
    output.result(`${output.paint('red', '✖', 'out')} ${result.id}  ${result.error.message} (${result.error.code})${resumed}`);
  }
}

function printSummary(output: Output, summary: BatchSummary, manifest: string, stopped: boolean): void {
  if (output.json) {
    output.data({
      type: 'summary',
      ...summary,
      failed: summary.failed.map(({ id, error }) => ({ id, code: error.code, message: error.message })),
      manifest,
    });
    return;
  }
  const parts = [`${summary.succeeded} succeeded`, `${summary.failed.length} failed`];
  if (summary.canceled.length > 0) parts.push(`${summary.canceled.length} canceled`);
  if (summary.notStarted.length > 0) parts.push(`${summary.notStarted.length} not started`);
  parts.push(`${credits(summary.creditsSpent)} credits spent this run`, duration(summary.elapsedMs));
  output.note(parts.join(' · '));
  if (stopped) {
    if (summary.canceled.length > 0)
      output.note(`Canceled ${summary.canceled.length} generation(s) in flight: ${summary.canceled.join(', ')}.`);
    if (summary.notStarted.length > 0) output.note(`Not started: ${summary.notStarted.join(', ')}.`);
    output.note(`Rerun the same command to resume (manifest ${manifest}).`);
  } else if (summary.failed.length > 0) {
    output.note(`Rerunning the same command reports the ended jobs again; to retry failed ones, give them new ids (manifest ${manifest}).`);
  }
}

export function register(program: Command): void {
  program
    .command('batch')
    .description('run every job of a JSON Lines or CSV file, resumable, with a live display')
    .argument('<file>', 'the jobs: .jsonl (one JSON object per line) or .csv (a header row)')
    .option('--out <dir>', "save each job's output files into DIR, named after the job id")
    .option('--manifest <file>', 'the journal a rerun resumes from (default: beside FILE, jobs.csv → jobs.csv.manifest.jsonl)')
    .option(
      '--concurrency <n>',
      'generations in flight at most: "auto" (the plan\'s cap, found by itself) or a number',
      concurrency,
      'auto',
    )
    .addHelpText(
      'after',
      `
Each job has a model, a prompt and any parameter generate takes (ratio, format, count,
provider_order, duration, resolution, audio, input_file, or any generation_* name); an id is
optional (default: line-N or row-N) but keeps reruns stable when the file changes.

  jobs.jsonl:  {"id": "seal-1", "model": "bfl/flux-schnell", "prompt": "A baby seal", "ratio": "16:9"}
  jobs.csv:    id,model,prompt,ratio
               seal-1,bfl/flux-schnell,A baby seal,16:9

The manifest records every submission: rerunning the same command after a crash or Ctrl-C skips
the jobs that ended, waits for those in flight, and never submits (or bills) a job twice. Ctrl-C
cancels the generations in flight and lists them. Exit code 1 when a job failed.`,
    )
    .action(
      action<BatchOptions>(async (session, [file], options) => {
        const { output } = session;
        const jobs = await readJobsFile(file!);
        if (options.out) await writableFolder('--out', options.out);
        const manifest = options.manifest ?? defaultManifest(file!);
        const client = await session.client();
        // Every job is checked against the live catalog before the first one is sent.
        const models = await fetchModels(client, session.signal);
        const checked = jobs.map((job) => {
          const model = findModel(models, job.model, `${job.where}: `);
          return { id: job.id, model: model.model_identifier, params: checkParams(model, job.params, `${job.where}: `) };
        });
        output.note(
          `Batch of ${checked.length} job(s) · manifest ${manifest} (rerun to resume)${options.out ? ` · outputs in ${options.out}` : ''}`,
        );
        let progress: Progress | undefined;
        let last: BatchProgress | undefined;
        const started = Date.now();
        const render = () => {
          if (last) progress?.update(progressText(last, Date.now() - started));
        };
        const run = batch(client, checked as Parameters<typeof batch>[1], {
          manifest,
          ...(options.out ? { saveTo: options.out } : {}),
          concurrency: options.concurrency ?? 'auto',
          signal: session.signal,
          onProgress: (p) => {
            last = p;
            render();
          },
        });
        // Live on a terminal only: off it, the result lines are the progress.
        if (output.live) progress = await startProgress(output, `0/${checked.length} done`);
        const clock = progress ? setInterval(render, 500) : undefined;
        try {
          for await (const result of run) printResult(output, result);
          const summary = await run;
          progress?.stop();
          const stopped = session.signal.aborted;
          printSummary(output, summary, manifest, stopped);
          if (stopped) return session.stoppedCode;
          return summary.failed.length > 0 ? EXIT.failed : EXIT.ok;
        } finally {
          clearInterval(clock);
          progress?.stop();
        }
      }),
    );
}
