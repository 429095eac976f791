// The first wait for a model, measured on the real sandbox (speed 1: an image takes 4.5–13.5 s, each
// generation ±20 % of its model's usual time): how long after a generation completed the wait
// returned, and how many requests the wait made, for waits in fresh processes (as serverless
// functions and short scripts start) against a warm process and a fixed 2 s poll (the official SDK's
// pace). Each wait runs in a process of its own, started a little apart so they do not compete.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { median } from './harness.mjs';
import { startRealSpeedSandbox } from './real-sandbox.mjs';

const child = fileURLToPath(new URL('./first-wait-child.mjs', import.meta.url));
const run = promisify(execFile);

async function waits(count, baseUrl, key, durations = '-', mode = '') {
  const results = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      await new Promise((resolve) => setTimeout(resolve, i * 250));
      const apiKey = typeof key === 'function' ? key(i) : key;
      const { stdout } = await run(process.execPath, [child, baseUrl, apiKey, durations, mode], { timeout: 120_000 });
      return JSON.parse(stdout);
    }),
  );
  return {
    medianLatencyMs: median(results.map((r) => r.latencyMs)),
    meanRequests: results.reduce((sum, r) => sum + r.requests, 0) / count,
    results,
  };
}

export async function firstWait({ count = 20 } = {}) {
  const sandbox = await startRealSpeedSandbox();
  try {
    const url = sandbox.url;
    // An account with history: its first page of generations holds finished ones of the model.
    const fixed = await waits(count, url, 'bye_bench_first_wait_01', '-', 'fixed');
    const fresh = await waits(count, url, 'bye_bench_first_wait_01');
    // A key of its own per wait: no generation of the model in its account's list.
    const noHistory = await waits(count, url, (i) => `bye_bench_first_wait_new_${i}`);
    // Durations handed back to a fresh process, as a serverless function keeps them in its store.
    const saved = JSON.stringify(fresh.results.at(-1).durations);
    const handedBack = await waits(count, url, 'bye_bench_first_wait_02', saved);
    return {
      count,
      rows: [
        { label: 'fixed 2 s (the official SDK’s pace)', ...fixed },
        { label: 'first wait in a fresh process, the account has history (one page of the list)', ...fresh },
        { label: 'first wait in a fresh process, durations handed back (`durations` option)', ...handedBack },
        { label: 'first wait in a fresh process, the account has no history (2 s pace)', ...noHistory },
      ].map(({ results, ...row }) => row),
    };
  } finally {
    await sandbox.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.table((await firstWait({ count: Number(process.argv[2] ?? 20) })).rows);
