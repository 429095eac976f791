// The edges of the poll schedule and its memory of durations: each case is a boundary or a fallback
// that, changed by one character, would poll at the wrong time or learn a wrong duration.
import { describe, expect, it } from 'vitest';
import { ageOf, clientMemory, DurationMemory, nextGap, rememberClientMemory } from '../../src/lib/schedule.js';
import type { Generation } from '../../src/types.js';

const CREATED = '2026-11-24T10:00:00.000Z';
const at = (seconds: number) => new Date(Date.parse(CREATED) + seconds * 1000).toISOString();
const generation = (fields: Record<string, unknown>) =>
  ({ generation_id: 'g', model_identifier: 'a/b', generation_created_at: CREATED, ...fields }) as unknown as Generation;

describe('ageOf', () => {
  it('an answer sent the instant the generation was created: age 0', () => {
    expect(ageOf({ timestamp: CREATED }, generation({}))).toBe(0);
  });

  it('a timestamp that is not a string is not read as one', () => {
    expect(ageOf({ timestamp: 1_795_600_000 }, generation({}))).toBeUndefined();
    expect(ageOf({ timestamp: at(5) }, generation({ generation_created_at: 1_795_600_000 }))).toBeUndefined();
  });
});

describe('nextGap, at its boundaries', () => {
  it('no polls left before the window: half the overrun at once (at least 0.5 s), not a jump to the window', () => {
    expect(nextGap(10_000, [60_000], 0, 60_000)).toBe(500);
  });

  it('a quarter of the window’s start away: no more halving, the last poll goes just past the end', () => {
    expect(nextGap(30_000, [40_000], 5, 60_000)).toBe(10_100);
  });

  it('far from the window with polls to spare: half the distance left', () => {
    expect(nextGap(10_000, [60_000], 10, 60_000)).toBe(25_000);
  });

  it('inside a window of several ends: as many polls as the share of the window ahead deserves', () => {
    // Half the window (40–60 s) is ahead: 3 of its 5 polls (half, rounded up), 3.3 s apart.
    expect(nextGap(50_000, [40_000, 60_000], 4, 60_000)).toBeCloseTo(3_333.33, 1);
  });
});

describe('DurationMemory, its edges', () => {
  it('a generation without a model is neither recorded nor looked up, video length or not', () => {
    const memory = new DurationMemory();
    memory.record(generation({ model_identifier: undefined, generation_metrics_total_time: 10 }));
    memory.record(generation({ model_identifier: 7, generation_duration: 5, generation_metrics_total_time: 10 }));
    expect(memory.snapshot()).toEqual({});
    expect(memory.shouldLookUp(generation({ model_identifier: undefined }))).toBe(false);
  });

  it('a generation with no duration to read records nothing', () => {
    const memory = new DurationMemory();
    memory.record(generation({ generation_metrics_total_time: null }));
    expect(memory.expectedEnds(generation({}))).toBeUndefined();
    expect(memory.snapshot()).toEqual({});
  });

  it('metrics must be finite numbers ≥ 0: 0 counts, anything else falls back to the timestamps', () => {
    const memory = new DurationMemory();
    memory.record(generation({ generation_metrics_total_time: 0 }));
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY, '9']) {
      memory.record(generation({ generation_metrics_total_time: bad, generation_completed_at: at(7) }));
    }
    expect(memory.snapshot()['a/b']?.total).toEqual([0, 7_000, 7_000, 7_000, 7_000]);
  });

  it('timestamps: completed at creation is 0 ms; completed before creation is not read (the observed time is)', () => {
    const memory = new DurationMemory();
    memory.record(generation({ generation_completed_at: CREATED }));
    memory.record(generation({ generation_completed_at: at(-5) }), 3_000);
    expect(memory.snapshot()['a/b']?.total).toEqual([0, 3_000]);
  });

  it('the provider’s time is used once processing started at or after creation, else the totals', () => {
    const memory = new DurationMemory();
    memory.record(generation({ generation_metrics_total_time: 20, generation_metrics_predict_time: 8 }));
    expect(memory.expectedEnds(generation({ generation_started_at: CREATED }))).toEqual([8_000]);
    expect(memory.expectedEnds(generation({ generation_started_at: at(3) }))).toEqual([11_000]);
    expect(memory.expectedEnds(generation({ generation_started_at: at(-3) }))).toEqual([20_000]);
    expect(memory.expectedEnds(generation({}))).toEqual([20_000]);
    const noPredict = new DurationMemory();
    noPredict.record(generation({ generation_metrics_total_time: 20 }));
    expect(noPredict.expectedEnds(generation({ generation_started_at: at(3) }))).toEqual([20_000]);
  });

  it('learns only succeeded generations with the API’s total time (timestamps alone are not enough in a page)', () => {
    const memory = new DurationMemory();
    const learned = memory.learn([
      generation({ generation_status: 'succeeded', generation_completed_at: at(9) }),
      generation({ generation_status: 'failed', generation_metrics_total_time: 4 }),
    ]);
    expect(learned).toBe(false);
    expect(memory.snapshot()).toEqual({});
  });

  it('a snapshot carries the provider’s times too', () => {
    const memory = new DurationMemory();
    memory.record(generation({ generation_metrics_total_time: 20, generation_metrics_predict_time: 8 }));
    expect(memory.snapshot()).toEqual({ 'a/b': { total: [20_000], predict: [8_000] } });
  });

  it('keeps the newest 16 provider times of a kind, as it does totals', () => {
    const memory = new DurationMemory();
    for (let i = 1; i <= 17; i++) memory.record(generation({ generation_metrics_total_time: i, generation_metrics_predict_time: i }));
    const kept = Array.from({ length: 16 }, (_, i) => (i + 2) * 1000);
    expect(memory.snapshot()['a/b']).toEqual({ total: kept, predict: kept });
  });

  it('remembers 256 kinds; the 257th makes it forget the oldest', () => {
    const memory = new DurationMemory();
    for (let i = 0; i < 256; i++) memory.record(generation({ model_identifier: `m/${i}`, generation_metrics_total_time: 1 }));
    expect(Object.keys(memory.snapshot())).toHaveLength(256);
    expect(memory.snapshot()['m/0']).toBeDefined();
    memory.record(generation({ model_identifier: 'm/256', generation_metrics_total_time: 1 }));
    expect(Object.keys(memory.snapshot())).toHaveLength(256);
    expect(memory.snapshot()['m/0']).toBeUndefined();
    expect(memory.snapshot()['m/1']).toBeDefined();
  });
});

describe('clientMemory', () => {
  it('a client’s own memory once remembered; a fresh one for a client never seen', () => {
    const client = {};
    const fresh = clientMemory(client);
    expect(fresh).toBeInstanceOf(DurationMemory);
    const memory = new DurationMemory();
    rememberClientMemory(client, memory);
    expect(clientMemory(client)).toBe(memory);
  });
});
