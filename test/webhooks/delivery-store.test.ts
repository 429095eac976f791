// memoryDeliveryStore: a delivery id is claimed before its handler runs, `busy` while it runs, `done`
// once it did; a failed handler releases it; claims lapse; the oldest ids are forgotten first.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryDeliveryStore } from '../../src/webhooks/index.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('memoryDeliveryStore', () => {
  it('new, then busy while claimed, done once completed', async () => {
    const store = memoryDeliveryStore();
    expect(await store.claim('d1', 1_000)).toBe('new');
    expect(await store.claim('d1', 1_000)).toBe('busy');
    await store.complete('d1', 1_000);
    expect(await store.claim('d1', 1_000)).toBe('done');
  });

  it('a claim lapses at its lease, not a millisecond before', async () => {
    const store = memoryDeliveryStore();
    await store.claim('d1', 1_000);
    vi.advanceTimersByTime(999);
    expect(await store.claim('d1', 1_000)).toBe('busy');
    vi.advanceTimersByTime(1);
    expect(await store.claim('d1', 1_000)).toBe('new');
  });

  it('a completed delivery is remembered for keepMs', async () => {
    const store = memoryDeliveryStore();
    await store.claim('d1', 1_000);
    await store.complete('d1', 5_000);
    vi.advanceTimersByTime(4_999);
    expect(await store.claim('d1', 1_000)).toBe('done');
    vi.advanceTimersByTime(1);
    expect(await store.claim('d1', 1_000)).toBe('new');
  });

  it('release frees a busy claim, never a done one, and an unknown id is no error', async () => {
    const store = memoryDeliveryStore();
    await store.claim('d1', 1_000);
    await store.release('d1');
    expect(await store.claim('d1', 1_000)).toBe('new');
    await store.complete('d1', 1_000);
    await store.release('d1');
    expect(await store.claim('d1', 1_000)).toBe('done');
    await expect(store.release('never-seen')).resolves.toBeUndefined();
  });

  it('keeps at most `capacity` ids, forgetting the oldest first', async () => {
    const store = memoryDeliveryStore(2);
    await store.claim('a', 60_000);
    await store.claim('b', 60_000);
    expect(await store.claim('a', 60_000)).toBe('busy');
    await store.claim('c', 60_000);
    // 'a' was the oldest entry when 'c' came: forgotten.
    expect(await store.claim('b', 60_000)).toBe('busy');
    expect(await store.claim('c', 60_000)).toBe('busy');
    expect(await store.claim('a', 60_000)).toBe('new');
  });
});
