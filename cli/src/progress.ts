/**
 * Progress that lives on a terminal (yocto-spinner redraws one status line on stderr, and lets
 * other lines print above it) and plain lines elsewhere: one per change, no escape codes. With
 * --json or --quiet, nothing.
 */
import type { Output } from './output.ts';

export interface Progress {
  /** The current status text; off a terminal, printed as a line when it changes. */
  update(text: string): void;
  /** Ends the display with a last line (✔ or ✖ on a terminal). */
  done(ok: boolean, text: string): void;
  /** Ends the display without a line. */
  stop(): void;
}

const SILENT: Progress = { update() {}, done() {}, stop() {} };

/**
 * A status line. Off a terminal, a line is printed when `plainKey` of the text changes (e.g. the
 * status, not the clock), from the first change on: the starting text is what the command already said.
 */
export async function startProgress(output: Output, text: string, plainKey: (text: string) => string = (t) => t): Promise<Progress> {
  if (output.json || output.quiet) return SILENT;
  if (!output.live) {
    let last = plainKey(text);
    const print = (line: string) => {
      const key = plainKey(line);
      if (key === last) return;
      last = key;
      output.note(line);
    };
    return { update: print, done: (_ok, line) => output.note(line), stop() {} };
  }
  const { default: yoctoSpinner } = await import('yocto-spinner');
  // Our own SIGINT handling cancels what is in flight first; the spinner must not exit the process.
  const spinner = yoctoSpinner({ text, stream: process.stderr, handleSignals: false }).start();
  return {
    update(next) {
      spinner.text = next;
    },
    done(ok, line) {
      spinner.stop(`${output.paint(ok ? 'green' : 'red', ok ? '✔' : '✖')} ${line}`);
    },
    stop() {
      spinner.stop();
    },
  };
}
