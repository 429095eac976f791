/**
 * What every method returns: a real `Promise` of the parsed envelope that can also hand out the
 * HTTP response it came from (`withResponse()`), or the raw `Response` with its body unread
 * (`asResponse()`). It keeps the answer as it came (the response, and its body as text) and parses
 * it once, when first asked. The request starts at once; whether its body is read is decided when
 * the answer arrives, so `client.x().asResponse()` still leaves it unread.
 */
import { type Answer, type ApiResult, parseEnvelope } from './answer.js';
import { BabySeaValidationError } from './errors.js';

/** Starts the call; when a successful answer arrives, `unread()` says whether to leave its body unread. */
export type StartCall = (unread: () => boolean) => Promise<Answer>;

export class ApiPromise<T> extends Promise<T> {
  // `then` of a derived promise makes a plain Promise, not another ApiPromise.
  static override get [Symbol.species]() {
    return Promise;
  }

  readonly #answer: Promise<Answer>;
  readonly #parse: (answer: Answer) => ApiResult<T>;
  #result: Promise<ApiResult<T>> | undefined;
  #unread = false;

  constructor(start: StartCall, parse: (answer: Answer) => ApiResult<T> = parseEnvelope) {
    // The base promise is never used: then/catch/finally read the call's result.
    super((resolve) => resolve(undefined as T));
    this.#parse = parse;
    // Left unread only for asResponse() alone: once the envelope is asked for, the body is read.
    this.#answer = start(() => this.#unread && this.#result === undefined);
  }

  /** The envelope together with the `Response` (status, headers) and the request id. */
  withResponse(): Promise<ApiResult<T>> {
    this.#result ??= this.#answer.then((answer) => {
      if (answer.text === undefined) {
        throw new BabySeaValidationError(
          'withResponse',
          'this call already gave its unread body to asResponse(); call the method again to read the envelope.',
        );
      }
      return this.#parse(answer);
    });
    return this.#result;
  }

  /**
   * The HTTP `Response` of a successful call. Error statuses still reject with a `BabySeaError`.
   * Called right away (`client.status().asResponse()`) it is the response itself, and the SDK does
   * not read the body; once the body was read, a copy with the same status, headers and body.
   */
  asResponse(): Promise<Response> {
    this.#unread = true;
    return this.#answer.then(({ response, text }) =>
      text === undefined
        ? response
        : new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers }),
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
