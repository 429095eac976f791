/** The exit codes, as `--help` documents them. */
export const EXIT = {
  ok: 0,
  /** A generation (or a request) failed. */
  failed: 1,
  /** Bad input: nothing was sent. */
  usage: 2,
  /** Stopped by Ctrl-C (128 + SIGINT) or SIGTERM (128 + 15). */
  SIGINT: 130,
  SIGTERM: 143,
} as const;

/** Bad input, found before anything was sent: one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
