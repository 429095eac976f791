/**
 * When `waitForGeneration` polls next. It works on the generation's own timeline, as the API reports
 * it: the generation's age is the answer's `timestamp` less its `generation_created_at` (the server's
 * clock on both sides, so neither the client's clock nor a wait started late can skew it). How long
 * a model's generations take comes from the API too (`generation_metrics_total_time`, and
 * `generation_metrics_predict_time` counted from `generation_started_at` once one is processing),
 * remembered by the client per model and video length. bench/time-to-result.mjs measures the result.
 */
import type { Generation } from '../types.js';

/** The official SDK's pace: until it knows the model, the schedule never polls faster. */
const BASE_GAP = 2_000;
/** The shortest gap. */
const MIN_GAP = 500;
/** Once a wait for an unknown model is past 20 s, the gap is this share of the generation's age. */
const GROWTH = 0.1;
/** Within this share of the expected duration from the expected end, the next poll lands just after it. */
const CLOSE = 0.25;
/** How far past the expected end that poll lands. */
const LANDING = 100;
const SLACK = 50;
/** Models (and video lengths) remembered at most; a long-running process forgets the oldest. */
const CAPACITY = 256;

interface Durations {
  /** ms from submission to completion. */
  total: number;
  /** ms the provider spent, when the API said. */
  predict: number | undefined;
}

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

/** How long each kind of generation took, as the API reported it to this client. */
export class DurationMemory {
  readonly #known = new Map<string, Durations>();

  /** When a generation like this one is expected to end, in ms after its submission; undefined if unknown. */
  expectedEnd(generation: Generation): number | undefined {
    const key = keyOf(generation);
    const known = key === undefined ? undefined : this.#known.get(key);
    if (known === undefined) return undefined;
    const created = time(generation.generation_created_at);
    const started = time(generation.generation_started_at);
    // Once it is processing, its queue time is known: only the provider's part is left to guess.
    if (known.predict !== undefined && created !== undefined && started !== undefined && started >= created) {
      return started - created + known.predict;
    }
    return known.total;
  }

  /**
   * Remembers a finished generation: the API's metrics, else its timestamps, else `observed` ms.
   * Averaged with what was known (the newest counts half), so a model that changes pace is followed.
   */
  record(generation: Generation, observed: number): void {
    const key = keyOf(generation);
    if (key === undefined) return;
    const created = time(generation.generation_created_at);
    const completed = time(generation.generation_completed_at);
    const fromTimestamps = created !== undefined && completed !== undefined && completed >= created ? completed - created : undefined;
    const total = seconds(generation.generation_metrics_total_time) ?? fromTimestamps ?? observed;
    const predict = seconds(generation.generation_metrics_predict_time);
    const known = this.#known.get(key);
    if (known === undefined && this.#known.size >= CAPACITY) this.#known.delete(this.#known.keys().next().value!);
    const average = (old: number | undefined, now: number | undefined) => (old === undefined || now === undefined ? now : (old + now) / 2);
    this.#known.set(key, { total: average(known?.total, total)!, predict: average(known?.predict, predict) });
  }
}

/**
 * The gap before the next poll of a generation `age` ms old, expected to end at `expected` ms (if
 * known). Unknown: the official 2 s pace, then a tenth of the age once that is past 20 s, so long
 * generations cost far fewer polls. Known: half the distance to the expected end, and close to it
 * one poll landing just after it; past it, half the time overrun, so a generation slower than the
 * last costs a few polls, not a stream of them.
 */
export function nextGap(age: number, expected: number | undefined, maxInterval: number): number {
  let gap: number;
  if (expected === undefined) gap = Math.max(age * GROWTH, BASE_GAP);
  else {
    const remaining = expected - age;
    // (The slack absorbs the rounding of timestamps to whole milliseconds.)
    if (remaining > expected * CLOSE + SLACK) gap = remaining / 2;
    else if (remaining > 0) gap = remaining + LANDING;
    else gap = -remaining / 2;
  }
  return Math.min(Math.max(gap, MIN_GAP), maxInterval);
}
