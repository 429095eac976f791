// Shared measuring tools: the floor server process, interleaved timing, and statistics.
import { fork } from 'node:child_process';

/** Starts bench/floor-server.mjs in its own process; resolves with its base URL and a stop(). */
export async function startFloorServer(env = {}) {
  const child = fork(new URL('./floor-server.mjs', import.meta.url), [], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    env: { ...process.env, ...env },
  });
  const port = await new Promise((resolve, reject) => {
    child.stdout.once('data', (data) => resolve(Number(String(data).trim())));
    child.once('exit', (code) => reject(new Error(`floor server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

/**
 * Times each variant's call `perVariant` times, interleaved: every round runs a small block of each
 * variant in a freshly shuffled order, so drift and GC pressure land on all of them alike.
 */
export async function interleave(variants, { perVariant, warmup, block = 10 }) {
  const names = Object.keys(variants);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (const name of names) for (let i = 0; i < warmup; i++) await variants[name]();
  const rounds = Math.ceil(perVariant / block);
  for (let round = 0; round < rounds; round++) {
    for (const name of shuffle([...names])) {
      const fn = variants[name];
      for (let i = 0; i < block; i++) {
        const start = process.hrtime.bigint();
        await fn();
        samples[name].push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    }
  }
  return samples;
}

export function shuffle(items) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

export const median = (values) => quantile(values, 0.5);

/** Median absolute deviation relative to the median: the spread, robust to outliers. */
export function relativeSpread(values) {
  const m = median(values);
  return median(values.map((v) => Math.abs(v - m))) / m;
}

export const fmt = (value, digits = 3) => (Number.isFinite(value) ? value.toFixed(digits) : String(value));
