// client.use() takes openapi-fetch middleware, which runs once per attempt: a retried call runs it again.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BabySea, BabySeaNetworkError, type Middleware } from '../../src/index.js';
import { apiError, startFaultServer } from '../transport/fault-server.js';

let server: Awaited<ReturnType<typeof startFaultServer>>;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());
beforeEach(() => server.script([], { example: true }));

const client = () => new BabySea({ apiKey: 'bye_k', baseUrl: server.url, maxRetries: 2 });

describe('middleware', () => {
  it('onRequest adds a header to every attempt; onResponse sees every answer, the retried 503 included', async () => {
    server.script([{ status: 503, headers: { 'retry-after-ms': '1' }, body: apiError('BSE5003', 's', 'x', true) }], { example: true });
    const seen: number[] = [];
    const middleware: Middleware = {
      onRequest({ request }) {
        request.headers.set('x-attempt-id', String(seen.length + 1));
        return request;
      },
      onResponse({ response }) {
        seen.push(response.status);
      },
    };
    const c = client();
    c.use(middleware);
    await c.status();
    expect(seen).toEqual([503, 200]);
    expect(server.attempts.map((a) => a.headers['x-attempt-id'])).toEqual(['1', '2']);
  });

  it('onError sees each network failure; the call still ends in the typed error after its retries', async () => {
    server.script([], { reset: 'before-headers' });
    const errors: unknown[] = [];
    const c = client();
    c.use({
      onError({ error }) {
        errors.push(error);
      },
    });
    const error = await c.status().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BabySeaNetworkError);
    expect(errors).toHaveLength(3);
  });

  it('onResponse can replace an answer, and the SDK parses what it returns', async () => {
    server.script([], { status: 500, body: apiError('BSE5000', 'api_error', 'boom', false) });
    const c = client();
    c.use({
      onResponse({ response }) {
        if (response.status === 500)
          return Response.json({
            status: 'success',
            request_id: 'req_mw',
            message: 'fixed',
            timestamp: 't',
            data: { healthy: true, service: 'redis', latency_ms: 1 },
          });
      },
    });
    const res = await c.health.cache();
    expect(res.request_id).toBe('req_mw');
  });

  it('a middleware that throws ends the call with a non-retried BabySeaError, nothing sent', async () => {
    const c = client();
    c.use({
      onRequest() {
        throw new Error('policy: no requests on Sundays');
      },
    });
    const error = await c.status().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'BabySeaError', type: 'request_error', retryable: false, attempts: 1 });
    expect((error as Error).message).toContain('policy: no requests on Sundays');
    expect(server.attempts).toHaveLength(0);
  });

  it('eject() removes it', async () => {
    let calls = 0;
    const counting: Middleware = { onRequest: () => void calls++ };
    const c = client();
    c.use(counting);
    await c.status();
    c.eject(counting);
    await c.status();
    expect(calls).toBe(1);
  });
});
