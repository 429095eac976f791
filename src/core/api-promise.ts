/**
 * What every method returns: a real `Promise` of the parsed envelope that can also hand out the
 * HTTP response it came from (`withResponse()`), or the raw `Response` with its body unread
 * (`asResponse()`). It keeps the answer as it came (the response, and its body as text) and parses
 * it once, when first asked. The request starts on the next microtask, so
 * `client.x().asResponse()` can still ask for the body to be left unread.
 */
import { type Answer, type ApiResult, parseEnvelope } from './answer.js';
import { BabySeaValidationError } from './errors.js';

/** Runs the call; `raw` leaves a successful answer's body unread. */
export type StartCall = (raw: boolean) => Promise<Answer>;

export class ApiPromise<T> extends Promise<T> {
  // `then` of a derived promise makes a plain Promise, not another ApiPromise.
  static override get [Symbol.species]() {
    return Promise;
  }

  readonly #start: StartCall;
  readonly #parse: (answer: Answer) => ApiResult<T>;
  #answer: Promise<Answer> | undefined;
  #result: Promise<ApiResult<T>> | undefined;
  #raw = false;

  constructor(start: StartCall, parse: (answer: Answer) => ApiResult<T> = parseEnvelope) {
    // The base promise is never used: then/catch/finally read the call's result.
    super((resolve) => resolve(undefined as T));
    this.#start = start;
    this.#parse = parse;
    queueMicrotask(() => this.#run(false));
  }

  #run(raw: boolean): Promise<Answer> {
    if (!this.#answer) {
      this.#raw = raw;
      this.#answer = this.#start(raw);
    }
    return this.#answer;
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
    this.#result ??= this.#run(false).then(this.#parse);
    return this.#result;
  }

  /**
   * The HTTP `Response` of a successful call, body unread. Error statuses still reject with a
   * `BabySeaError`. Called right away (`client.status().asResponse()`) it is the response itself,
   * and the SDK does not read the body; called later, a copy with the same status, headers and body.
   */
  asResponse(): Promise<Response> {
    return this.#run(true).then(({ response, text }) =>
      this.#raw ? response : new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers }),
    );
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
