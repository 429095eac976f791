// Hostile input, from the caller and from the server: every case ends in a typed error (or a clean
// result), fast, with no secret leaked. Each test is named "<input> → <what the SDK does>"; the table
// in docs/hostile-inputs.md is generated from these names (npm run docs:tables).
import { getEventListeners } from 'node:events';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BabySea,
  BabySeaAbortError,
  BabySeaError,
  BabySeaInvalidResponseError,
  BabySeaTimeoutError,
  BabySeaValidationError,
} from '../../src/index.js';
import { signWebhookPayload, verifyWebhook } from '../../src/webhooks/index.js';
import { startGenerationsServer } from '../helpers/generations-server.js';
import { recordingFetch } from '../helpers/recording-fetch.js';
import { leaks, renderings } from '../helpers/secrets.js';
import { example, ID, specAnswer } from '../helpers/spec.js';
import { apiError, startFaultServer } from './fault-server.js';

const KEY = 'bye_live_9f8e7d6c5b4a39281706f5e4d3c2b1a0';

const leaksKey = (text: string) => leaks(text, KEY);

/** Test-table rows `[label, value]`, labelled as code would write the value (strings quoted, NaN as NaN). */
const labelled = (values: unknown[]): [string, unknown][] =>
  values.map((value) => [typeof value === 'number' || value === undefined ? String(value) : JSON.stringify(value), value]);

async function outcome(promise: PromiseLike<unknown>): Promise<unknown> {
  return Promise.resolve(promise).then(
    (value) => value,
    (error: unknown) => error,
  );
}

function recording(options: Record<string, unknown> = {}) {
  const recorder = recordingFetch((request) => specAnswer(request));
  const client = new BabySea({ apiKey: KEY, baseUrl: 'http://api.test', fetch: recorder.fetch, maxRetries: 0, ...options });
  return { client, calls: recorder.calls };
}

let server: Awaited<ReturnType<typeof startFaultServer>>;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());
beforeEach(() => server.script([], { example: true }));

