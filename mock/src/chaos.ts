// Opt-in chaos for the API routes: added latency, and a share of requests that fail (500/503),
// reset the connection or hang. Every draw comes from one generator seeded with --seed, so the same
// requests in the same order meet the same faults.
import { seededRandom } from './random.ts';

export interface ChaosOptions {
  /** Added latency in ms, drawn evenly from [min, max]. */
  latencyMs?: [number, number];
  /** Share of requests (0–1) that answer 500 BSE5000 or 503 BSE5003. */
  failureRate?: number;
  /** Share of requests whose connection is reset (a network error for the client). */
  resetRate?: number;
  /** Share of requests that never answer (until the client gives up or the sandbox closes). */
  hangRate?: number;
}

export type ChaosFault = 'none' | 'internal' | 'unavailable' | 'reset' | 'hang';

export interface ChaosDecision {
  latencyMs: number;
  fault: ChaosFault;
}

export function createChaos(options: ChaosOptions | undefined, seed: number): (() => ChaosDecision) | undefined {
  if (!options) return undefined;
  const { latencyMs, failureRate = 0, resetRate = 0, hangRate = 0 } = options;
  for (const [name, rate] of Object.entries({ failureRate, resetRate, hangRate })) {
    if (!(rate >= 0 && rate <= 1)) throw new RangeError(`chaos.${name} must be between 0 and 1, got ${rate}.`);
  }
  if (latencyMs && !(latencyMs[0] >= 0 && latencyMs[1] >= latencyMs[0])) {
    throw new RangeError(`chaos.latencyMs must be [min, max] with 0 ≤ min ≤ max, got ${latencyMs.join(', ')}.`);
  }
  const random = seededRandom(seed);
  return () => {
    const latency = latencyMs ? Math.round(latencyMs[0] + random() * (latencyMs[1] - latencyMs[0])) : 0;
    const roll = random();
    const kind = random();
    let fault: ChaosFault = 'none';
    if (roll < failureRate) fault = kind < 0.5 ? 'internal' : 'unavailable';
    else if (roll < failureRate + resetRate) fault = 'reset';
    else if (roll < failureRate + resetRate + hangRate) fault = 'hang';
    return { latencyMs: latency, fault };
  };
}

/** Parses `--chaos-latency 100-500` (or a single number). */
export function parseLatency(text: string): [number, number] {
  const match = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
  if (!match) throw new RangeError(`--chaos-latency takes MIN-MAX in ms (e.g. 100-500), got "${text}".`);
  const min = Number(match[1]);
  return [min, match[2] === undefined ? min : Number(match[2])];
}
