// Runs the built `babysea` bin as a user would (a child process, stdout and stderr piped, so not a
// terminal), and starts sandboxes on 127.0.0.1 for it to talk to.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type SandboxServer, startSandboxServer } from 'babysea-mock/server';
import { expect } from 'vitest';

export const BIN = join(import.meta.dirname, '..', 'bin', 'babysea.js');

/** The tests' own cache folder (durations learned between runs), never the user's. */
export const CACHE_HOME = join(tmpdir(), 'babysea-cli-test-cache');

/** An environment without the caller's BabySea or colour settings: each test says what it sets. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) {
    if (name.startsWith('BABYSEA_') || ['NO_COLOR', 'FORCE_COLOR', 'CI'].includes(name)) delete env[name];
  }
  return { ...env, XDG_CACHE_HOME: CACHE_HOME, ...extra };
}

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface Started {
  child: ChildProcess;
  /** Resolves when the process has exited. */
  done: Promise<Run>;
  /** Resolves once stdout or stderr (so far) matches. */
  waitFor(pattern: RegExp, stream?: 'stdout' | 'stderr'): Promise<void>;
  /** What it printed so far. */
  printed(): { stdout: string; stderr: string };
}

/** Starts `babysea ARGS…`. */
export function start(args: string[], options: { env?: Record<string, string>; cwd?: string } = {}): Started {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env: cleanEnv(options.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = { stdout: '', stderr: '' };
  const watchers: (() => void)[] = [];
  child.stdout!.on('data', (chunk: Buffer) => {
    out.stdout += chunk.toString();
    for (const watch of watchers) watch();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    out.stderr += chunk.toString();
    for (const watch of watchers) watch();
  });
  const done = new Promise<Run>((resolve) => {
    child.once('close', (code, signal) => resolve({ code, signal, ...out }));
  });
  const waitFor = (pattern: RegExp, stream?: 'stdout' | 'stderr') =>
    new Promise<void>((resolve, reject) => {
      const text = () => (stream ? out[stream] : out.stdout + out.stderr);
      const check = () => {
        if (pattern.test(text())) resolve();
      };
      watchers.push(check);
      check();
      void done.then(() => {
        if (!pattern.test(text())) reject(new Error(`exited before ${pattern}:\n${out.stdout}\n${out.stderr}`));
      });
    });
  return { child, done, waitFor, printed: () => ({ ...out }) };
}

/** Runs `babysea ARGS…` to its end. Off a terminal, nothing it prints may hold an escape code. */
export async function babysea(args: string[], options: { env?: Record<string, string>; cwd?: string } = {}): Promise<Run> {
  const run = await start(args, options).done;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is what is checked for.
  expect(run.stdout + run.stderr).not.toMatch(/\u001b\[/);
  return run;
}

/** Every line of stdout, parsed as JSON (each must be one object). */
export function jsonLines(stdout: string): Record<string, any>[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const value = JSON.parse(line);
      expect(typeof value).toBe('object');
      return value;
    });
}

/**
 * A sandbox on 127.0.0.1 for one test file; generations run `speed` times faster, no rate limit, and
 * (unless `examples`) accounts start without the spec's example generations, so every generation
 * in an account is one the CLI made.
 */
export function sandbox(speed = 20, { examples = false } = {}): Promise<SandboxServer> {
  return startSandboxServer({
    port: 0,
    host: '127.0.0.1',
    speed,
    rateLimit: false,
    validate: 'throw',
    exampleGenerations: examples,
    logger: () => {},
  });
}

/** The generations of the key's account (made through the API: the test sandboxes seed none), oldest first. */
export function createdGenerations(server: SandboxServer, key: string) {
  const account = server.sandbox.store.peek(key);
  return Object.values(account?.generations ?? {})
    .sort((a, b) => a.seq - b.seq)
    .map((g) => g.record);
}

/** The API requests the sandbox answered that match `method` and a path prefix. */
export function requestsTo(server: SandboxServer, method: string, pathPrefix: string) {
  return server.sandbox.requests().filter((r) => r.method === method && r.path.startsWith(pathPrefix));
}

export const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Whether the file is a PNG (by its signature) or an MP4 (an `ftyp` box first). */
export function kindOf(path: string): 'png' | 'mp4' | 'other' {
  const bytes = readFileSync(path);
  if (PNG.every((byte, i) => bytes[i] === byte)) return 'png';
  if (bytes.subarray(4, 8).toString('latin1') === 'ftyp') return 'mp4';
  return 'other';
}