describe('caller input', () => {
  it.each([
    ['a line break', `${KEY}\r\nX-Evil: 1`],
    ['a NUL', `${KEY}\0`],
    ['a character outside Latin-1', `${KEY}é€`],
  ])('an API key with %s → BabySeaValidationError naming apiKey, thrown by the constructor, the key never echoed', (_, apiKey) => {
    let error: unknown;
    try {
      new BabySea({ apiKey, baseUrl: 'http://api.test' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BabySeaValidationError);
    expect(error).toMatchObject({ argument: 'apiKey' });
    expect(leaksKey(renderings(error))).toEqual([]);
  });

  it('an API key with surrounding whitespace → trimmed; a server echoing the key as sent gets it redacted', async () => {
    server.script([], { status: 401, body: apiError('BSE1002', 'authentication_failed', `bad key Bearer ${KEY}`, false) });
    const error = await outcome(new BabySea({ apiKey: `  ${KEY}\n`, baseUrl: server.url, maxRetries: 0 }).status());
    expect(server.attempts[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(error).toBeInstanceOf(BabySeaError);
    expect(leaksKey(renderings(error))).toEqual([]);
  });

  it.each([
    ['client-wide', 'defaultHeaders'],
    ['per-call', 'headers'],
    ['wait', 'headers'],
    ['per-poll', 'requestOptions.headers'],
  ])('a %s header value with CR/LF → BabySeaValidationError naming %s, nothing sent, the value never echoed', async (where, argument) => {
    const evil = { 'X-Trace': 'a\r\nAuthorization: Bearer stolen' };
    const recorder = recordingFetch((request) => specAnswer(request));
    const error = await outcome(
      (async () => {
        const client = new BabySea({
          apiKey: KEY,
          baseUrl: 'http://api.test',
          fetch: recorder.fetch,
          ...(where === 'client-wide' ? { defaultHeaders: evil } : {}),
        });
        if (where === 'per-call') return client.status({ headers: evil });
        if (where === 'wait') return client.waitForGeneration(ID, { headers: evil });
        if (where === 'per-poll') return client.waitForGeneration(ID, { requestOptions: { headers: evil } });
        return client.status();
      })(),
    );
    expect(error).toBeInstanceOf(BabySeaValidationError);
    expect(error).toMatchObject({ argument });
    expect((error as Error).message).not.toContain('stolen');
    expect(recorder.calls).toHaveLength(0);
  });

  it.each([
    ['a NUL', 'a\0b'],
    ['a character outside Latin-1', 'caf€'],
  ])('a header value with %s → BabySeaValidationError naming headers, not a retried network error', async (_, value) => {
    const { client, calls } = recording();
    expect(await outcome(client.status({ headers: { 'X-Note': value } }))).toMatchObject({
      name: 'BabySeaValidationError',
      argument: 'headers',
    });
    expect(calls).toHaveLength(0);
  });

  it.each([
    ['a name with a space', { 'X Trace': 'a' }],
    ['an empty name', { '': 'a' }],
    ['a name with a colon', { 'X-Trace:': 'a' }],
  ])('a header with %s → BabySeaValidationError naming headers', async (_, headers) => {
    const { client, calls } = recording();
    expect(await outcome(client.status({ headers }))).toMatchObject({ name: 'BabySeaValidationError', argument: 'headers' });
    expect(calls).toHaveLength(0);
  });

  it.each([
    ['a Headers object', () => new Headers({ 'X-Form': 'ok' })],
    ['[name, value] pairs', () => [['X-Form', 'ok']]],
    ['a Map', () => new Map([['X-Form', 'ok']])],
  ])('headers as %s → sent as given, no junk headers', async (_, make) => {
    const { client, calls } = recording({ defaultHeaders: make() });
    await client.status({ headers: make() as HeadersInit });
    expect(calls[0]!.headers['x-form']).toBe('ok');
    expect(Object.keys(calls[0]!.headers).filter((name) => /^\d/.test(name))).toEqual([]);
  });

  it.each([
    ['triples instead of pairs', [['X-A', 'b', 'c']]],
    ['a Map with a non-string name', new Map([[1, 'b']])],
    ['a string', 'X-A: b'],
  ])('headers as %s → BabySeaValidationError naming headers, never silently dropped', async (_, headers) => {
    const { client, calls } = recording();
    expect(await outcome(client.status({ headers: headers as never }))).toMatchObject({
      name: 'BabySeaValidationError',
      argument: 'headers',
    });
    expect(calls).toHaveLength(0);
  });

  it.each([
    ['a BigInt', () => ({ generation_prompt: 'x', generation_seed: 10n })],
    [
      'a circular reference',
      () => {
        const body: Record<string, unknown> = { generation_prompt: 'x' };
        body.generation_self = body;
        return body;
      },
    ],
    [
      'a toJSON that throws',
      () => ({
        generation_prompt: 'x',
        generation_style: {
          toJSON: () => {
            throw new Error('no');
          },
        },
      }),
    ],
  ])('a body with %s → BabySeaValidationError naming body, not a raw TypeError', async (_, make) => {
    const { client, calls } = recording();
    expect(await outcome(client.generate('a/b', make() as never))).toMatchObject({ name: 'BabySeaValidationError', argument: 'body' });
    expect(calls).toHaveLength(0);
  });

  it.each(labelled([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2 ** 31, '1000', -1, 0.5]))(
    'timeout %s → BabySeaValidationError naming timeout (2³¹ ms and more would fire at once)',
    async (_, timeout) => {
      expect(() => new BabySea({ apiKey: KEY, timeout: timeout as number })).toThrow(expect.objectContaining({ argument: 'timeout' }));
      const { client, calls } = recording();
      expect(await outcome(client.status({ timeout: timeout as number }))).toMatchObject({
        name: 'BabySeaValidationError',
        argument: 'timeout',
      });
      expect(await outcome(client.waitForGeneration(ID, { timeout: timeout as number }))).toMatchObject({ argument: 'timeout' });
      expect(calls).toHaveLength(0);
    },
  );

  it.each(labelled([Number.NaN, Number.POSITIVE_INFINITY, -1, 1.5, '2']))(
    'maxRetries %s → BabySeaValidationError naming maxRetries',
    async (_, maxRetries) => {
      expect(() => new BabySea({ apiKey: KEY, maxRetries: maxRetries as number })).toThrow(
        expect.objectContaining({ argument: 'maxRetries' }),
      );
    },
  );

  it('a fetch that ignores its signal and never settles → BabySeaTimeoutError at the timeout, and BabySeaAbortError on abort', async () => {
    const hanging = (() => new Promise<Response>(() => {})) as typeof fetch;
    const client = new BabySea({ apiKey: KEY, baseUrl: 'http://api.test', fetch: hanging, maxRetries: 0 });
    // On fake timers: pending 1 ms short of the timeout, a BabySeaTimeoutError at it, whatever the machine's load.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let settled: unknown;
      void outcome(client.status({ timeout: 100 })).then((result) => {
        settled = result;
      });
      await vi.advanceTimersByTimeAsync(99);
      expect(settled).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1);
      expect(settled).toBeInstanceOf(BabySeaTimeoutError);
    } finally {
      vi.useRealTimers();
    }
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    expect(await outcome(client.status({ timeout: 60_000, signal: controller.signal }))).toBeInstanceOf(BabySeaAbortError);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('a custom fetch that hangs → it was called as fetch(url, { method, headers, body, signal }), and that signal aborts at the timeout and on the caller’s abort', async () => {
    const seen: { url: unknown; init: RequestInit | undefined }[] = [];
    const hanging = ((url: string, init?: RequestInit) => {
      seen.push({ url, init });
      return new Promise<Response>(() => {});
    }) as typeof fetch;
    const client = new BabySea({ apiKey: KEY, baseUrl: 'http://api.test', fetch: hanging, maxRetries: 0 });
    expect(await outcome(client.status({ timeout: 50 }))).toBeInstanceOf(BabySeaTimeoutError);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    expect(await outcome(client.status({ signal: controller.signal }))).toBeInstanceOf(BabySeaAbortError);
    expect(seen).toHaveLength(2);
    for (const { url, init } of seen) {
      expect(url).toBe('http://api.test/v1/status');
      expect(init).toMatchObject({ method: 'GET', headers: expect.objectContaining({ authorization: `Bearer ${KEY}` }) });
      expect(init?.signal?.aborted).toBe(true);
    }
  });

  it('a fetch that resolves with something other than a Response → BabySeaInvalidResponseError, not a TypeError', async () => {
    for (const value of [undefined, {}, 'ok']) {
      const client = new BabySea({ apiKey: KEY, baseUrl: 'http://api.test', fetch: (async () => value) as never, maxRetries: 2 });
      expect(await outcome(client.status())).toBeInstanceOf(BabySeaInvalidResponseError);
    }
  });

  it('a fetch that throws before returning a promise (a bug, such as an illegal receiver) → BabySeaError request_error, not retried', async () => {
    let calls = 0;
    const broken = (() => {
      calls++;
      throw new TypeError('Illegal invocation');
    }) as never;
    const error = await outcome(new BabySea({ apiKey: KEY, baseUrl: 'http://api.test', fetch: broken, maxRetries: 2 }).status());
    expect(error).toMatchObject({ name: 'BabySeaError', type: 'request_error', retryable: false });
    expect(calls).toBe(1);
  });
});

describe('server answers', () => {
  it('a 10 MB error.message → the message is cut to 500 characters', async () => {
    server.script([], { status: 400, body: apiError('BSE2001', 'invalid_input', 'x'.repeat(10_000_000), false) });
    const error = (await outcome(new BabySea({ apiKey: KEY, baseUrl: server.url }).status())) as BabySeaError;
    expect(error).toBeInstanceOf(BabySeaError);
    expect(error.message.length).toBeLessThan(700);
    expect(error.body.error.message.length).toBeLessThanOrEqual(501);
  });

  it('a JSON error body nested 100 000 levels deep → a typed error, never a RangeError', async () => {
    const deep = `{"status":"error","error":{"code":"BSE2001","type":"invalid_input","message":"deep","retryable":false,"details":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}}`;
    server.script([], { status: 400, raw: deep, headers: { 'content-type': 'application/json' } });
    const error = (await outcome(new BabySea({ apiKey: KEY, baseUrl: server.url }).status())) as BabySeaError;
    expect(error).toBeInstanceOf(BabySeaError);
    expect(JSON.stringify(error.body).length).toBeLessThan(2_000);
  });

  it('a non-JSON error body with the key across the excerpt cut → no 8 characters of the key survive', async () => {
    for (const at of [180, 190, 195, 199]) {
      server.script([], { status: 502, raw: `${'-'.repeat(at)}${KEY}${'-'.repeat(50)}` });
      const error = await outcome(new BabySea({ apiKey: KEY, baseUrl: server.url, maxRetries: 0 }).status());
      expect(error).toBeInstanceOf(BabySeaError);
      expect(leaksKey(renderings(error)), `key at ${at}`).toEqual([]);
    }
  });

  it('an error body echoing part of the key (a proxy that cuts it) → that part is redacted too', async () => {
    server.script([], {
      status: 401,
      body: apiError(KEY.slice(0, 12), 'authentication_failed', `key ${KEY.slice(5, 25)}… rejected`, false, KEY.slice(3, 15)),
    });
    const error = await outcome(new BabySea({ apiKey: KEY, baseUrl: server.url, maxRetries: 0 }).status());
    expect(leaksKey(renderings(error))).toEqual([]);
  });

  it.each([
    ['data: null', null],
    ['data: {}', {}],
    ['data: []', []],
  ])(
    'a success envelope with %s → BabySeaInvalidResponseError from getGeneration and waitForGeneration, never a TypeError',
    async (_, data) => {
      server.script([], { status: 200, body: { ...example('getGeneration'), data } });
      const client = new BabySea({ apiKey: KEY, baseUrl: server.url, maxRetries: 0 });
      expect(await outcome(client.getGeneration(ID))).toBeInstanceOf(BabySeaInvalidResponseError);
      expect(await outcome(client.waitForGeneration(ID, { interval: 1 }))).toBeInstanceOf(BabySeaInvalidResponseError);
    },
  );

  it('a success body that is a JSON string, number or array → BabySeaInvalidResponseError', async () => {
    for (const body of ['"ok"', '42', '[]']) {
      server.script([], { status: 200, raw: body });
      expect(await outcome(new BabySea({ apiKey: KEY, baseUrl: server.url }).status())).toBeInstanceOf(BabySeaInvalidResponseError);
    }
  });

  it.each([['-5'], ['NaN'], ['1e309'], ['soon'], ['']])('Retry-After %j → ignored: the normal backoff applies', async (value) => {
    server.script([{ status: 503, headers: { 'retry-after': value }, body: apiError('BSE5003', 'service_unavailable', 'x', true) }], {
      example: true,
    });
    await new BabySea({ apiKey: KEY, baseUrl: server.url, maxRetries: 1 }).status();
    expect(server.attempts).toHaveLength(2);
  });

  it('rate-limit headers that are not numbers → no rateLimit on the error, never NaN fields', async () => {
    server.script([], {
      status: 429,
      headers: { 'x-ratelimit-limit': 'lots', 'x-ratelimit-remaining': '', 'x-ratelimit-reset': 'later' },
      body: apiError('BSE1005', 'rate_limit_exceeded', 'slow', false),
    });
    const error = (await outcome(new BabySea({ apiKey: KEY, baseUrl: server.url }).status())) as BabySeaError;
    expect(error.rateLimit).toBeUndefined();
  });

  it('an error whose code, type or message is not a string → the status defaults, never "[object Object]"', async () => {
    server.script([], {
      status: 409,
      body: { status: 'error', error: { code: { nested: true }, type: 7, message: ['a'], retryable: 'yes' } },
    });
    const error = (await outcome(new BabySea({ apiKey: KEY, baseUrl: server.url, maxRetries: 0 }).status())) as BabySeaError;
    expect(error).toMatchObject({ code: 'HTTP_409', type: 'api_error', retryable: true });
    expect(error.message).not.toContain('[object Object]');
  });

  it('a 1 MB request id → kept to 100 characters', async () => {
    server.script([], { status: 500, body: apiError('BSE5000', 'api_error', 'x', false, 'r'.repeat(1_000_000)) });
    const error = (await outcome(new BabySea({ apiKey: KEY, baseUrl: server.url }).status())) as BabySeaError;
    expect(error.requestId!.length).toBeLessThanOrEqual(101);
  });

  it('a list that never advances (a cache serving one page for every offset) → BabySeaInvalidResponseError after 2 requests, not thousands', async () => {
    const cached = await startGenerationsServer(1000);
    cached.stick();
    const error = await outcome(
      (async () => {
        for await (const _ of new BabySea({ apiKey: KEY, baseUrl: cached.url }).listGenerations({ limit: 100 })) {
          // Reading every item.
        }
      })(),
    );
    expect(error).toBeInstanceOf(BabySeaInvalidResponseError);
    expect(cached.requests).toHaveLength(2);
    await cached.close();
  });
});

describe('webhooks', () => {
  const body = '{"webhook_event":"webhook.test","webhook_timestamp":"t","webhook_delivery_id":"d","webhook_data":{}}';

  it.each([Number.NaN, Number.POSITIVE_INFINITY, -1])(
    'tolerance %s (e.g. from an unset variable) → BabySeaValidationError, never "no limit"',
    async (tolerance) => {
      const dayOld = await signWebhookPayload(body, 'whsec_x', Math.floor(Date.now() / 1000) - 86_400);
      expect(await outcome(verifyWebhook(body, dayOld, 'whsec_x', { tolerance }))).toMatchObject({
        name: 'BabySeaValidationError',
        argument: 'tolerance',
      });
      expect(await outcome(verifyWebhook(body, dayOld, 'whsec_x', tolerance))).toMatchObject({ argument: 'tolerance' });
    },
  );

  it.each(labelled([undefined, null, '', []]))('secret %s → BabySeaValidationError naming secret, not a TypeError', async (_, secret) => {
    const header = await signWebhookPayload(body, 'whsec_x');
    expect(await outcome(verifyWebhook(body, header, secret as never))).toMatchObject({
      name: 'BabySeaValidationError',
      argument: 'secret',
    });
  });

  it.each(labelled([null, undefined, 42]))('signature %s → BabySeaWebhookVerificationError missing_header', async (_, signature) => {
    expect(await outcome(verifyWebhook(body, signature as never, 'whsec_x'))).toMatchObject({
      name: 'BabySeaWebhookVerificationError',
      reason: 'missing_header',
    });
  });

  it('a payload passed as parsed JSON instead of the raw body → BabySeaWebhookVerificationError invalid_payload', async () => {
    const header = await signWebhookPayload(body, 'whsec_x');
    expect(await outcome(verifyWebhook(JSON.parse(body), header, 'whsec_x'))).toMatchObject({ reason: 'invalid_payload' });
  });
});
