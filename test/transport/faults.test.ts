// The fault scenario table (README: "Errors and retries"): each row is one misbehaviour of a real
// local server and the outcome the SDK must produce. Attempts and delays are counted server-side.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BabySea,
  BabySeaAbortError,
  BabySeaAuthenticationError,
  BabySeaBadRequestError,
  BabySeaError,
  BabySeaInvalidResponseError,
  BabySeaNetworkError,
  BabySeaNotFoundError,
  BabySeaPermissionDeniedError,
  BabySeaRetryError,
  BabySeaTimeoutError,
  BabySeaUnprocessableEntityError,
} from '../../src/index.js';
import { example } from '../helpers/spec.js';
import { apiError, envelope, startFaultServer } from './fault-server.js';

const ID = '5c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
let server: Awaited<ReturnType<typeof startFaultServer>>;
const ok = { example: true } as const;

beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());
beforeEach(() => server.script([], ok));

const client = (options: Partial<ConstructorParameters<typeof BabySea>[0]> = {}) =>
  new BabySea({ apiKey: 'bs_secret_key_123', baseUrl: server.url, ...options });
const failure = (promise: PromiseLike<unknown>) =>
  Promise.resolve(promise).then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error as BabySeaError,
  );
const gaps = () => server.attempts.slice(1).map((a, i) => a.at - server.attempts[i]!.at);

describe('connection failures', () => {
  it('reset before headers, then success: retried, resolves', async () => {
    server.script([{ reset: 'before-headers' }], ok);
    const res = await client().getGeneration(ID);
    expect(res.data.generation_status).toBe('succeeded');
    expect(server.attempts).toHaveLength(2);
  });

  it('reset after headers (mid-body), then success: retried, resolves', async () => {
    server.script([{ reset: 'after-headers' }], ok);
    await client().getGeneration(ID);
    expect(server.attempts).toHaveLength(2);
  });

  it('truncated body (connection closed short of Content-Length): a network error, retried', async () => {
    server.script([{ truncate: true }], ok);
    await client().getGeneration(ID);
    expect(server.attempts).toHaveLength(2);
  });

  it('resets on every attempt: the network error itself after 1 + maxRetries attempts, also a BabySeaRetryError', async () => {
    server.script([], { reset: 'before-headers' });
    const error = await failure(client({ maxRetries: 2 }).getGeneration(ID));
    expect(error).toBeInstanceOf(BabySeaNetworkError);
    expect(error).toBeInstanceOf(BabySeaRetryError);
    expect(error.attempts).toBe(3);
    expect((error as BabySeaRetryError).lastError).toBe(error);
    expect(server.attempts).toHaveLength(3);
  });

  it('nothing listening: BabySeaNetworkError (maxRetries 0)', async () => {
    const error = await failure(new BabySea({ apiKey: 'k', baseUrl: 'http://127.0.0.1:9', maxRetries: 0 }).status());
    expect(error).toBeInstanceOf(BabySeaNetworkError);
    expect(error.message).toMatch(/^Network error: fetch failed/);
  });
});

