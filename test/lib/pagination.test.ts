// listGenerations() is one page (with page-level navigation), and also an async iterator over every
// generation or every page, fetched lazily.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BabySea, BabySeaAbortError, BabySeaInvalidResponseError, GenerationPage } from '../../src/index.js';
import { startGenerationsServer } from '../helpers/generations-server.js';

let server: Awaited<ReturnType<typeof startGenerationsServer>>;
let client: BabySea;
beforeAll(async () => {
  server = await startGenerationsServer(1234);
  client = new BabySea({ apiKey: 'k', baseUrl: server.url });
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  server.onListRequest(undefined);
});

describe('iterating every generation', () => {
  it('yields each of 1 234 generations exactly once, in order, in ⌈1234/100⌉ = 13 requests', async () => {
    const seen: string[] = [];
    for await (const generation of client.listGenerations({ limit: 100 })) seen.push(generation.generation_id);
    expect(seen).toEqual(server.ids());
    expect(new Set(seen).size).toBe(1234);
    expect(server.requests.map((r) => r.offset)).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200]);
  });

  it('starts at the given offset and reuses the first request as the first page', async () => {
    const seen: string[] = [];
    for await (const generation of client.listGenerations({ limit: 50, offset: 1200 })) seen.push(generation.generation_id);
    expect(seen).toEqual(server.ids().slice(1200));
    expect(server.requests.map((r) => r.offset)).toEqual([1200]);
  });

  it('fetches lazily and stops on break: 250 items of 100-item pages is 3 requests', async () => {
    let n = 0;
    for await (const _ of client.listGenerations({ limit: 100 })) {
      if (++n === 250) break;
    }
    expect(server.requests).toHaveLength(3);
  });

  it('awaiting it still gives the one page of the reference shape', async () => {
    const page = await client.listGenerations({ limit: 10, offset: 5 });
    expect([page.total, page.limit, page.offset, page.data.generations.length]).toEqual([1234, 10, 5, 10]);
  });

  it('a list that grows at the head mid-iteration neither loops forever nor repeats the shifted item', async () => {
    const grower = await startGenerationsServer(300);
    const original = grower.ids();
    grower.onListRequest((offset) => offset > 0 && grower.prepend(1));
    const seen: string[] = [];
    for await (const generation of new BabySea({ apiKey: 'k', baseUrl: grower.url }).listGenerations({ limit: 100 }))
      seen.push(generation.generation_id);
    // Each later page starts one item back (the item the last page ended with, skipped); the total
    // grows to 303, so the page at 300 is the short one that ends it: exactly four requests.
    expect(grower.requests.map((r) => r.offset)).toEqual([0, 100, 200, 300]);
    expect(seen).toEqual(original);
    await grower.close();
  });

  it('a list that shrinks mid-iteration ends at the short page', async () => {
    const shrinker = await startGenerationsServer(500);
    shrinker.onListRequest((offset) => offset === 100 && shrinker.truncate(150));
    const seen: string[] = [];
    for await (const generation of new BabySea({ apiKey: 'k', baseUrl: shrinker.url }).listGenerations({ limit: 100 }))
      seen.push(generation.generation_id);
    expect(seen).toHaveLength(150);
    expect(shrinker.requests).toHaveLength(2);
    await shrinker.close();
  });

  it('the signal reaches every page request: aborting stops the iteration', async () => {
    const controller = new AbortController();
    let n = 0;
    const run = async () => {
      for await (const _ of client.listGenerations({ limit: 100 }, { signal: controller.signal })) if (++n === 150) controller.abort();
    };
    await expect(run()).rejects.toBeInstanceOf(BabySeaAbortError);
    expect(server.requests).toHaveLength(2);
  });

  it('a total that is an exact multiple of the limit ends at the last full page: 300 of 100-item pages is 3 requests, no empty fourth', async () => {
    const exact = await startGenerationsServer(300);
    const seen: string[] = [];
    for await (const generation of new BabySea({ apiKey: 'k', baseUrl: exact.url }).listGenerations({ limit: 100 }))
      seen.push(generation.generation_id);
    expect(seen).toEqual(exact.ids());
    expect(exact.requests.map((r) => r.offset)).toEqual([0, 100, 200]);
    const last = await new BabySea({ apiKey: 'k', baseUrl: exact.url }).listGenerations({ limit: 100, offset: 200 });
    expect([last.data.generations.length, last.hasNextPage(), last.nextPageParams()]).toEqual([100, false, null]);
    await exact.close();
  });

  it('a full page that ends exactly at the total is the last (1184 + 50 of 1 234); one that ends an item short is not', async () => {
    const page = await new BabySea({ apiKey: 'k', baseUrl: server.url }).listGenerations({ limit: 50, offset: 1184 });
    expect([page.offset, page.data.generations.length, page.total]).toEqual([1184, 50, 1234]);
    expect(page.hasNextPage()).toBe(false);
    const one = await new BabySea({ apiKey: 'k', baseUrl: server.url }).listGenerations({ limit: 50, offset: 1183 });
    expect(one.nextPageParams()).toEqual({ limit: 50, offset: 1233 });
  });

  it('a short page ends the iteration even when the total says there is more (a total that counts removed items)', async () => {
    const overcounting = await startGenerationsServer(250);
    overcounting.rewriteList((envelope) => ({ ...envelope, total: 1_000 }));
    const seen: string[] = [];
    for await (const generation of new BabySea({ apiKey: 'k', baseUrl: overcounting.url }).listGenerations({ limit: 100 }))
      seen.push(generation.generation_id);
    expect(seen).toEqual(overcounting.ids());
    expect(overcounting.requests.map((r) => r.offset)).toEqual([0, 100, 200]);
    const short = await new BabySea({ apiKey: 'k', baseUrl: overcounting.url }).listGenerations({ limit: 100, offset: 200 });
    expect([short.data.generations.length, short.total, short.hasNextPage()]).toEqual([50, 1_000, false]);
    await overcounting.close();
  });

  it('an empty page ends the iteration even when its limit says 0 and its total says more (it would otherwise ask the same offset forever)', async () => {
    const zero = await startGenerationsServer(0);
    zero.rewriteList((envelope) => ({ ...envelope, total: 500, limit: 0 }));
    const pages: number[] = [];
    for await (const page of new BabySea({ apiKey: 'k', baseUrl: zero.url }).listGenerations({ limit: 10 }).iterPages()) {
      pages.push(page.offset);
      if (pages.length > 3) break;
    }
    expect(pages).toEqual([0]);
    expect(zero.requests).toHaveLength(1);
    await zero.close();
  });

  it('an empty page in the middle of a list whose total says more ends it (the items were deleted meanwhile)', async () => {
    const emptied = await startGenerationsServer(200);
    emptied.onListRequest((offset) => offset === 100 && emptied.truncate(100));
    emptied.rewriteList((envelope) => ({ ...envelope, total: 200 }));
    const seen: string[] = [];
    for await (const generation of new BabySea({ apiKey: 'k', baseUrl: emptied.url }).listGenerations({ limit: 100 }))
      seen.push(generation.generation_id);
    expect(seen).toHaveLength(100);
    expect(emptied.requests.map((r) => r.offset)).toEqual([0, 100]);
    await emptied.close();
  });

  it('an empty list yields nothing after one request', async () => {
    const empty = await startGenerationsServer(0);
    const seen: unknown[] = [];
    for await (const generation of new BabySea({ apiKey: 'k', baseUrl: empty.url }).listGenerations()) seen.push(generation);
    expect(seen).toEqual([]);
    expect(empty.requests).toHaveLength(1);
    await empty.close();
  });
});

