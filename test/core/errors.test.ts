// One error model: the class of an error depends on the failure, never on the configuration. After
// the last attempt the SDK throws the last error itself, with `attempts`; code written for a
// wrapping BabySeaRetryError (instanceof, lastError) keeps working, as do the official constructors.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { errorForStatus } from '../../src/core/errors.js';
import * as sdk from '../../src/index.js';
import {
  BabySea,
  BabySeaError,
  BabySeaGenerationFailedError,
  BabySeaGenerationTimeoutError,
  BabySeaInternalServerError,
  BabySeaNetworkError,
  BabySeaRateLimitError,
  BabySeaRetryError,
  BabySeaTimeoutError,
  BabySeaValidationError,
} from '../../src/index.js';
import { ID } from '../helpers/spec.js';
import { apiError, type Step, startFaultServer } from '../transport/fault-server.js';

let server: Awaited<ReturnType<typeof startFaultServer>>;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());
beforeEach(() => server.script([], { example: true }));

const failure = (promise: PromiseLike<unknown>) =>
  Promise.resolve(promise).then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error as BabySeaError,
  );

const unavailable: Step = {
  status: 503,
  headers: { 'retry-after-ms': '1' },
  body: apiError('BSE5003', 'service_unavailable', 'down', true, 'req_503'),
};
const rateLimited: Step = {
  status: 429,
  headers: { 'retry-after-ms': '1' },
  body: apiError('BSE1005', 'rate_limit_exceeded', 'slow', true),
};

describe.each([0, 2])('with maxRetries %i', (maxRetries) => {
  // A short timeout only where the server never answers: an answer must not race it on a busy machine.
  const client = (timeout = 30_000) => new BabySea({ apiKey: 'bye_k', baseUrl: server.url, maxRetries, timeout });

  it.each([
    ['a server that never answers', { hang: 'headers' } as Step, BabySeaTimeoutError],
    ['a connection reset', { reset: 'before-headers' } as Step, BabySeaNetworkError],
    ['503', unavailable, BabySeaInternalServerError],
    ['429', rateLimited, BabySeaRateLimitError],
  ])('%s ends in the same class, which is also a BabySeaRetryError whose lastError is itself', async (_, step, ErrorClass) => {
    server.script([], step);
    const error = await failure(client('hang' in step ? 150 : undefined).getGeneration(ID));
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(BabySeaError);
    expect(error).toBeInstanceOf(BabySeaRetryError);
    expect((error as BabySeaRetryError).lastError).toBe(error);
    expect(error.attempts).toBe(maxRetries + 1);
    expect(server.attempts).toHaveLength(maxRetries + 1);
  });

  it('a failure that is not retried (400) is no BabySeaRetryError, after one attempt', async () => {
    server.script([], { status: 400, body: apiError('BSE2001', 'invalid_input', 'bad', false) });
    const error = await failure(client().getGeneration(ID));
    expect(error).not.toBeInstanceOf(BabySeaRetryError);
    expect(error.attempts).toBe(1);
  });
});

describe('BabySeaRetryError is a view, not a wrapper', () => {
  it('a validation error, an abort or a success of a retried call never matches it', async () => {
    const client = new BabySea({ apiKey: 'bye_k', baseUrl: server.url });
    expect(await failure(client.getGeneration('nope'))).not.toBeInstanceOf(BabySeaRetryError);
    expect(await failure(client.status({ signal: AbortSignal.abort() }))).not.toBeInstanceOf(BabySeaRetryError);
    expect({}).not.toBeInstanceOf(BabySeaRetryError);
    expect(new Error('x')).not.toBeInstanceOf(BabySeaRetryError);
  });
});

describe('the official SDK’s constructors and fields', () => {
  it('new BabySeaError(status, body, rateLimit) normalizes the body as the official one does', () => {
    const error = new BabySeaError(
      402,
      {
        status: 'error',
        request_id: 'req_1',
        error: { code: 'BSE1004', type: 'insufficient_credits', message: 'Top up', retryable: false },
      },
      {
        limit: 60,
        remaining: 0,
        reset: 1,
      },
    );
    expect(error).toMatchObject({
      status: 402,
      code: 'BSE1004',
      type: 'insufficient_credits',
      message: 'Top up',
      retryable: false,
      requestId: 'req_1',
    });
    expect(error.rateLimit).toEqual({ limit: 60, remaining: 0, reset: 1 });
    expect(error.body.error.code).toBe('BSE1004');
    const bare = new BabySeaError(503, {} as never);
    expect(bare).toMatchObject({ code: 'HTTP_503', type: 'api_error', message: 'HTTP 503', retryable: true });
    // A silent body gets the retry default the SDK itself applies to that status.
    const retried = [400, 401, 404, 408, 409, 422, 429, 500].filter((status) => new BabySeaError(status, {} as never).retryable);
    expect(retried).toEqual([408, 409, 429, 500]);
  });

  it('new BabySeaRetryError(lastError, attempts) (the official order) and (attempts, lastError) both work', () => {
    const last = new BabySeaInternalServerError('500 api_error BSE5000: boom', { status: 500, code: 'BSE5000', retryable: true });
    for (const error of [new BabySeaRetryError(last, 3), new BabySeaRetryError(3, last)]) {
      expect(error).toBeInstanceOf(BabySeaRetryError);
      expect(error).toBeInstanceOf(BabySeaError);
      expect(error).toMatchObject({ attempts: 3, status: 500, code: 'BSE5000' });
      expect(error.lastError).toBe(last);
      expect(error.message).toBe('All 3 attempts failed. Last error: 500 api_error BSE5000: boom');
    }
  });

  it('BabySeaNetworkError(cause, attempts, retryable), BabySeaTimeoutError(ms) and the generation errors carry the official fields', () => {
    const cause = new TypeError('fetch failed');
    expect(new BabySeaNetworkError(cause, 3, false)).toMatchObject({
      cause,
      attempts: 3,
      retryable: false,
      status: 0,
      code: 'network_error',
    });
    expect(new BabySeaTimeoutError(100)).toMatchObject({ timeoutMs: 100, retryable: true });
    const timeout = new BabySeaGenerationTimeoutError(ID, 5000, 'processing');
    expect(timeout).toMatchObject({ generation_id: ID, generationId: ID, timeoutMs: 5000, lastStatus: 'processing' });
    const failed = new BabySeaGenerationFailedError({
      account_id: ID,
      generation_id: ID,
      generation_status: 'failed',
      generation_error_code: 'BSE2006',
    });
    expect(failed).toMatchObject({ generation_id: ID, generation_status: 'failed', generation_error_code: 'BSE2006' });
  });

  it('every error has a string code, a number status and a body, so code written for the official API errors runs on any of them', () => {
    for (const error of [new BabySeaValidationError('x', 'bad'), new BabySeaTimeoutError(1), new BabySeaNetworkError(new Error('e'))]) {
      expect(typeof error.code).toBe('string');
      expect(typeof error.status).toBe('number');
      expect(error.body.error).toMatchObject({ code: error.code, type: error.type, retryable: error.retryable });
    }
  });
});

it('the class of every HTTP status is exported from the package', () => {
  const exported = Object.values(sdk).filter((value) => typeof value === 'function');
  for (let status = 200; status < 600; status++) expect(exported, `status ${status}`).toContain(errorForStatus(status));
});
