// The API key never reaches an error, and whatever a server answers, the SDK returns a typed
// result or throws a BabySeaError subclass: never a raw SyntaxError, TypeError or hang.
import { inspect } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BabySea, BabySeaError } from '../../src/index.js';
import { startFaultServer } from './fault-server.js';

const KEY = 'bs_live_SECRET_0123456789';
const ID = '5c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

/** Every way an error can be printed or serialized, cause chain included. */
function everyRendering(error: unknown): string {
  const parts: string[] = [];
  for (let e: any = error, depth = 0; e && depth < 10; e = e.cause, depth++) {
    parts.push(String(e), e.message ?? '', e.stack ?? '', JSON.stringify(e) ?? '', inspect(e, { depth: Infinity, showHidden: true }));
  }
  return parts.join('\n');
}

describe('the API key never appears in an error', () => {
  let server: Awaited<ReturnType<typeof startFaultServer>>;
  beforeAll(async () => (server = await startFaultServer()));
  afterAll(() => server.close());

  it('even when a proxy echoes the Authorization header in the error body', async () => {
    server.script([], {
      status: 401,
      body: {
        status: 'error',
        request_id: 'r',
        error: { code: 'BSE1002', type: 'authentication_error', message: `bad key Bearer ${KEY}`, retryable: false, echo: KEY },
      },
    });
    const error = await new BabySea({ apiKey: KEY, baseUrl: server.url }).status().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BabySeaError);
    expect((error as Error).message).toContain('bad key Bearer [redacted]');
    expect(everyRendering(error)).not.toContain(KEY);
  });

  it('nor when a non-JSON error page echoes it', async () => {
    server.script([], { status: 500, raw: `<pre>Authorization: Bearer ${KEY}</pre>` });
    const error = await new BabySea({ apiKey: KEY, baseUrl: server.url, maxRetries: 0 }).status().catch((e: unknown) => e);
    expect(everyRendering(error)).not.toContain(KEY);
  });

  it('nor when a custom fetch throws an error that contains it', async () => {
    const leakyFetch = (async (request: Request) => {
      throw new TypeError(`proxy refused ${request.headers.get('authorization')}`);
    }) as unknown as typeof fetch;
    const error = await new BabySea({ apiKey: KEY, baseUrl: 'http://x.test', fetch: leakyFetch, maxRetries: 0 })
      .status()
      .catch((e: unknown) => e);
    expect((error as Error).message).toContain('proxy refused');
    expect(everyRendering(error)).not.toContain(KEY);
  });

  it('nor when the client itself is printed or serialized', () => {
    const client = new BabySea({ apiKey: KEY });
    expect(inspect(client, { depth: Infinity, showHidden: true })).not.toContain(KEY);
    expect(JSON.stringify(client)).not.toContain(KEY);
  });
});

describe('property: any answer yields a typed result or a BabySeaError', () => {
  const headerValue = fc.oneof(
    fc.string(),
    fc.integer({ min: -5, max: 100 }).map(String),
    fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
  );
  const jsonish = fc.oneof(
    fc.jsonValue(),
    fc.record(
      { status: fc.constantFrom('success', 'error', 'ok'), request_id: fc.option(fc.string()), data: fc.option(fc.jsonValue()) },
      { requiredKeys: [] },
    ),
    fc.record({
      status: fc.constant('error'),
      error: fc.record(
        {
          code: fc.oneof(fc.string(), fc.constant(KEY)),
          type: fc.string(),
          message: fc.oneof(fc.string(), fc.constant(`key=${KEY}`)),
          retryable: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
    }),
  );
  const answer = fc.record({
    status: fc.integer({ min: 200, max: 599 }),
    body: fc.oneof(
      jsonish.map((v) => JSON.stringify(v)),
      fc.string(),
      fc.string().map((s) => s + KEY),
    ),
    retryAfter: fc.option(headerValue),
    retryAfterMs: fc.option(headerValue),
    rateLimit: fc.option(headerValue),
  });

  it('for thousands of random statuses, headers and bodies', async () => {
    await fc.assert(
      fc.asyncProperty(answer, async (a) => {
        const headers = new Headers();
        if (a.retryAfter !== null) headers.set('retry-after', a.retryAfter);
        if (a.retryAfterMs !== null) headers.set('retry-after-ms', a.retryAfterMs);
        if (a.rateLimit !== null) headers.set('x-ratelimit-remaining', a.rateLimit);
        const fakeFetch = (async () =>
          new Response([204, 205, 304].includes(a.status) ? null : a.body, { status: a.status, headers })) as unknown as typeof fetch;
        const client = new BabySea({ apiKey: KEY, baseUrl: 'http://x.test', fetch: fakeFetch, maxRetries: 0 });
        try {
          const res = await client.getGeneration(ID);
          expect(a.status).toBeLessThan(300);
          expect(res.status).toBe('success');
          expect(res).toHaveProperty('data');
        } catch (error) {
          expect(error).toBeInstanceOf(BabySeaError);
          expect(everyRendering(error)).not.toContain(KEY);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('with retries against random Retry-After values, always ending in a result or a BabySeaError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(answer, { minLength: 1, maxLength: 3 }), async (answers) => {
        let i = 0;
        const fakeFetch = (async () => {
          const a = answers[Math.min(i++, answers.length - 1)]!;
          // Short waits only: the property is about outcomes, not about sleeping.
          return new Response([204, 205, 304].includes(a.status) ? null : a.body, { status: a.status, headers: { 'retry-after-ms': '0' } });
        }) as unknown as typeof fetch;
        const client = new BabySea({ apiKey: KEY, baseUrl: 'http://x.test', fetch: fakeFetch, maxRetries: 2 });
        const outcome = await client.generate('a/b', { generation_prompt: 'x' }).then(
          (res) => res,
          (error: unknown) => error,
        );
        if (!(outcome instanceof BabySeaError)) expect((outcome as { status: string }).status).toBe('success');
        expect(i).toBeLessThanOrEqual(3);
      }),
      { numRuns: 500 },
    );
  });
});