describe('server errors and rate limits', () => {
  it.each([500, 502, 503, 504])('%i then success: retried once, with backoff', async (status) => {
    server.script([{ status, body: apiError('BSE5000', 'api_error', 'boom', true) }], ok);
    await client().getGeneration(ID);
    expect(server.attempts).toHaveLength(2);
    // Backoff before the first retry is 0.5 s less up to 25 % jitter.
    expect(gaps()[0]).toBeGreaterThanOrEqual(350);
  });

  it('429 with Retry-After: 1 waits about a second, then succeeds', async () => {
    server.script([{ status: 429, headers: { 'retry-after': '1' }, body: apiError('BSE1005', 'rate_limit_exceeded', 'slow down', true) }], ok);
    await client().getGeneration(ID);
    expect(server.attempts).toHaveLength(2);
    expect(gaps()[0]).toBeGreaterThanOrEqual(950);
  });

  it('429 with Retry-After as an HTTP date is honoured', async () => {
    const date = new Date(Date.now() + 2000).toUTCString();
    server.script([{ status: 429, headers: { 'retry-after': date }, body: apiError('BSE1005', 'rate_limit_exceeded', 'slow down', true) }], ok);
    await client().getGeneration(ID);
    expect(server.attempts).toHaveLength(2);
    // The date has one-second resolution, so the wait is between 1 and 2 s.
    expect(gaps()[0]).toBeGreaterThanOrEqual(900);
  });

  it('429 with retry-after-ms takes precedence over Retry-After', async () => {
    server.script(
      [{ status: 429, headers: { 'retry-after-ms': '30', 'retry-after': '3' }, body: apiError('BSE1005', 'rate_limit_exceeded', 'x', true) }],
      ok,
    );
    await client().getGeneration(ID);
    expect(server.attempts).toHaveLength(2);
    // 30 ms, not the 3 s of Retry-After: a wrong precedence fails here, not by timing out.
    expect(gaps()[0]).toBeLessThan(1_500);
  });

  it('Retry-After beyond 60 s fails at once with retryAfter set, instead of sleeping', async () => {
    server.script([{ status: 429, headers: { 'retry-after': '120' }, body: apiError('BSE1005', 'rate_limit_exceeded', 'slow down', true) }], ok);
    const error = await failure(client().getGeneration(ID));
    expect(error).toMatchObject({ status: 429, code: 'BSE1005', retryAfter: 120 });
    expect(error).not.toBeInstanceOf(BabySeaRetryError);
    expect(server.attempts).toHaveLength(1);
  });

  it('rate-limit headers, request id and message are on the error', async () => {
    server.script([], {
      status: 429,
      headers: { 'x-ratelimit-limit': '120', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1795601102', 'retry-after': '1' },
      body: apiError('BSE1005', 'rate_limit_exceeded', 'Rate limit exceeded', true, 'req_429'),
    });
    const error = await failure(client({ maxRetries: 0 }).getGeneration(ID));
    expect(error.message).toBe('429 rate_limit_exceeded BSE1005: Rate limit exceeded (request_id req_429)');
    expect(error).toMatchObject({ requestId: 'req_429', retryAfter: 1, rateLimit: { limit: 120, remaining: 0, reset: 1795601102 } });
  });

  it('retries give up after maxRetries with the last error (also a BabySeaRetryError) and its request id', async () => {
    server.script([], {
      status: 503,
      headers: { 'retry-after-ms': '1' },
      body: apiError('BSE5003', 'service_unavailable', 'down', true, 'req_503'),
    });
    const error = await failure(client({ maxRetries: 3 }).getGeneration(ID));
    expect(error).toBeInstanceOf(BabySeaRetryError);
    expect(error).toMatchObject({ attempts: 4, status: 503, code: 'BSE5003', requestId: 'req_503' });
    expect(server.attempts).toHaveLength(4);
  });

  it('per-call maxRetries overrides the client', async () => {
    server.script([], { status: 503, headers: { 'retry-after-ms': '1' }, body: apiError('BSE5003', 'service_unavailable', 'down', true) });
    await failure(client({ maxRetries: 5 }).getGeneration(ID, { maxRetries: 1 }));
    expect(server.attempts).toHaveLength(2);
  });
});

describe('errors that are not retried', () => {
  it.each([
    [400, BabySeaBadRequestError],
    [401, BabySeaAuthenticationError],
    [403, BabySeaPermissionDeniedError],
    [404, BabySeaNotFoundError],
    [422, BabySeaUnprocessableEntityError],
  ])('%i: thrown after one attempt, as its status class', async (status, ErrorClass) => {
    server.script([], { status, body: apiError('BSE2001', 'invalid_input', `status ${status}`, false) });
    const error = await failure(client().getGeneration(ID));
    expect(error.constructor).toBe(ErrorClass);
    expect(error).toBeInstanceOf(BabySeaError);
    expect(error).not.toBeInstanceOf(BabySeaRetryError);
    expect(error.status).toBe(status);
    expect(server.attempts).toHaveLength(1);
  });

  it.each(['BSE2015', 'BSE2016'])('409 idempotency conflict %s: not retried', async (code) => {
    server.script([], {
      status: 409,
      body: { status: 'error', request_id: 'r', error: { code, type: 'idempotency_error', message: 'conflict' } },
    });
    await failure(client().generate('a/b', { generation_prompt: 'x' }));
    expect(server.attempts).toHaveLength(1);
  });

  it('409 of another kind and 408 are retried', async () => {
    server.script(
      [
        { status: 409, body: { status: 'error', error: { code: 'BSE2099', type: 'conflict', message: 'busy' } } },
        { status: 408, raw: 'timeout' },
      ],
      ok,
    );
    await client().getGeneration(ID);
    expect(server.attempts).toHaveLength(3);
  });

  it('a 500 whose body says retryable: false is not retried; a 400 that says retryable: true is', async () => {
    server.script([{ status: 500, body: apiError('BSE5001', 'api_error', 'deterministic', false) }], ok);
    await failure(client().getGeneration(ID));
    expect(server.attempts).toHaveLength(1);
    server.script([{ status: 400, body: apiError('BSE2001', 'invalid_input', 'transient', true) }], ok);
    await client().getGeneration(ID);
    expect(server.attempts).toHaveLength(2);
  });
});

describe('malformed answers', () => {
  it('200 with a body that is not JSON: BabySeaInvalidResponseError with status and an excerpt, not retried', async () => {
    server.script([], { status: 200, raw: 'Hello, I am not JSON' });
    const error = await failure(client().getGeneration(ID));
    expect(error).toBeInstanceOf(BabySeaInvalidResponseError);
    expect(error).toMatchObject({ status: 200, code: 'HTTP_200', type: 'invalid_response', retryable: false });
    expect(error.message).toContain('"Hello, I am not JSON"');
    expect(server.attempts).toHaveLength(1);
  });

  it('an HTML 502 page: BabySeaError with the excerpt; retried as a 5xx', async () => {
    const html = '<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>';
    server.script([], { status: 502, raw: html, headers: { 'x-request-id': 'req_edge_1' } });
    const error = await failure(client({ maxRetries: 0 }).getGeneration(ID));
    expect(error).toMatchObject({ status: 502, code: 'HTTP_502', type: 'api_error', retryable: true, requestId: 'req_edge_1' });
    expect(error.message).toContain('<title>502 Bad Gateway</title>');
    server.script([{ status: 502, raw: html }], ok);
    await client().getGeneration(ID);
    expect(server.attempts).toHaveLength(2);
  });

  it('truncated JSON (complete HTTP body) is a typed error, never a SyntaxError', async () => {
    server.script([], { status: 200, raw: '{"status":"success","data":{"generation_id":' });
    const error = await failure(client().getGeneration(ID));
    expect(error).toBeInstanceOf(BabySeaError);
    expect(error.type).toBe('invalid_response');
  });

  it.each([
    ['missing data', { status: 'success', request_id: 'req_x' }],
    ['wrong status', { status: 'ok', request_id: 'req_x', data: {} }],
    ['a JSON array', [1, 2]],
    ['JSON null', null],
  ])('an envelope with %s is a typed error keeping the request id', async (_, body) => {
    server.script([], { status: 200, body });
    const error = await failure(client().getGeneration(ID));
    expect(error).toMatchObject({ status: 200, type: 'invalid_response' });
    if (body && !Array.isArray(body)) expect(error.requestId).toBe('req_x');
  });

  it('an error body without code/type/retryable gets HTTP_<status>, api_error and the status default', async () => {
    server.script([], { status: 503, body: { status: 'error', error: { message: 'down for maintenance' } } });
    const error = await failure(client({ maxRetries: 0 }).getGeneration(ID));
    expect(error).toMatchObject({ code: 'HTTP_503', type: 'api_error', retryable: true });
    expect(error.message).toBe('503 api_error HTTP_503: down for maintenance');
  });
});

describe('timeouts and cancellation', () => {
  it('headers never sent: BabySeaTimeoutError after the timeout', async () => {
    server.script([], { hang: 'headers' });
    const error = await failure(client({ timeout: 200, maxRetries: 0 }).getGeneration(ID));
    expect(error).toBeInstanceOf(BabySeaTimeoutError);
    expect(error.message).toBe('Request timed out after 200 ms.');
  });

  it('a body that stalls after the headers: the timeout covers the body too', async () => {
    server.script([], { hang: 'body' });
    const error = await failure(client({ maxRetries: 0 }).getGeneration(ID, { timeout: 200 }));
    expect(error).toBeInstanceOf(BabySeaTimeoutError);
  });

  it('timeouts are retried: hang, then success', async () => {
    server.script([{ hang: 'headers' }], ok);
    const res = await client({ timeout: 200 }).getGeneration(ID);
    expect(res.data.generation_id).toBe(ID);
    expect(server.attempts).toHaveLength(2);
  });

  it('abort mid-flight: BabySeaAbortError with the caller’s reason, no retry', async () => {
    server.script([], { hang: 'headers' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('user left')), 50);
    const error = await failure(client().getGeneration(ID, { signal: controller.signal }));
    expect(error).toBeInstanceOf(BabySeaAbortError);
    expect((error.cause as Error).message).toBe('user left');
    expect(server.attempts).toHaveLength(1);
  });

  it('abort during the backoff sleep stops at once (Retry-After 30 s is not waited out)', async () => {
    server.script([], { status: 503, headers: { 'retry-after': '30' }, body: apiError('BSE5003', 'service_unavailable', 'down', true) });
    const controller = new AbortController();
    const pending = failure(client().getGeneration(ID, { signal: controller.signal }));
    while (server.attempts.length === 0) await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(BabySeaAbortError);
    expect(server.attempts).toHaveLength(1);
  });

  it('an already-aborted signal sends nothing', async () => {
    const error = await failure(client().status({ signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(BabySeaAbortError);
    expect(server.attempts).toHaveLength(0);
  });
});

describe('idempotency', () => {
  it('a POST retried after resets reuses one Idempotency-Key, so the server creates one generation', async () => {
    const created = new Map<string, number>();
    server.script(
      [
        { reset: 'before-headers' },
        { reset: 'after-headers' },
        { status: 503, body: apiError('BSE5003', 's', 'x', true), headers: { 'retry-after-ms': '1' } },
      ],
      {
        status: 200,
        headers: { 'idempotency-replayed': 'true' },
        body: envelope({
          model_identifier: 'a/b',
          generation_provider_order: ['fal'],
          generation_prediction_id: null,
          generation_id: ID,
          generation_initialized: true,
        }),
      },
    );
    const res = await client({ maxRetries: 3 }).generate('a/b', { generation_prompt: 'x' });
    for (const attempt of server.attempts) {
      const key = attempt.headers['idempotency-key'] as string;
      created.set(key, (created.get(key) ?? 0) + 1);
    }
    expect(server.attempts).toHaveLength(4);
    expect(created.size).toBe(1);
    expect([...created.keys()][0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(res.idempotency_replayed).toBe(true);
  });

  it('each call gets its own key; a caller-given key is sent as is', async () => {
    const c = client();
    await c.generate('a/b', { generation_prompt: 'x' });
    await c.generate('a/b', { generation_prompt: 'x' });
    await c.generate('a/b', { generation_prompt: 'x' }, { idempotencyKey: 'order:42' });
    const keys = server.attempts.map((a) => a.headers['idempotency-key']);
    expect(new Set(keys).size).toBe(3);
    expect(keys[2]).toBe('order:42');
  });

  it('routes that do not declare Idempotency-Key (GET, DELETE, the cancel POST) carry none', async () => {
    await client().getGeneration(ID);
    await client().deleteGeneration(ID);
    await client().cancelGeneration(ID);
    expect(server.attempts.map((a) => a.headers['idempotency-key'])).toEqual([undefined, undefined, undefined]);
  });
});

describe('raw access and logging', () => {
  it('withResponse() gives the envelope, the Response and the request id', async () => {
    server.script([], {
      status: 200,
      headers: { 'x-ratelimit-remaining': '41' },
      body: { ...example('status'), request_id: 'req_raw' },
    });
    const { data, response, requestId } = await client().status().withResponse();
    expect(data.request_id).toBe('req_raw');
    expect(requestId).toBe('req_raw');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-ratelimit-remaining')).toBe('41');
  });

  it('the logger gets method, path, status, attempt, duration and request id, with Authorization redacted', async () => {
    server.script([{ status: 503, headers: { 'retry-after-ms': '1' }, body: apiError('BSE5003', 's', 'x', true, 'req_1') }], ok);
    const lines: [string, Record<string, any>][] = [];
    await client({ logger: { debug: (message, fields) => lines.push([message, fields]) } }).getGeneration(ID);
    expect(lines.map(([, f]) => [f.method, f.path, f.status, f.attempt, f.requestId])).toEqual([
      ['GET', '/v1/content/{generation_id}', 503, 1, 'req_1'],
      ['GET', '/v1/content/{generation_id}', 200, 2, 'req_3f4a5b6c7d8e9f0a'],
    ]);
    expect(lines[0]![1].durationMs).toBeTypeOf('number');
    expect(lines[0]![1].headers.authorization).toBe('Bearer [redacted]');
    expect(JSON.stringify(lines)).not.toContain('bs_secret_key_123');
  });

  it('BABYSEA_LOG=debug logs to console.debug; logger: false turns it off', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    process.env.BABYSEA_LOG = 'debug';
    try {
      await client().getGeneration(ID);
      await client({ logger: false }).getGeneration(ID);
      expect(debug).toHaveBeenCalledTimes(1);
      expect(debug.mock.calls[0]![0]).toBe('babysea GET /v1/content/{generation_id} -> 200');
      expect(JSON.stringify(debug.mock.calls)).not.toContain('bs_secret_key_123');
    } finally {
      delete process.env.BABYSEA_LOG;
      debug.mockRestore();
    }
  });
});
