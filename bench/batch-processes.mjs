// The batch runner in processes of its own, as users run it (the worker of the tests,
// test/batch/worker.mjs): killed with SIGKILL mid-batch and rerun from its manifest; and four
// processes sharing one account, with their limits in Redis and, for comparison, each on its own.
// These run on the real clock, ten times compressed: the sandbox at speed 100 and a rate limit of 60
// requests per 6 s stand for speed 10 and 60 a minute.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { modelDurations } from 'babysea-mock';
import { startSandboxServer } from 'babysea-mock/server';

const worker = fileURLToPath(new URL('../test/batch/worker.mjs', import.meta.url));

function runWorker(args, env, killAfter) {
  const child = spawn(process.execPath, [worker, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = [];
  let buffer = '';
  child.stdout.on('data', (chunk) => {
    buffer += chunk;
    for (let at = buffer.indexOf('\n'); at !== -1; at = buffer.indexOf('\n')) {
      lines.push(JSON.parse(buffer.slice(0, at)));
      buffer = buffer.slice(at + 1);
      if (killAfter !== undefined && lines.length === killAfter) child.kill('SIGKILL');
    }
  });
  return new Promise((resolve) => child.on('exit', () => resolve(lines)));
}

/** What the sandbox saw of one account: generations per job prompt, and the 429s it answered. */
function accountView(server, key) {
  const generations = Object.values(server.sandbox.store.peek(key)?.generations ?? {}).map((g) => g.record);
  const perPrompt = new Map();
  for (const g of generations) perPrompt.set(g.generation_prompt, (perPrompt.get(g.generation_prompt) ?? 0) + 1);
  return {
    generations,
    duplicates: [...perPrompt.values()].filter((n) => n > 1).length,
    succeeded: generations.filter((g) => g.generation_status === 'succeeded').length,
  };
}

/** The API's limits ten times compressed (60 requests per 6 s, 4 in flight), its generations 100× faster. */
function compressedSandbox() {
  return startSandboxServer({
    port: 0,
    speed: 100,
    maxInFlight: 4,
    rateLimit: { limit: 60, windowMs: 6_000 },
    exampleGenerations: false,
    logger: () => {},
  });
}

export async function killAndRerun({ jobs = 40, killAfter = 15 } = {}) {
  const server = await compressedSandbox();
  const dir = mkdtempSync(join(tmpdir(), 'babysea-bench-kill-'));
  const key = 'bye_bench_kill_rerun_01';
  try {
    const args = [String(jobs), 'kill', join(dir, 'run.jsonl'), join(dir, 'out')];
    const env = { BABYSEA_API_KEY: key, BABYSEA_BASE_URL: server.url };
    const first = await runWorker(args, env, killAfter);
    const second = await runWorker(args, env);
    const view = accountView(server, key);
    const files = readdirSync(join(dir, 'out')).filter((f) => !f.includes('.part-'));
    return {
      jobs,
      resultsBeforeKill: first.length,
      resumed: second.filter((line) => line.resumed).length,
      generations: view.generations.length,
      duplicates: view.duplicates,
      lost: jobs - view.succeeded,
      outputsSaved: files.length,
      partialFiles: readdirSync(join(dir, 'out')).filter((f) => f.includes('.part-')).length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await server.close();
  }
}

export async function sharedAccount({ processes = 4, jobs = 50, redisUrl } = {}) {
  const variants = [
    [`${processes} processes, limits shared in Redis`, true],
    [`${processes} processes, each with its own limits`, false],
  ];
  const rows = [];
  for (const [label, shared] of variants) {
    const server = await compressedSandbox();
    const key = `bye_bench_shared_${shared ? 'redis' : 'alone'}`;
    try {
      const started = Date.now();
      // One namespace for every process of the run: that is what shares the limits.
      const namespace = `bench-${started}`;
      const runs = await Promise.all(
        Array.from({ length: processes }, (_, n) =>
          runWorker([String(jobs), `p${n}`, '-'], {
            BABYSEA_API_KEY: key,
            BABYSEA_BASE_URL: server.url,
            BATCH_ID: `shared-${n}`,
            ...(shared ? { REDIS_URL: redisUrl, REDIS_NAMESPACE: namespace } : {}),
          }),
        ),
      );
      const makespanMs = Date.now() - started;
      const summaries = runs.map((lines) => lines.at(-1)?.summary ?? { requests: 0, rateLimited: 0, succeeded: 0 });
      const requests = summaries.reduce((sum, s) => sum + s.requests, 0);
      const view = accountView(server, key);
      const total = processes * jobs;
      // As bench/batch.mjs bounds it, on the compressed clock: every job submitted and seen ending, at
      // the rate, and no more than 4 generations at a time.
      const { queueMs, runMs } = modelDurations({ model_type: 'image', model_identifier: 'bfl/flux-schnell' });
      const boundMs = Math.max(((total + Math.ceil(total / 4) - 60) * 6_000) / 60, (total * (queueMs + runMs)) / 100 / 4);
      rows.push({
        label,
        jobs: total,
        makespanS: makespanMs / 1000,
        vsBound: makespanMs / boundMs,
        requests,
        answered429: summaries.reduce((sum, s) => sum + s.rateLimited, 0),
        share429: summaries.reduce((sum, s) => sum + s.rateLimited, 0) / requests,
        duplicates: view.duplicates,
        lost: total - view.succeeded,
      });
    } finally {
      await server.close();
    }
  }
  return { processes, jobsPerProcess: jobs, rows };
}
