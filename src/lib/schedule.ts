/**
 * When `waitForGeneration` polls next. It works on the generation's own timeline, as the API reports
 * it: the generation's age is the answer's `timestamp` less its `generation_created_at` (the server's
 * clock on both sides, so neither the client's clock nor a wait started late can skew it). How long
 * a kind of generation takes comes from the API too (`generation_metrics_total_time`, and
 * `generation_metrics_predict_time` counted from `generation_started_at` once one is processing),
 * remembered per API host, model and video length by every client of the process, learned from a
 * page of recent generations on a first wait, and handed in and out by callers that start fresh
 * (`durations`). Polls go where generations of that kind ended, within the number of polls a fixed
 * 2 s pace would spend. bench/time-to-result.mjs measures the result.
 */
import type { Generation } from '../types.js';

/** The official SDK's pace: without a memory of the model, the schedule never polls faster. */
const BASE_GAP = 2_000;
/** The shortest gap. */
const MIN_GAP = 500;
/** Once a wait for an unknown model is past 20 s, the gap is this share of the generation's age. */
const GROWTH = 0.1;
/** How far past the latest expected end the last poll of the budget lands. */
const LANDING = 100;
/** Polls kept for the window where generations like this one ended; any more go before it. */
const IN_WINDOW = 5;
/** Within this share of the window's start, spare polls stop halving the distance and go to the window. */
const CLOSE = 0.25;
/** Durations remembered per kind of generation (the newest), and kinds per host. */
const SAMPLES = 16;
const CAPACITY = 256;

/** How long each kind of generation took, as a caller persists it between processes: ms from submission (`total`) and ms the provider spent (`predict`). */
export type DurationsSnapshot = Record<string, { total: number[]; predict: number[] }>;

const time = (value: unknown): number | undefined => {
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(ms) ? undefined : ms;
};
const seconds = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value * 1000 : undefined;

/** What a generation's duration depends on: its model and, for a video, its length. */
function keyOf(generation: Generation): string | undefined {
  const model = generation.model_identifier;
  if (typeof model !== 'string') return undefined;
  return generation.generation_duration === undefined ? model : `${model} ${generation.generation_duration}s`;
}

/** The generation's age in ms when the answer was sent, on the server's clock; undefined if the answer does not say. */
export function ageOf(envelope: { timestamp?: unknown }, generation: Generation): number | undefined {
  const now = time(envelope.timestamp);
  const created = time(generation.generation_created_at);
  return now !== undefined && created !== undefined && now >= created ? now - created : undefined;
}

/** How long each kind of generation took on one API host. */
export class DurationMemory {
  readonly #known = new Map<string, { total: number[]; predict: number[] }>();
  /** Kinds whose history was already looked for in a page of recent generations. */
  readonly #lookedUp = new Set<string>();

  /** When generations like this one ended, in ms after submission, sorted; undefined if none is known. */
  expectedEnds(generation: Generation): number[] | undefined {
    const key = keyOf(generation);
    const known = key === undefined ? undefined : this.#known.get(key);
    if (!known) return undefined;
    const created = time(generation.generation_created_at);
    const started = time(generation.generation_started_at);
    // Once it is processing, its queue time is known: only the provider's part is left to guess.
    const ends =
      known.predict.length > 0 && created !== undefined && started !== undefined && started >= created
        ? known.predict.map((predict) => started - created + predict)
        : known.total;
    return ends.length === 0 ? undefined : [...ends].sort((a, b) => a - b);
  }

  /** Remembers a finished generation: the API's metrics, else its timestamps, else `observed` ms. */
  record(generation: Generation, observed?: number): void {
    const key = keyOf(generation);
    if (key === undefined) return;
    const created = time(generation.generation_created_at);
    const completed = time(generation.generation_completed_at);
    const fromTimestamps = created !== undefined && completed !== undefined && completed >= created ? completed - created : undefined;
    const total = seconds(generation.generation_metrics_total_time) ?? fromTimestamps ?? observed;
    if (total === undefined) return;
    this.#add(key, total, seconds(generation.generation_metrics_predict_time));
  }

