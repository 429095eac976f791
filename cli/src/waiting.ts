/**
 * Waiting for one generation with live progress (its status, the time so far, and how long this
 * model usually takes, as the SDK learned it), then saving its outputs (--out) and printing the
 * result. Ctrl-C cancels a generation this command started (and says so); one it only watches goes on.
 */
import { EXIT } from './exit-codes.ts';
import { reportError } from './failures.ts';
import { duration } from './format.ts';
import { startProgress } from './progress.ts';
import { type BabySea, BabySeaAbortError, BabySeaGenerationFailedError, type Generation, saveOutputs } from './sdk.ts';
import type { Session } from './session.ts';

export interface WaitRequest {
  id: string;
  /** The model and video length, when known before the first poll (generate knows them). */
  model?: string;
  videoSeconds?: number;
  /** Save the outputs into this folder. */
  out?: string;
  timeoutSeconds?: number;
  /** Its status as last known (the submission's answer), before the first poll. */
  status?: string;
  /** The command submitted it: Ctrl-C cancels it. */
  startedHere: boolean;
}

/** How long generations like this one usually took (the median the client learned), if it knows. */
function usualMs(client: BabySea, model: string | undefined, videoSeconds: number | undefined): number | undefined {
  if (!model) return undefined;
  const key = videoSeconds === undefined ? model : `${model} ${videoSeconds}s`;
  const totals = client.durations()[key]?.total;
  if (!totals || totals.length === 0) return undefined;
  const sorted = [...totals].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Waits for the generation, prints the result; returns the exit code. */
export async function waitForResult(session: Session, client: BabySea, request: WaitRequest): Promise<number> {
  const { output } = session;
  const started = Date.now();
  let status = request.status ?? 'waiting';
  let model = request.model;
  let videoSeconds = request.videoSeconds;
  const text = () => {
    const usual = usualMs(client, model, videoSeconds);
    return `${request.id.slice(0, 8)} ${status} · ${duration(Date.now() - started)}${usual === undefined ? '' : ` · usually ~${duration(usual)}`}`;
  };
  // Off a terminal a line is printed when the status changes, not the clock.
  const progress = await startProgress(output, text(), (line) => line.split(' · ')[0]!);
  const clock = output.live ? setInterval(() => progress.update(text()), 200) : undefined;
  try {
    const { data: generation } = await client.waitForGeneration(request.id, {
      ...(request.timeoutSeconds ? { timeout: request.timeoutSeconds * 1000 } : {}),
      signal: session.signal,
      onProgress: (g) => {
        status = g.generation_status ?? status;
        model ??= g.model_identifier;
        videoSeconds ??= (g.generation_duration as number | undefined) ?? undefined;
        // The end gets its own line (✔ or the error).
        if (status === 'pending' || status === 'processing') progress.update(text());
      },
    });
    clearInterval(clock);
    const files = request.out ? await saveOutputs(generation, { dir: request.out, signal: session.signal }) : undefined;
    const via = generation.generation_provider_used ? ` via ${generation.generation_provider_used}` : '';
    progress.done(
      true,
      `${generation.generation_id} succeeded in ${duration(Date.now() - started)} (${generation.model_identifier}${via})`,
    );
    printResult(session, generation, files);
    return EXIT.ok;
  } catch (error) {
    clearInterval(clock);
    progress.stop();
    if (error instanceof BabySeaAbortError && session.signal.aborted) return stopped(session, client, request);
    if (error instanceof BabySeaGenerationFailedError && output.json) output.data(error.generation);
    return reportError(output, error);
  }
}

/** Ctrl-C: cancel what this command started, or leave a watched generation alone; say which. */
async function stopped(session: Session, client: BabySea, request: WaitRequest): Promise<number> {
  const { output } = session;
  if (!request.startedHere) {
    output.note(`Stopped waiting; generation ${request.id} goes on (\`babysea wait ${request.id}\` to watch it again).`);
    return session.stoppedCode;
  }
  try {
    const { data } = await client.cancelGeneration(request.id);
    if (output.json) output.data({ ...data, canceled_by: session.stoppedBy });
    else output.note(`Canceled generation ${request.id}${data.credits_refunded ? ': its credits were refunded' : ''}.`);
  } catch (error) {
    // It may have ended meanwhile: say what happened rather than hide it.
    output.note(`Could not cancel generation ${request.id}: ${(error as Error).message}`);
  }
  return session.stoppedCode;
}

/** The result on stdout: the saved files, else the output URLs; with --json, the generation (and `files`). */
export function printResult(session: Session, generation: Generation, files: string[] | undefined): void {
  const { output } = session;
  if (output.json) {
    output.data(files ? { ...generation, files } : generation);
    return;
  }
  const urls = (generation.generation_output_file as string[] | null | undefined) ?? [];
  for (const line of files ?? urls) output.result(line);
}
