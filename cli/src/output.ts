/**
 * Where everything the CLI prints goes. Results (ids, paths, URLs, tables; JSON objects with --json)
 * go to stdout; progress, notes and errors to stderr, so `babysea … | jq` and `$(babysea …)` get the
 * results alone. Colours and live progress only on a terminal, never with NO_COLOR, --no-color,
 * TERM=dumb or in CI.
 */
import * as util from 'node:util';

type Style = 'bold' | 'dim' | 'green' | 'red' | 'yellow' | 'cyan';

export interface OutputOptions {
  json?: boolean;
  quiet?: boolean;
  /** false with --no-color. */
  color?: boolean;
}

export interface Stream {
  write(text: string): unknown;
  isTTY?: boolean;
  hasColors?: () => boolean;
}

// util.styleText arrived in Node 20.12 (older Node 20 releases print plain text). The stream is
// checked here, per stream, so its own check (of stdout only) is turned off.
const styleText = (util as { styleText?: (style: Style, text: string, options?: { validateStream?: boolean }) => string }).styleText;

export class Output {
  readonly json: boolean;
  readonly quiet: boolean;
  readonly #stdout: Stream;
  readonly #stderr: Stream;
  readonly #colorOut: boolean;
  readonly #colorErr: boolean;

  constructor(options: OutputOptions, stdout: Stream = process.stdout, stderr: Stream = process.stderr) {
    this.json = options.json === true;
    this.quiet = options.quiet === true;
    this.#stdout = stdout;
    this.#stderr = stderr;
    // hasColors() reads NO_COLOR, FORCE_COLOR and TERM.
    const colors = (stream: Stream) => options.color !== false && stream.isTTY === true && stream.hasColors?.() === true;
    this.#colorOut = colors(stdout);
    this.#colorErr = colors(stderr);
  }

  /** Whether progress may redraw itself on stderr: a terminal, no --json or --quiet, not CI. */
  get live(): boolean {
    return this.#stderr.isTTY === true && !this.json && !this.quiet && process.env.TERM !== 'dumb' && !('CI' in process.env);
  }

  get stderr(): Stream {
    return this.#stderr;
  }

  /** A result line on stdout (human output). */
  result(line: string): void {
    this.#stdout.write(`${line}\n`);
  }

  /** One JSON object on its own line on stdout. */
  data(value: unknown): void {
    this.#stdout.write(`${JSON.stringify(value)}\n`);
  }

  /** A note on stderr, for people: not with --json or --quiet. */
  note(line: string): void {
    if (this.json || this.quiet) return;
    this.#stderr.write(`${line}\n`);
  }

  /** An error on stderr, whatever the mode (with --json, as a JSON object). */
  error(lines: string[], json: Record<string, unknown>): void {
    if (this.json) this.#stderr.write(`${JSON.stringify(json)}\n`);
    else this.#stderr.write(`${lines.join('\n')}\n`);
  }

  /** Styles text for stdout (`'out'`) or stderr (`'err'`) when that stream shows colours. */
  paint(style: Style, text: string, stream: 'out' | 'err' = 'err'): string {
    const enabled = stream === 'out' ? this.#colorOut : this.#colorErr;
    return enabled && styleText ? styleText(style, text, { validateStream: false }) : text;
  }

  colors(stream: 'out' | 'err' = 'err'): boolean {
    return stream === 'out' ? this.#colorOut : this.#colorErr;
  }
}
