/**
 * What every method returns: a real `Promise` of the parsed envelope that can also hand out the
 * HTTP response it came from (`withResponse()`), or the raw `Response` with its body unread
 * (`asResponse()`). The request starts on the next microtask, so `client.x().asResponse()` can still
 * ask for the body to be left unread.
 */
import { BabySeaValidationError } from './errors.js';
import { type ApiResult, rawBody } from './request.js';

/** Runs the call; `raw` leaves a successful answer's body unread. */
export type StartCall<T> = (raw: boolean) => Promise<ApiResult<T>>;

export class ApiPromise<T> extends Promise<T> {
  // `then` of a derived promise makes a plain Promise, not another ApiPromise.
  static override get [Symbol.species]() {
    return Promise;
  }

  readonly #start: StartCall<T>;
  #result: Promise<ApiResult<T>> | undefined;
  #raw = false;

  constructor(start: StartCall<T>) {
    // The base promise is never used: then/catch/finally read the call's result.
    super((resolve) => resolve(undefined as T));
    this.#start = start;
    queueMicrotask(() => this.#run(false));
  }

  #run(raw: boolean): Promise<ApiResult<T>> {
    if (!this.#result) {
      this.#raw = raw;
      this.#result = this.#start(raw);
    }
    return this.#result;
  }

  /** The envelope together with the `Response` (status, headers) and the request id. */
  withResponse(): Promise<ApiResult<T>> {
    if (this.#raw) {
      return Promise.reject(
        new BabySeaValidationError(
          'withResponse',
          'this call already gave its unread body to asResponse(); call the method again to read the envelope.',
        ),
      );
    }
    return this.#run(false);
  }

  /**
   * The HTTP `Response` of a successful call, body unread. Error statuses still reject with a
   * `BabySeaError`. Called right away (`client.status().asResponse()`) it is the response itself,
   * and the SDK does not read the body; called later, a copy with the same status, headers and body.
   */
  asResponse(): Promise<Response> {
    return this.#run(true).then((result) => (this.#raw ? result.response : copyResponse(result)));
  }

  // biome-ignore lint/suspicious/noThenProperty: a Promise subclass reads the call's result in then().
  override then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.withResponse().then((result) => (onfulfilled ? onfulfilled(result.data) : (result.data as unknown as R1)), onrejected);
  }

  override catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.then(undefined, onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onfinally);
  }

  override get [Symbol.toStringTag](): string {
    return 'ApiPromise';
  }
}

function copyResponse(result: ApiResult<unknown>): Response {
  const { response } = result;
  return new Response(rawBody(result), { status: response.status, statusText: response.statusText, headers: response.headers });
}
