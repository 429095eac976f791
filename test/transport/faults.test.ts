// The fault table (docs/faults.md, generated from these names): each test is one misbehaviour of a
// real local server, named "<what the server does> → <what the SDK does>". Attempts and delays are
// counted server-side.
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
import { example, ID } from '../helpers/spec.js';
import { apiError, envelope, startFaultServer } from './fault-server.js';

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
  it('the server resets before sending headers, then answers → retried, resolves (2 attempts)', async () => {
    server.script([{ reset: 'before-headers' }], ok);
    const res = await client().getGeneration(ID);
    expect(res.data.generation_status).toBe('succeeded');
    expect(server.attempts).toHaveLength(2);
  });

  it('the server resets mid-body, after the headers → retried as a network error, resolves', async () => {
    server.script([{ reset: 'after-headers' }], ok);
    await client().getGeneration(ID);
    expect(server.attempts).toHaveLength(2);
  });

  it('the server closes the connection short of Content-Length → retried as a network error, resolves', async () => {
    server.script([{ truncate: true }], ok);
    await client().getGeneration(ID);
    expect(server.attempts).toHaveLength(2);
  });

  it('the server resets every time → BabySeaNetworkError after 1 + maxRetries attempts (also a BabySeaRetryError)', async () => {
    server.script([], { reset: 'before-headers' });
    const error = await failure(client({ maxRetries: 2 }).getGeneration(ID));
    expect(error).toBeInstanceOf(BabySeaNetworkError);
    expect(error).toBeInstanceOf(BabySeaRetryError);
    expect(error.attempts).toBe(3);
    expect((error as BabySeaRetryError).lastError).toBe(error);
    expect(server.attempts).toHaveLength(3);
  });

  it('nothing listens on the port → BabySeaNetworkError', async () => {
    const error = await failure(new BabySea({ apiKey: 'k', baseUrl: 'http://127.0.0.1:9', maxRetries: 0 }).status());
    expect(error).toBeInstanceOf(BabySeaNetworkError);
    expect(error.message).toMatch(/^Network error after 1 attempt\(s\): fetch failed/);
  });
});

