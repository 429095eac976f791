// The adaptive poll schedule of waitForGeneration, as pure functions: the gap before the next poll,
// the generation's age on the server's clock, and the memory of how long a kind of generation takes.
import { describe, expect, it } from 'vitest';
import { ageOf, DurationMemory, durationMemory, nextGap, pollBudget } from '../../src/lib/schedule.js';
import type { Generation } from '../../src/types.js';

const generation = (fields: Partial<Generation>) =>
  ({ generation_id: 'g', model_identifier: 'a/b', generation_created_at: '2026-11-24T10:00:00.000Z', ...fields }) as Generation;

/** The ages at which a wait polls, from 0 until a poll is at or past `end`, spending its budget as the wait does. */
function pollTimes(ends: number[] | undefined, end: number, requestsBefore = 1): number[] {
  const at = [0];
  let requests = requestsBefore;
  while (at.at(-1)! < end) {
    at.push(at.at(-1)! + nextGap(at.at(-1)!, ends, ends ? pollBudget(ends) - requests : 0, 10_000));
    requests++;
  }
  return at;
}

describe('nextGap', () => {
  it('unknown model: the official 2 s pace, then a tenth of the age once past 20 s, at most maxInterval', () => {
    expect(nextGap(0, undefined, 0, 10_000)).toBe(2_000);
    expect(nextGap(19_000, undefined, 0, 10_000)).toBe(2_000);
    expect(nextGap(40_000, undefined, 0, 10_000)).toBe(4_000);
    expect(nextGap(200_000, undefined, 0, 10_000)).toBe(10_000);
    expect(nextGap(200_000, undefined, 0, 3_000)).toBe(3_000);
  });

  it('known to end at 60 s: halves the distance while spare polls last, lands 0.1 s after the end, then halves the overrun', () => {
    expect(nextGap(0, [60_000], 30, 10_000)).toBe(10_000);
    expect(nextGap(40_000, [60_000], 20, 10_000)).toBe(10_000);
    // Within the last quarter the next poll aims just past the end, still at most maxInterval away.
    expect(nextGap(46_000, [60_000], 20, 10_000)).toBe(10_000);
    expect(nextGap(52_000, [60_000], 20, 10_000)).toBe(8_100);
    expect(nextGap(59_900, [60_000], 20, 10_000)).toBe(500);
    expect(nextGap(64_000, [60_000], 10, 10_000)).toBe(2_000);
    expect(nextGap(100_000, [60_000], 10, 10_000)).toBe(10_000);
  });

  it('known to end between 6.4 and 9.6 s: polls spread evenly over that window, no more than a fixed 2 s pace spends', () => {
    const ends = [6_400, 7_200, 8_000, 8_800, 9_600];
    const at = pollTimes(ends, 9_600);
    // The first poll in the window comes a fifth of it in, not a quarter: five polls share it.
    expect(at).toEqual([0, 7_040, 7_680, 8_320, 8_960, 9_700]);
    expect(at.length).toBeLessThanOrEqual(pollBudget(ends));
  });

  it('a wait that spent a request learning still keeps within the budget: fewer, wider polls over the window', () => {
    const ends = [6_400, 8_000, 9_600];
    const at = pollTimes(ends, 9_600, 2);
    expect(at.length + 1).toBeLessThanOrEqual(pollBudget(ends));
    expect(at).toEqual([0, 7_200, 8_000, 8_800, 9_700]);
  });

  it('past the budget or the window: half the overrun, at least 0.5 s', () => {
    expect(nextGap(9_000, [8_000], 0, 10_000)).toBe(500);
    expect(nextGap(12_000, [8_000], 3, 10_000)).toBe(2_000);
  });
});

