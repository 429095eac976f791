/**
 * What every command shares: the global options, the output, the client, and what stops them. The
 * client talks to BabySea (--api-key, else BABYSEA_API_KEY), to --base-url, or with --sandbox to a
 * sandbox started in this process on 127.0.0.1 (no key, no network; its output URLs are real and
 * downloadable). Ctrl-C or SIGTERM aborts `signal`: commands cancel what they started, then the
 * sandbox stops; a second Ctrl-C exits at once.
 */

import { readDurations, saveDurations } from './durations-cache.ts';
import { EXIT, UsageError } from './exit-codes.ts';
import { Output } from './output.ts';
import { BabySea, type ClientOptions, type Region } from './sdk.ts';

export interface GlobalOptions {
  apiKey?: string;
  region?: Region;
  baseUrl?: string;
  sandbox?: boolean;
  sandboxSpeed?: number;
  json?: boolean;
  quiet?: boolean;
  color?: boolean;
}

/** The key the in-process sandbox is called with when none is given (any `bye_…` key works there). */
export const SANDBOX_KEY = 'bye_test_cli';

export const NO_KEY_MESSAGE =
  'No API key: pass --api-key KEY or set BABYSEA_API_KEY (create a key in the BabySea dashboard at https://babysea.ai), ' +
  'or try any command locally with --sandbox (no key, no network, nothing billed).';

export class Session {
  readonly output: Output;
  readonly options: GlobalOptions;
  readonly #controller = new AbortController();
  readonly #cleanups: (() => Promise<void>)[] = [];
  #client: Promise<BabySea> | undefined;
  #signalName: 'SIGINT' | 'SIGTERM' | undefined;
  #onSignal = (signal: 'SIGINT' | 'SIGTERM') => {
    if (this.#signalName) {
      // A second Ctrl-C: stop now, without waiting for cancellations.
      process.exit(EXIT[signal]);
    }
    this.#signalName = signal;
    this.#controller.abort(new Error(`stopped by ${signal}`));
  };

  constructor(options: GlobalOptions) {
    this.options = options;
    this.output = new Output(options);
    if (options.sandbox && options.baseUrl) throw new UsageError('--sandbox and --base-url both choose the API host: pass one of them.');
    if (options.sandboxSpeed !== undefined && !options.sandbox) throw new UsageError('--sandbox-speed goes with --sandbox.');
    process.on('SIGINT', this.#onSignal);
    process.on('SIGTERM', this.#onSignal);
  }

  /** Aborted by Ctrl-C or SIGTERM. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** The signal that stopped the command, if one did. */
  get stoppedBy(): 'SIGINT' | 'SIGTERM' | undefined {
    return this.#signalName;
  }

  /** The exit code for a command the user stopped. */
  get stoppedCode(): number {
    return this.#signalName ? EXIT[this.#signalName] : EXIT.SIGINT;
  }

  /** Runs `cleanup` when the command ends (in reverse order). */
  defer(cleanup: () => Promise<void>): void {
    this.#cleanups.push(cleanup);
  }

  /** The API client; with --sandbox, starts the sandbox first. Bad options are usage errors, before anything is sent. */
  client(): Promise<BabySea> {
    this.#client ??= this.#makeClient();
    return this.#client;
  }

  async #makeClient(): Promise<BabySea> {
    const { options } = this;
    if (options.sandbox) {
      const url = await this.startSandbox({ port: 0, ...(options.sandboxSpeed ? { speed: options.sandboxSpeed } : {}) });
      // Each in-process sandbox has a port of its own: its durations are remembered by speed.
      return this.#withDurations(`sandbox x${options.sandboxSpeed ?? 1}`, { apiKey: options.apiKey ?? SANDBOX_KEY, baseUrl: url });
    }
    const apiKey = options.apiKey ?? process.env.BABYSEA_API_KEY;
    if (apiKey === undefined || apiKey.trim() === '') throw new UsageError(NO_KEY_MESSAGE);
    const baseUrl = options.baseUrl ?? (process.env.BABYSEA_BASE_URL || undefined);
    const region = options.region ?? ((process.env.BABYSEA_REGION || undefined) as Region | undefined);
    // A bad base URL or region is a BabySeaValidationError (exit code 2) that never shows the key.
    return this.#withDurations(baseUrl ?? `region ${region ?? 'us'}`, {
      apiKey,
      ...(baseUrl ? { baseUrl } : {}),
      ...(region ? { region } : {}),
    });
  }

  /** A client that starts with the durations earlier runs learned on `host`, and saves what it learns when the command ends. */
  async #withDurations(host: string, options: ClientOptions): Promise<BabySea> {
    const durations = await readDurations(host);
    const client = new BabySea({ ...options, ...(durations ? { durations } : {}) });
    this.defer(() => saveDurations(host, client.durations()));
    return client;
  }

  /** Starts a sandbox server in this process (stopped when the command ends) and returns its URL. */
  async startSandbox(options: { port: number; speed?: number; stateFile?: string }): Promise<string> {
    const { startSandboxServer } = await import('babysea-mock/server');
    const server = await startSandboxServer({
      port: options.port,
      host: '127.0.0.1',
      ...(options.speed ? { speed: options.speed } : {}),
      ...(options.stateFile ? { stateFile: options.stateFile } : {}),
      // The sandbox's own notes (webhook attempts, spec checks) only when debugging.
      logger: (line: string) => {
        if (process.env.BABYSEA_LOG === 'debug') console.error(line);
      },
    });
    this.defer(() => server.close());
    return server.url;
  }

  /** Stops what the command started: the sandbox, listeners. */
  async close(): Promise<void> {
    process.off('SIGINT', this.#onSignal);
    process.off('SIGTERM', this.#onSignal);
    for (const cleanup of this.#cleanups.reverse()) {
      try {
        await cleanup();
      } catch {
        // Stopping is best effort: the process ends next.
      }
    }
  }
}
