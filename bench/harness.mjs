// Shared measuring tools: the loopback server process, shuffling, statistics.
import { fork } from 'node:child_process';

/** Starts bench/loopback-server.mjs in its own process; resolves with its base URL and a stop(). */
export async function startLoopbackServer(env = {}) {
  const child = fork(new URL('./loopback-server.mjs', import.meta.url), [], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    env: { ...process.env, ...env },
  });
  const port = await new Promise((resolve, reject) => {
    child.stdout.once('data', (data) => resolve(Number(String(data).trim())));
    child.once('exit', (code) => reject(new Error(`loopback server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
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

/**
 * Paired ratio of two series measured side by side (round i of `a` with round i of `b`): the median of
 * the per-round ratios, which cancels the machine's drift, and their interquartile range.
 */
export function pairedRatio(a, b) {
  const perRound = a.map((v, i) => v / b[i]);
  return { ratio: median(perRound), low: quantile(perRound, 0.25), high: quantile(perRound, 0.75) };
}

export const fmt = (value, digits = 3) => (Number.isFinite(value) ? value.toFixed(digits) : String(value));