describe('page-level control', () => {
  it('the awaited page is a GenerationPage: hasNextPage(), getNextPage(), and it serializes as the envelope', async () => {
    const page = await client.listGenerations({ limit: 100, offset: 1000 });
    expect(page).toBeInstanceOf(GenerationPage);
    expect(page.hasNextPage()).toBe(true);
    expect(page.nextPageParams()).toEqual({ limit: 100, offset: 1100 });
    const next = await page.getNextPage();
    expect(next.offset).toBe(1100);
    const last = await next.getNextPage();
    expect([last.offset, last.data.generations.length, last.hasNextPage()]).toEqual([1200, 34, false]);
    await expect(last.getNextPage()).rejects.toBeInstanceOf(BabySeaInvalidResponseError);
    expect(Object.keys(JSON.parse(JSON.stringify(page))).sort()).toEqual([
      'data',
      'limit',
      'message',
      'offset',
      'request_id',
      'status',
      'timestamp',
      'total',
    ]);
  });

  it('getNextPage() past the last page, or answered another offset than asked: an invalid response that says which, with the request id', async () => {
    const last = await client.listGenerations({ limit: 100, offset: 1200 });
    const none = (await last.getNextPage().catch((error: unknown) => error)) as BabySeaInvalidResponseError;
    expect([none.message, none.type]).toEqual(['There is no next page: check hasNextPage() first.', 'no_next_page']);
    const cached = await startGenerationsServer(300);
    try {
      const first = await new BabySea({ apiKey: 'k', baseUrl: cached.url }).listGenerations({ limit: 100 });
      cached.stick();
      const stuck = (await first.getNextPage().catch((error: unknown) => error)) as BabySeaInvalidResponseError;
      expect(stuck.message).toBe(
        'The list answered offset 0 when asked for offset 100: it does not advance (a cache ignoring the query?), so iteration stops.',
      );
      expect([stuck.type, stuck.requestId]).toEqual(['invalid_response', 'req_list_0']);
    } finally {
      await cached.close();
    }
  });

  it('iterPages() yields every page once, from the call or from any page', async () => {
    const offsets: number[] = [];
    for await (const page of client.listGenerations({ limit: 100, offset: 900 }).iterPages()) offsets.push(page.offset);
    expect(offsets).toEqual([900, 1000, 1100, 1200]);
    const fromSecond: number[] = [];
    const second = await (await client.listGenerations({ limit: 100, offset: 900 })).getNextPage();
    for await (const page of second.iterPages()) fromSecond.push(page.offset);
    expect(fromSecond).toEqual([1000, 1100, 1200]);
  });
});