describe('server errors and rate limits', () => {
  it.each([500, 502, 503, 504])('the server answers %i, then 200 → waits ≥ 0.375 s, retries once, resolves', async (status) => {
    server.script([{ status, body: apiError('BSE5000', 'api_error', 'boom', true) }], ok);
    await client().getGeneration(ID);
    expect(server.attempts).toHaveLength(2);
    // Backoff before the first retry is 0.5 s less up to 25 % jitter.
    expect(gaps()[0]).toBeGreaterThanOrEqual(350);
  });

  it('the server answers 429 with Retry-After: 1 → waits about a second, resolves', async () => {
    server.script(
      [{ status: 429, headers: { 'retry-after': '1' }, body: apiError('BSE1005', 'rate_limit_exceeded', 'slow down', true) }],
      ok,
    );
    await client().getGeneration(ID);
    expect(server.attempts).toHaveLength(2);
    expect(gaps()[0]).toBeGreaterThanOrEqual(950);
  });

  it('the server answers 429 with Retry-After as an HTTP date → waits until then, resolves', async () => {
    const date = new Date(Date.now() + 2000).toUTCString();
    server.script(
      [{ status: 429, headers: { 'retry-after': date }, body: apiError('BSE1005', 'rate_limit_exceeded', 'slow down', true) }],
      ok,
    );
    await client().getGeneration(ID);
    expect(server.attempts).toHaveLength(2);
    // The date has one-second resolution, so the wait is between 1 and 2 s.
    expect(gaps()[0]).toBeGreaterThanOrEqual(900);
  });

  it('the server answers 429 with retry-after-ms and Retry-After → waits retry-after-ms', async () => {
    server.script(
      [
        {
          status: 429,
          headers: { 'retry-after-ms': '30', 'retry-after': '120' },
          body: apiError('BSE1005', 'rate_limit_exceeded', 'x', true),
        },
      ],
      ok,
    );
    // Read first, Retry-After: 120 would end the call at once (a wait over 60 s is not slept): two
    // attempts and a result mean the 30 ms of retry-after-ms won, whatever the clock says.
    const res = await client().getGeneration(ID);
    expect(res.data.generation_status).toBe('succeeded');
    expect(server.attempts).toHaveLength(2);
    expect(gaps()[0]).toBeGreaterThanOrEqual(25);
  });

  it('the server answers 429 with Retry-After: 120 → fails at once (1 attempt) with retryAfter: 120', async () => {
    server.script(
      [{ status: 429, headers: { 'retry-after': '120' }, body: apiError('BSE1005', 'rate_limit_exceeded', 'slow down', true) }],
      ok,
    );
    const error = await failure(client().getGeneration(ID));
    expect(error).toMatchObject({ status: 429, code: 'BSE1005', retryAfter: 120 });
    expect(error).not.toBeInstanceOf(BabySeaRetryError);
    expect(server.attempts).toHaveLength(1);
  });

  it('the server answers 429 with rate-limit headers → BabySeaRateLimitError with rateLimit, retryAfter, requestId and the message', async () => {
    server.script([], {
      status: 429,
      headers: { 'x-ratelimit-limit': '120', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1795601102', 'retry-after': '1' },
      body: apiError('BSE1005', 'rate_limit_exceeded', 'Rate limit exceeded', true, 'req_429'),
    });
    const error = await failure(client({ maxRetries: 0 }).getGeneration(ID));
    expect(error.message).toBe('429 rate_limit_exceeded BSE1005: Rate limit exceeded (request_id req_429)');
    expect(error).toMatchObject({ requestId: 'req_429', retryAfter: 1, rateLimit: { limit: 120, remaining: 0, reset: 1795601102 } });
  });

  it('the server answers 503 every time → the last error after 1 + maxRetries attempts, with its code and requestId', async () => {
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

  it('the server answers 503 and the call sets maxRetries → the call’s maxRetries wins over the client’s', async () => {
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
  ])('the server answers %i → its status class after 1 attempt', async (status, ErrorClass) => {
    server.script([], { status, body: apiError('BSE2001', 'invalid_input', `status ${status}`, false) });
    const error = await failure(client().getGeneration(ID));
    expect(error.constructor).toBe(ErrorClass);
    expect(error).toBeInstanceOf(BabySeaError);
    expect(error).not.toBeInstanceOf(BabySeaRetryError);
    expect(error.status).toBe(status);
    expect(server.attempts).toHaveLength(1);
  });

  it.each(['BSE2015', 'BSE2016'])('the server answers 409 %s (idempotency conflict) → not retried', async (code) => {
    server.script([], {
      status: 409,
      body: { status: 'error', request_id: 'r', error: { code, type: 'idempotency_error', message: 'conflict' } },
    });
    await failure(client().generate('a/b', { generation_prompt: 'x' }));
    expect(server.attempts).toHaveLength(1);
  });

  it('the server answers 409 of another kind, or 408 → retried', async () => {
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

  it('the server answers 500 with retryable: false, or 400 with retryable: true → the body decides: not retried; retried', async () => {
    server.script([{ status: 500, body: apiError('BSE5001', 'api_error', 'deterministic', false) }], ok);
    await failure(client().getGeneration(ID));
    expect(server.attempts).toHaveLength(1);
    server.script([{ status: 400, body: apiError('BSE2001', 'invalid_input', 'transient', true) }], ok);
    await client().getGeneration(ID);
    expect(server.attempts).toHaveLength(2);
  });
});

describe('malformed answers', () => {
  it('the server answers 200 with a body that is not JSON → BabySeaInvalidResponseError with an excerpt, not retried', async () => {
    server.script([], { status: 200, raw: 'Hello, I am not JSON' });
    const error = await failure(client().getGeneration(ID));
    expect(error).toBeInstanceOf(BabySeaInvalidResponseError);
    expect(error).toMatchObject({ status: 200, code: 'HTTP_200', type: 'invalid_response', retryable: false });
    expect(error.message).toContain('"Hello, I am not JSON"');
    expect(server.attempts).toHaveLength(1);
  });

  it('the server answers an HTML 502 page → BabySeaInternalServerError HTTP_502 with the excerpt and x-request-id; retried', async () => {
    const html = '<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>';
    server.script([], { status: 502, raw: html, headers: { 'x-request-id': 'req_edge_1' } });
    const error = await failure(client({ maxRetries: 0 }).getGeneration(ID));
    expect(error).toMatchObject({ status: 502, code: 'HTTP_502', type: 'api_error', retryable: true, requestId: 'req_edge_1' });
    expect(error.message).toContain('<title>502 Bad Gateway</title>');
    server.script([{ status: 502, raw: html }], ok);
    await client().getGeneration(ID);
    expect(server.attempts).toHaveLength(2);
  });

  it('the server answers truncated JSON → BabySeaInvalidResponseError, never a SyntaxError', async () => {
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
  ])('the server answers an envelope with %s → BabySeaInvalidResponseError keeping the request id', async (_, body) => {
    server.script([], { status: 200, body });
    const error = await failure(client().getGeneration(ID));
    expect(error).toMatchObject({ status: 200, type: 'invalid_response' });
    if (body && !Array.isArray(body)) expect(error.requestId).toBe('req_x');
  });

  it('the server answers an error without code, type or retryable → HTTP_<status>, api_error and the status default', async () => {
    server.script([], { status: 503, body: { status: 'error', error: { message: 'down for maintenance' } } });
    const error = await failure(client({ maxRetries: 0 }).getGeneration(ID));
    expect(error).toMatchObject({ code: 'HTTP_503', type: 'api_error', retryable: true });
    expect(error.message).toBe('503 api_error HTTP_503: down for maintenance');
  });
});

describe('timeouts and cancellation', () => {
  it('the server never sends headers → BabySeaTimeoutError after timeout', async () => {
    server.script([], { hang: 'headers' });
    const error = await failure(client({ timeout: 200, maxRetries: 0 }).getGeneration(ID));
    expect(error).toBeInstanceOf(BabySeaTimeoutError);
    expect(error.message).toBe('Request timed out after 200ms');
  });

  it('the server sends headers, then stalls the body → BabySeaTimeoutError: the timeout covers the body', async () => {
    server.script([], { hang: 'body' });
    const error = await failure(client({ maxRetries: 0 }).getGeneration(ID, { timeout: 200 }));
    expect(error).toBeInstanceOf(BabySeaTimeoutError);
  });

  it('the server hangs once, then answers → retried after the timeout, resolves', async () => {
    server.script([{ hang: 'headers' }], ok);
    // Long enough that the second attempt's answer never races it, however busy the machine.
    const res = await client({ timeout: 2_000 }).getGeneration(ID);
    expect(res.data.generation_id).toBe(ID);
    expect(server.attempts).toHaveLength(2);
  });

  it('the server hangs while the caller aborts → BabySeaAbortError with the caller’s reason, 1 attempt', async () => {
    server.script([], { hang: 'headers' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('user left')), 50);
    const error = await failure(client().getGeneration(ID, { signal: controller.signal }));
    expect(error).toBeInstanceOf(BabySeaAbortError);
    expect((error.cause as Error).message).toBe('user left');
    expect(server.attempts).toHaveLength(1);
  });

  it('the server answers 503 Retry-After: 30 and the caller aborts during the wait → BabySeaAbortError at once, 1 attempt', async () => {
    server.script([], { status: 503, headers: { 'retry-after': '30' }, body: apiError('BSE5003', 'service_unavailable', 'down', true) });
    const controller = new AbortController();
    const pending = failure(client().getGeneration(ID, { signal: controller.signal }));
    while (server.attempts.length === 0) await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(BabySeaAbortError);
    expect(server.attempts).toHaveLength(1);
  });

  it('the caller passes an already-aborted signal → BabySeaAbortError, nothing sent', async () => {
    const error = await failure(client().status({ signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(BabySeaAbortError);
    expect(server.attempts).toHaveLength(0);
  });
});

describe('idempotency', () => {
  it('the server resets a generate POST twice, answers 503, then 200 → 4 attempts with one Idempotency-Key: one generation', async () => {
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

  it('two generate calls and one with idempotencyKey → three keys, the caller’s as given', async () => {
    const c = client();
    await c.generate('a/b', { generation_prompt: 'x' });
    await c.generate('a/b', { generation_prompt: 'x' });
    await c.generate('a/b', { generation_prompt: 'x' }, { idempotencyKey: 'order:42' });
    const keys = server.attempts.map((a) => a.headers['idempotency-key']);
    expect(new Set(keys).size).toBe(3);
    expect(keys[2]).toBe('order:42');
  });

  it('a GET, a DELETE and the cancel POST → no Idempotency-Key: their routes declare none', async () => {
    await client().getGeneration(ID);
    await client().deleteGeneration(ID);
    await client().cancelGeneration(ID);
    expect(server.attempts.map((a) => a.headers['idempotency-key'])).toEqual([undefined, undefined, undefined]);
  });
});

describe('raw access and logging', () => {
  it('the server answers 200 with headers → withResponse() gives the envelope, the Response and the request id', async () => {
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

  it('a 503, then 200, with a logger → one debug line per attempt, Authorization redacted', async () => {
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

  it('BABYSEA_LOG=debug → debug lines on console.debug; logger: false turns them off', async () => {
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
