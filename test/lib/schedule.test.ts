// The adaptive poll schedule of waitForGeneration, as pure functions: the gap before the next poll,
// the generation's age on the server's clock, and the memory of how long a kind of generation takes.
import { describe, expect, it } from 'vitest';
import { ageOf, DurationMemory, nextGap } from '../../src/lib/schedule.js';
import type { Generation } from '../../src/types.js';

const generation = (fields: Partial<Generation>) =>
  ({ generation_id: 'g', model_identifier: 'a/b', generation_created_at: '2026-11-24T10:00:00.000Z', ...fields }) as Generation;

describe('nextGap', () => {
  it('unknown model: the official 2 s pace, then a tenth of the age once past 20 s, at most maxInterval', () => {
    expect(nextGap(0, undefined, 10_000)).toBe(2_000);
    expect(nextGap(19_000, undefined, 10_000)).toBe(2_000);
    expect(nextGap(40_000, undefined, 10_000)).toBe(4_000);
    expect(nextGap(200_000, undefined, 10_000)).toBe(10_000);
    expect(nextGap(200_000, undefined, 3_000)).toBe(3_000);
  });

  it('known to end at 60 s: half the distance, then one poll landing 0.1 s after the end, then half the overrun', () => {
    expect(nextGap(0, 60_000, 10_000)).toBe(10_000);
    expect(nextGap(40_000, 60_000, 10_000)).toBe(10_000);
    expect(nextGap(44_000, 60_000, 10_000)).toBe(8_000);
    // Within the last quarter the next poll aims just past the end, still at most maxInterval away.
    expect(nextGap(46_000, 60_000, 10_000)).toBe(10_000);
    expect(nextGap(52_000, 60_000, 10_000)).toBe(8_100);
    expect(nextGap(59_900, 60_000, 10_000)).toBe(500);
    expect(nextGap(64_000, 60_000, 10_000)).toBe(2_000);
    expect(nextGap(100_000, 60_000, 10_000)).toBe(10_000);
  });

  it('known to end at 5 s: polls at 0, 2.5, 3.75 and 5.1 s', () => {
    const at = [0];
    while (at.at(-1)! < 5_000) at.push(at.at(-1)! + nextGap(at.at(-1)!, 5_000, 10_000));
    expect(at).toEqual([0, 2_500, 3_750, 5_100]);
  });
});

describe('ageOf', () => {
  it('is the answer’s timestamp less the creation time: the server’s clock on both sides', () => {
    expect(ageOf({ timestamp: '2026-11-24T10:00:12.500Z' }, generation({}))).toBe(12_500);
  });

  it('is unknown when either time is missing, unreadable, or the answer predates the generation', () => {
    expect(ageOf({}, generation({}))).toBeUndefined();
    expect(ageOf({ timestamp: 'soon' }, generation({}))).toBeUndefined();
    expect(ageOf({ timestamp: '2026-11-24T09:59:00Z' }, generation({}))).toBeUndefined();
    expect(ageOf({ timestamp: '2026-11-24T10:00:12Z' }, generation({ generation_created_at: undefined as never }))).toBeUndefined();
  });
});

describe('DurationMemory', () => {
  it('learns the API’s total time per model, averaging the newest with what was known (the newest counts half)', () => {
    const memory = new DurationMemory();
    const running = generation({ generation_status: 'processing' });
    expect(memory.expectedEnd(running)).toBeUndefined();
    memory.record(generation({ generation_metrics_total_time: 10 }), 99_999);
    memory.record(generation({ generation_metrics_total_time: 20 }), 99_999);
    expect(memory.expectedEnd(running)).toBe(15_000);
    expect(memory.expectedEnd(generation({ model_identifier: 'c/d' }))).toBeUndefined();
  });

  it('once a generation is processing, expects its start plus the provider’s usual time', () => {
    const memory = new DurationMemory();
    memory.record(generation({ generation_metrics_total_time: 30, generation_metrics_predict_time: 25 }), 0);
    expect(memory.expectedEnd(generation({ generation_started_at: '2026-11-24T10:00:08Z' }))).toBe(33_000);
  });

  it('without metrics, uses the timestamps; without those, what the client observed', () => {
    const memory = new DurationMemory();
    memory.record(generation({ generation_completed_at: '2026-11-24T10:00:07Z' }), 99_999);
    expect(memory.expectedEnd(generation({}))).toBe(7_000);
    const other = new DurationMemory();
    other.record(generation({ generation_created_at: undefined as never }), 4_200);
    expect(other.expectedEnd(generation({}))).toBe(4_200);
  });

  it('keeps a video’s lengths apart: a 10 s video is not expected to take as long as a 5 s one', () => {
    const memory = new DurationMemory();
    memory.record(generation({ generation_duration: 5, generation_metrics_total_time: 40 }), 0);
    expect(memory.expectedEnd(generation({ generation_duration: 5 }))).toBe(40_000);
    expect(memory.expectedEnd(generation({ generation_duration: 10 }))).toBeUndefined();
  });
});
