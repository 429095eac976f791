/**
 * `listGenerations()` answers one page, and can also be iterated over every generation from its
 * offset on: `for await (const gen of client.listGenerations({ limit: 100 })) …`. Pages are fetched
 * lazily, one at a time, and the first page is the very request the call already made.
 */
import { ApiPromise } from '../core/api-promise.js';
import type { ApiResult } from '../core/transport.js';
import type { Generation, ListGenerationsResponse } from '../types.js';

export type FetchPage = (offset: number) => Promise<ApiResult<ListGenerationsResponse>>;

export class PagePromise extends ApiPromise<ListGenerationsResponse> implements AsyncIterable<Generation> {
  readonly #fetchPage: FetchPage;

  constructor(firstPage: Promise<ApiResult<ListGenerationsResponse>>, fetchPage: FetchPage) {
    super(firstPage);
    this.#fetchPage = fetchPage;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Generation, void, undefined> {
    let page = (await this.withResponse()).data;
    let previousIds = new Set<string>();
    for (;;) {
      const items = page.data.generations;
      const ids = new Set<string>();
      for (const generation of items) {
        ids.add(generation.generation_id);
        // A generation created mid-iteration shifts the list by one: skip what the last page already gave.
        if (!previousIds.has(generation.generation_id)) yield generation;
      }
      const nextOffset = page.offset + items.length;
      // Stop on a short or empty page, or once `total` is reached, so a changing list cannot loop forever.
      if (items.length === 0 || items.length < page.limit || nextOffset >= page.total) return;
      previousIds = ids;
      page = (await this.#fetchPage(nextOffset)).data;
    }
  }
}