  /** Learns from the succeeded generations of a page of recent ones (any model); true if it learned anything. */
  learn(generations: readonly Generation[]): boolean {
    let learned = false;
    // Oldest first, so the newest are the ones kept.
    for (let i = generations.length - 1; i >= 0; i--) {
      const generation = generations[i]!;
      if (generation.generation_status !== 'succeeded' || generation.generation_metrics_total_time == null) continue;
      this.record(generation);
      learned = true;
    }
    return learned;
  }

  /** Whether a wait for this kind of generation should look for its history (once per kind). */
  shouldLookUp(generation: Generation): boolean {
    const key = keyOf(generation);
    if (key === undefined || this.#known.has(key) || this.#lookedUp.has(key)) return false;
    this.#lookedUp.add(key);
    return true;
  }

  snapshot(): DurationsSnapshot {
    const out: DurationsSnapshot = {};
    for (const [key, { total, predict }] of this.#known) out[key] = { total: [...total], predict: [...predict] };
    return out;
  }

  restore(snapshot: DurationsSnapshot): void {
    for (const [key, { total, predict }] of Object.entries(snapshot)) {
      total.forEach((ms, i) => {
        this.#add(key, ms, predict[i]);
      });
    }
  }

  #add(key: string, total: number, predict: number | undefined): void {
    let known = this.#known.get(key);
    if (!known) {
      if (this.#known.size >= CAPACITY) this.#known.delete(this.#known.keys().next().value!);
      known = { total: [], predict: [] };
      this.#known.set(key, known);
    }
    known.total.push(total);
    if (predict !== undefined) known.predict.push(predict);
    if (known.total.length > SAMPLES) known.total.shift();
    if (known.predict.length > SAMPLES) known.predict.shift();
  }
}

const memories = new Map<string, DurationMemory>();
const clientMemories = new WeakMap<object, DurationMemory>();

/** The memory a client uses, for helpers built on it (the batch runner). */
export function clientMemory(client: object): DurationMemory {
  return clientMemories.get(client) ?? new DurationMemory();
}

export function rememberClientMemory(client: object, memory: DurationMemory): void {
  clientMemories.set(client, memory);
}
/** The memory every client of the process shares for one API host (a sandbox's durations are not the API's). */
export function durationMemory(baseUrl: string): DurationMemory {
  let memory = memories.get(baseUrl);
  if (!memory) {
    memory = new DurationMemory();
    memories.set(baseUrl, memory);
  }
  return memory;
}

/** How many polls a fixed 2 s pace spends on a generation that ends as late as any like it did (the last of `ends`, sorted as `expectedEnds` gives them): the schedule's budget. */
export function pollBudget(ends: readonly number[]): number {
  return Math.ceil(ends[ends.length - 1]! / BASE_GAP) + 1;
}

/**
 * The gap before the next poll of a generation `age` ms old. Unknown kind (`ends` undefined): the
 * official 2 s pace, then a tenth of the age once past 20 s, so long generations cost far fewer
 * polls. Known: the polls left (`pollsLeft` of the budget) are spread evenly over the window where
 * generations like it ended, the last one landing just after the latest; spare ones halve the
 * distance to that window first. Past the window, half the overrun.
 */
export function nextGap(age: number, ends: readonly number[] | undefined, pollsLeft: number, maxInterval: number): number {
  let gap: number;
  if (ends === undefined) gap = Math.max(age * GROWTH, BASE_GAP);
  else {
    const first = ends[0]!;
    const last = ends[ends.length - 1]!;
    if (age >= last || pollsLeft < 1) gap = (age - last) / 2;
    else if (first - age > CLOSE * first && pollsLeft > IN_WINDOW) gap = (first - age) / 2;
    else {
      // Evenly spaced over the window: as many polls as the share of it still ahead deserves.
      const start = Math.max(age, first);
      const polls = Math.max(1, Math.min(pollsLeft, Math.ceil((IN_WINDOW * (last - start)) / (last - first || 1))));
      gap = polls === 1 ? last + LANDING - age : start + (last - start) / polls - age;
    }
  }
  return Math.min(Math.max(gap, MIN_GAP), maxInterval);
}
