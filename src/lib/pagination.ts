/**
 * `listGenerations()` answers one page (a `GenerationPage`: the envelope, plus `hasNextPage()` and
 * `getNextPage()`), and can be iterated over every generation from its offset on
 * (`for await (const gen of client.listGenerations())`) or over every page (`.iterPages()`).
 * Pages are fetched lazily, one at a time, and the first page is the request the call already made.
 */
import { type Answer, type ApiResult, parseEnvelope } from '../core/answer.js';
import { ApiPromise, type StartCall } from '../core/api-promise.js';
import { BabySeaInvalidResponseError } from '../core/errors.js';
import type { Generation, ListGenerationsParams, ListGenerationsResponse } from '../types.js';

export type FetchPage = (query: ListGenerationsParams) => Promise<ApiResult<GenerationPage>>;

/** One page of generations: the envelope as the API sent it, with page-level navigation. */
export class GenerationPage {
  declare readonly status: ListGenerationsResponse['status'];
  declare readonly request_id: string;
  declare readonly message: string;
  declare readonly timestamp: string;
  declare readonly total: number;
  declare readonly limit: number;
  declare readonly offset: number;
  declare readonly data: ListGenerationsResponse['data'];
  readonly #fetchPage: FetchPage;

  constructor(envelope: ListGenerationsResponse, fetchPage: FetchPage) {
    Object.assign(this, envelope);
    this.#fetchPage = fetchPage;
  }

  /** The paging parameters of the next page, or null after the last one. */
  nextPageParams(): { limit: number; offset: number } | null {
    const count = this.data.generations.length;
    const next = this.offset + count;
    // A short or empty page, or `total` reached, is the end: a list that changes cannot make this loop forever.
    return count === 0 || count < this.limit || next >= this.total ? null : { limit: this.limit, offset: next };
  }

  hasNextPage(): boolean {
    return this.nextPageParams() !== null;
  }

  /** Fetches the next page; fails if there is none, or if the API answers another offset than asked (a page that never advances). */
  async getNextPage(): Promise<GenerationPage> {
    const params = this.nextPageParams();
    if (!params) throw new BabySeaInvalidResponseError('There is no next page: check hasNextPage() first.', { type: 'no_next_page' });
    const { data: page, requestId } = await this.#fetchPage(params);
    if (page.offset !== params.offset) {
      throw new BabySeaInvalidResponseError(
        `The list answered offset ${page.offset} when asked for offset ${params.offset}: it does not advance (a cache ignoring the query?), so iteration stops.`,
        { type: 'invalid_response', requestId },
      );
    }
    return page;
  }

  /** This page and every later one. */
  async *iterPages(): AsyncGenerator<GenerationPage, void, undefined> {
    let page: GenerationPage = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }
}

export class PagePromise extends ApiPromise<GenerationPage> implements AsyncIterable<Generation> {
  /** `startPage(query)` starts the list request of one page; the first page's query is `params`. */
  constructor(startPage: (query: unknown) => StartCall, params: unknown) {
    const asPage = (answer: Answer): ApiResult<GenerationPage> => {
      const result = parseEnvelope<ListGenerationsResponse>(answer);
      return { ...result, data: new GenerationPage(result.data, nextPage) };
    };
    const nextPage: FetchPage = (query) => new ApiPromise(startPage(query), asPage).withResponse();
    super(startPage(params), asPage);
  }

  /** Every page, from the first. */
  async *iterPages(): AsyncGenerator<GenerationPage, void, undefined> {
    yield* (await this).iterPages();
  }

  /** Every generation from the first page's offset on. */
  async *[Symbol.asyncIterator](): AsyncGenerator<Generation, void, undefined> {
    let previousIds = new Set<string>();
    for await (const page of this.iterPages()) {
      const ids = new Set<string>();
      for (const generation of page.data.generations) {
        ids.add(generation.generation_id);
        // A generation created mid-iteration shifts the list by one: skip what the last page already gave.
        if (!previousIds.has(generation.generation_id)) yield generation;
      }
      previousIds = ids;
    }
  }
}