describe('pollBudget', () => {
  it('is what a fixed 2 s pace spends on a generation ending at the latest expected end, the poll at 0 included', () => {
    expect(pollBudget([8_000])).toBe(5);
    expect(pollBudget([7_000])).toBe(5);
    // Not the mean (8 s, 5 polls): a fixed pace spends 6 on the generations that end at 10 s.
    expect(pollBudget([6_000, 10_000])).toBe(6);
    expect(pollBudget([120_000])).toBe(61);
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
  it('learns the API’s total time per model, keeping each of the newest 16', () => {
    const memory = new DurationMemory();
    const running = generation({ generation_status: 'processing' });
    expect(memory.expectedEnds(running)).toBeUndefined();
    memory.record(generation({ generation_metrics_total_time: 20 }), 99_999);
    memory.record(generation({ generation_metrics_total_time: 10 }), 99_999);
    expect(memory.expectedEnds(running)).toEqual([10_000, 20_000]);
    expect(memory.expectedEnds(generation({ model_identifier: 'c/d' }))).toBeUndefined();
    for (let i = 0; i < 20; i++) memory.record(generation({ generation_metrics_total_time: 30 + i }));
    expect(memory.expectedEnds(running)).toHaveLength(16);
    expect(memory.expectedEnds(running)![0]).toBe(34_000);
  });

  it('once a generation is processing, expects its start plus the provider’s usual times', () => {
    const memory = new DurationMemory();
    memory.record(generation({ generation_metrics_total_time: 30, generation_metrics_predict_time: 25 }), 0);
    memory.record(generation({ generation_metrics_total_time: 31, generation_metrics_predict_time: 27 }), 0);
    expect(memory.expectedEnds(generation({ generation_started_at: '2026-11-24T10:00:08Z' }))).toEqual([33_000, 35_000]);
  });

  it('without metrics, uses the timestamps; without those, what the client observed', () => {
    const memory = new DurationMemory();
    memory.record(generation({ generation_completed_at: '2026-11-24T10:00:07Z' }), 99_999);
    expect(memory.expectedEnds(generation({}))).toEqual([7_000]);
    const other = new DurationMemory();
    other.record(generation({ generation_created_at: undefined as never }), 4_200);
    expect(other.expectedEnds(generation({}))).toEqual([4_200]);
  });

  it('keeps a video’s lengths apart: a 10 s video is not expected to take as long as a 5 s one', () => {
    const memory = new DurationMemory();
    memory.record(generation({ generation_duration: 5, generation_metrics_total_time: 40 }), 0);
    expect(memory.expectedEnds(generation({ generation_duration: 5 }))).toEqual([40_000]);
    expect(memory.expectedEnds(generation({ generation_duration: 10 }))).toBeUndefined();
  });

  it('learns every succeeded generation of a page of recent ones, of any model, and asks for such a page once per kind', () => {
    const memory = new DurationMemory();
    const page = [
      generation({ generation_status: 'succeeded', generation_metrics_total_time: 9 }),
      generation({ generation_status: 'failed', generation_metrics_total_time: 2 }),
      generation({ generation_status: 'processing' }),
      generation({ model_identifier: 'c/d', generation_status: 'succeeded', generation_metrics_total_time: 50 }),
      generation({ generation_status: 'succeeded', generation_metrics_total_time: 7 }),
    ];
    const waiting = generation({ generation_status: 'pending' });
    expect(memory.shouldLookUp(waiting)).toBe(true);
    expect(memory.shouldLookUp(waiting)).toBe(false);
    expect(memory.learn(page)).toBe(true);
    expect(memory.expectedEnds(waiting)).toEqual([7_000, 9_000]);
    expect(memory.expectedEnds(generation({ model_identifier: 'c/d' }))).toEqual([50_000]);
    expect(memory.shouldLookUp(generation({ model_identifier: 'c/d' }))).toBe(false);
    expect(new DurationMemory().learn([page[1]!, page[2]!])).toBe(false);
  });

  it('a snapshot restores into another memory as it was, for processes that start fresh', () => {
    const memory = new DurationMemory();
    memory.record(generation({ generation_metrics_total_time: 8, generation_metrics_predict_time: 6 }));
    memory.record(generation({ generation_metrics_total_time: 9 }));
    const restored = new DurationMemory();
    restored.restore(JSON.parse(JSON.stringify(memory.snapshot())));
    expect(restored.snapshot()).toEqual(memory.snapshot());
    expect(restored.expectedEnds(generation({}))).toEqual([8_000, 9_000]);
  });
});

describe('durationMemory', () => {
  it('is one memory per API host, shared by the process', () => {
    expect(durationMemory('http://a.test')).toBe(durationMemory('http://a.test'));
    expect(durationMemory('http://a.test')).not.toBe(durationMemory('http://b.test'));
  });
});
