/**
 * What every method returns: a promise of the parsed envelope that can also hand out the HTTP
 * response it came from: `const { data, response, requestId } = await client.status().withResponse()`.
 */
import type { ApiResult } from './transport.js';

export class ApiPromise<T> implements Promise<T> {
  readonly #result: Promise<ApiResult<T>>;

  constructor(result: Promise<ApiResult<T>>) {
    this.#result = result;
  }

  /** Runs `start` now; a synchronous throw (a rejected argument) becomes a rejected ApiPromise. */
  static start<T>(start: () => Promise<ApiResult<T>>): ApiPromise<T> {
    try {
      return new ApiPromise(start());
    } catch (error) {
      return new ApiPromise(Promise.reject(error));
    }
  }

  /** The envelope together with the `Response` (status, headers) and the request id. */
  withResponse(): Promise<ApiResult<T>> {
    return this.#result;
  }

  // biome-ignore lint/suspicious/noThenProperty: a promise of the envelope must be awaitable.
  then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#result.then((result) => (onfulfilled ? onfulfilled(result.data) : (result.data as unknown as R1)), onrejected);
  }

  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.then(undefined, onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onfinally);
  }

  get [Symbol.toStringTag](): string {
    return 'ApiPromise';
  }
}
