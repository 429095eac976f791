// Batches in processes of their own, as users run them: killed mid-batch (SIGKILL) and rerun from
// the manifest; and four processes sharing one account's limits through a real redis-server.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type SandboxServer, startSandboxServer } from 'babysea-mock/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectFreshBuild } from '../helpers/built.js';
import { startRedis } from '../helpers/redis.mjs';

// The worker runs the built SDK (dist/), against the built sandbox (babysea-mock/server is mock/dist/).
beforeAll(() => expectFreshBuild('sdk', 'sandbox'));

const worker = fileURLToPath(new URL('./worker.mjs', import.meta.url));
const KEY = 'bye_processes_test_key_01';

interface Line {
  id?: string;
  status?: string;
  resumed?: boolean;
  files?: string[];
  summary?: { succeeded: number; requests: number; rateLimited: number; failed: unknown[] };
}

/** Runs the worker; resolves with its output lines. `killAfter` kills it (SIGKILL) once that many results are out. */
function runWorker(args: string[], env: Record<string, string>, killAfter?: number): { done: Promise<Line[]>; child: ChildProcess } {
  const child = spawn(process.execPath, [worker, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines: Line[] = [];
  let buffer = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    for (let at = buffer.indexOf('\n'); at !== -1; at = buffer.indexOf('\n')) {
      lines.push(JSON.parse(buffer.slice(0, at)));
      buffer = buffer.slice(at + 1);
      if (killAfter !== undefined && lines.length === killAfter) child.kill('SIGKILL');
    }
  });
  const done = new Promise<Line[]>((resolve) => child.on('exit', () => resolve(lines)));
  return { done, child };
}

let sandbox: SandboxServer;
afterAll(() => sandbox?.close());

describe('a batch killed mid-way (SIGKILL)', () => {
  beforeAll(async () => {
    sandbox = await startSandboxServer({ port: 0, speed: 20, maxInFlight: 4, exampleGenerations: false, logger: () => {} });
  });

  it('rerun from its manifest: no generation created twice, none lost, every output saved', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'babysea-kill-'));
    try {
      const env = { BABYSEA_API_KEY: KEY, BABYSEA_BASE_URL: sandbox.url };
      const args = ['16', 'kill', join(dir, 'run.jsonl'), join(dir, 'out')];
      const first = await runWorker(args, env, 5).done;
      expect(first.length).toBe(5);
      expect(first.some((line) => line.summary)).toBe(false);
      const second = await runWorker(args, env).done;
      const summary = second.at(-1)!.summary!;
      expect(summary.succeeded).toBe(16);
      expect(second.filter((line) => line.resumed).length).toBeGreaterThanOrEqual(5);
      // Every job made exactly one generation, whatever the kill interrupted.
      const generations = Object.values(sandbox.sandbox.store.peek(KEY)!.generations).map((g) => g.record);
      expect(generations).toHaveLength(16);
      expect(new Set(generations.map((g) => g.generation_prompt)).size).toBe(16);
      expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.png'))).toHaveLength(16);
      expect(readdirSync(join(dir, 'out')).filter((f) => f.includes('.part-'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('four processes sharing one account through Redis', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  beforeAll(async () => {
    redis = await startRedis();
  }, 30_000);
  afterAll(() => redis?.stop());

  it('stay inside the account’s cap and rate limit together: every job done once, few 429s', async () => {
    const shared = await startSandboxServer({
      port: 0,
      speed: 20,
      maxInFlight: 3,
      rateLimit: { limit: 30, windowMs: 10_000 },
      exampleGenerations: false,
      logger: () => {},
    });
    try {
      const env = { BABYSEA_API_KEY: KEY, BABYSEA_BASE_URL: shared.url, REDIS_URL: redis.url, REDIS_NAMESPACE: 'processes-test' };
      const runs = await Promise.all([0, 1, 2, 3].map((n) => runWorker(['6', `p${n}`, '-'], { ...env, BATCH_ID: `shared-${n}` }).done));
      const summaries = runs.map((lines) => lines.at(-1)!.summary!);
      expect(summaries.map((s) => s.succeeded)).toEqual([6, 6, 6, 6]);
      const requests = summaries.reduce((sum, s) => sum + s.requests, 0);
      const log = shared.sandbox.requests();
      const refused = log.filter((entry) => entry.code === 'BSE1009').length;
      const limited = log.filter((entry) => entry.code === 'BSE1005').length;
      // Finding the cap costs a refusal or two (processes that probed at the same moment); the shared bucket keeps the rate.
      expect(refused).toBeLessThanOrEqual(3);
      expect(limited / requests).toBeLessThanOrEqual(0.05);
      expect(Object.keys(shared.sandbox.store.peek(KEY)!.generations)).toHaveLength(24);
    } finally {
      await shared.close();
    }
  }, 120_000);
});
