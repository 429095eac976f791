// The API key never reaches an error, and whatever a caller passes or a server answers, the SDK
// returns a typed result or throws an exported BabySea*Error, in time, leaking no part of the key
// and leaving no timer or listener behind. The property runs add up to more than 10 000 cases.
// "In time" is simulated time: the calls run on fake timers, so a timeout or a backoff fires when
// the simulated clock reaches it, never early or late because the machine is busy.
import { getEventListeners } from 'node:events';
import { inspect } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as sdk from '../../src/index.js';
import { BabySea, BabySeaError } from '../../src/index.js';
import * as webhooks from '../../src/webhooks/index.js';
import { leaks, renderings } from '../helpers/secrets.js';
import { example, ID } from '../helpers/spec.js';
import { startFaultServer } from './fault-server.js';

const KEY = 'bye_live_SECRET_0123456789abcdef';

const everyRendering = renderings;

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
    const leakyFetch = (async (_url: string, init: RequestInit) => {
      throw new TypeError(`proxy refused ${new Headers(init.headers).get('authorization')}`);
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

const leaksKey = (text: string) => leaks(text, KEY);

// Every error class the package exports: a failure must be an instance of one of them.
const exportedErrors = [...Object.values(sdk), ...Object.values(webhooks)].filter(
  (value): value is typeof BabySeaError => typeof value === 'function' && value.prototype instanceof Error,
);
const activeTimers = () => process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;

interface Settled {
  value?: unknown;
  error?: unknown;
  /** Whether the call settled within its budget of simulated time. */
  settled: boolean;
  /** The timers the SDK set and had neither cleared nor run once the call settled. */
  timersLeft: number;
}

/**
 * Counts the (fake) timers set from the SDK's sources: other code in this process may set timers of
 * its own meanwhile (undici's, for the sockets the tests above opened), which are not the SDK's to clear.
 */
function trackSdkTimers() {
  const live = new Set<unknown>();
  const set = globalThis.setTimeout;
  const clear = globalThis.clearTimeout;
  globalThis.setTimeout = ((callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const fromSdk = /[\\/]src[\\/]/.test(new Error().stack ?? '');
    const id = set(() => {
      live.delete(id);
      callback(...args);
    }, ms);
    if (fromSdk) live.add(id);
    return id;
  }) as typeof setTimeout;
  globalThis.clearTimeout = ((id: Parameters<typeof clearTimeout>[0]) => {
    live.delete(id);
    clear(id);
  }) as typeof clearTimeout;
  return {
    live,
    restore() {
      globalThis.setTimeout = set;
      globalThis.clearTimeout = clear;
    },
  };
}

/** What a call resolved or rejected with (real timers: webhook verification waits on the crypto thread pool). */
async function outcome(run: () => PromiseLike<unknown>): Promise<Pick<Settled, 'value' | 'error'>> {
  try {
    return { value: await run() };
  } catch (error) {
    return { error };
  }
}

/**
 * Runs a call on fake timers and lets `budgetMs` of simulated time pass. The fake fetches answer
 * without I/O, so everything but the SDK's own timers is done in the first turn of the event loop;
 * each timer then fires at its simulated time, followed by another turn.
 */
async function settleWithin(run: () => PromiseLike<unknown>, budgetMs: number): Promise<Settled> {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  const timers = trackSdkTimers();
  try {
    let result: Pick<Settled, 'value' | 'error'> | undefined;
    void outcome(run).then((settled) => {
      result = settled;
    });
    await vi.advanceTimersByTimeAsync(budgetMs);
    return { ...result, settled: result !== undefined, timersLeft: timers.live.size };
  } finally {
    timers.restore();
    vi.useRealTimers();
  }
}

/** The invariants of every call: settled within its budget, a typed failure, no part of the key anywhere, and nothing left running. */
function expectWellBehaved(result: Settled, logs: unknown[], timersBefore: number, signal?: AbortSignal) {
  expect(result.settled, 'settled within its budget of simulated time').toBe(true);
  if (result.error !== undefined) {
    // Its own class is exported (not only a base class): users can catch exactly what was thrown.
    expect(exportedErrors, String(result.error)).toContain((result.error as Error).constructor);
    expect(leaksKey(everyRendering(result.error))).toEqual([]);
  }
  expect(leaksKey(JSON.stringify(logs))).toEqual([]);
  expect(result.timersLeft).toBe(0);
  expect(activeTimers()).toBeLessThanOrEqual(timersBefore);
  if (signal) expect(getEventListeners(signal, 'abort')).toHaveLength(0);
}

// ---- what a server may answer ----
const headerValue = fc.oneof(
  fc.string(),
  fc.integer({ min: -5, max: 100 }).map(String),
  fc.constantFrom('NaN', '1e309', '-0', '0.001', '', KEY),
  fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
);
const deep = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const wireBody = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string(),
  fc.string().map((s) => `${s}${KEY}${s}`),
  fc.constantFrom(
    JSON.stringify(example('getGeneration')),
    JSON.stringify({ ...example('getGeneration'), data: null }),
    JSON.stringify({ ...example('getGeneration'), data: {} }),
    JSON.stringify({ status: 'success' }),
    `{"status":"error","error":{"code":"BSE1","message":${deep(2000)}}}`,
    JSON.stringify({ status: 'error', error: { code: KEY, type: KEY, message: `Bearer ${KEY}`, retryable: true, details: { key: KEY } } }),
    JSON.stringify({ status: 'error', error: { message: 'm'.repeat(200_000) } }),
    '<html><body>Bad Gateway</body></html>',
  ),
  fc
    .record(
      {
        status: fc.constantFrom('success', 'error', 'ok', KEY),
        request_id: fc.oneof(fc.string(), fc.constant(KEY)),
        data: fc.jsonValue(),
        error: fc.record(
          { code: fc.jsonValue(), type: fc.jsonValue(), message: fc.jsonValue(), retryable: fc.jsonValue() },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    )
    .map((v) => JSON.stringify(v)),
);
const answer = fc.record({
  status: fc.integer({ min: 200, max: 599 }),
  body: wireBody,
  headers: fc.dictionary(
    fc.constantFrom(
      'retry-after',
      'retry-after-ms',
      'x-ratelimit-limit',
      'x-ratelimit-remaining',
      'x-ratelimit-reset',
      'x-request-id',
      'idempotency-replayed',
    ),
    headerValue,
  ),
  /** How the connection behaves: answer, reject as the network would, or never settle (a fetch that ignores its signal). */
  behaviour: fc.constantFrom('answer', 'answer', 'answer', 'answer', 'answer', 'answer', 'reject', 'hang'),
});
const toResponse = (a: { status: number; body: string; headers: Record<string, string> }) =>
  new Response([204, 205, 304].includes(a.status) ? null : a.body, { status: a.status, headers: new Headers(a.headers) });

describe('property: whatever a server answers', () => {
  it('a typed result or an exported BabySea*Error, by its timeout, without the key, with nothing left running (4 000 cases)', async () => {
    const timersBefore = activeTimers();
    await fc.assert(
      fc.asyncProperty(answer, async (a) => {
        const logs: unknown[] = [];
        const fakeFetch = (async () => {
          if (a.behaviour === 'reject') throw new TypeError(`socket hang up (Authorization: Bearer ${KEY})`);
          if (a.behaviour === 'hang') return new Promise(() => {});
          return toResponse(a);
        }) as unknown as typeof fetch;
        const controller = new AbortController();
        const client = new BabySea({
          apiKey: KEY,
          baseUrl: 'http://x.test',
          fetch: fakeFetch,
          maxRetries: 0,
          logger: { debug: (...line) => logs.push(line) },
        });
        const result = await settleWithin(() => client.getGeneration(ID, { timeout: 20, signal: controller.signal }), 20);
        expectWellBehaved(result, logs, timersBefore, controller.signal);
        if (result.error === undefined) expect((result.value as { status: string }).status).toBe('success');
        // Only a fetch that never settles is cut by the timeout; an answer, however odd, is read in time.
        if (a.behaviour === 'hang') expect(result.error).toBeInstanceOf(sdk.BabySeaTimeoutError);
        else expect(result.error).not.toBeInstanceOf(sdk.BabySeaTimeoutError);
      }),
      { numRuns: 4_000 },
    );
  });

  it('with retries: one idempotency key for every attempt, at most 1 + maxRetries attempts (1 500 cases)', async () => {
    const timersBefore = activeTimers();
    await fc.assert(
      fc.asyncProperty(fc.array(answer, { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 3 }), async (answers, maxRetries) => {
        const keys: (string | null)[] = [];
        const fakeFetch = (async (_url: string, init: RequestInit) => {
          const a = answers[Math.min(keys.length, answers.length - 1)]!;
          keys.push(new Headers(init.headers).get('idempotency-key'));
          // Answers only, with short waits: the property is about outcomes, not about sleeping
          // (network failures and timeouts back off for seconds; the first property covers them).
          return toResponse({ ...a, headers: { ...a.headers, 'retry-after-ms': '0', 'retry-after': '0' } });
        }) as unknown as typeof fetch;
        const client = new BabySea({ apiKey: KEY, baseUrl: 'http://x.test', fetch: fakeFetch, maxRetries, timeout: 10 });
        // Every retry waits the 0 ms its answer asks for (1 ms, Node's shortest timer): no backoff of its own.
        const result = await settleWithin(() => client.generate('a/b', { generation_prompt: 'x' }), maxRetries);
        expectWellBehaved(result, [], timersBefore);
        if (result.error === undefined) expect((result.value as { status: string }).status).toBe('success');
        expect(keys.length).toBeLessThanOrEqual(maxRetries + 1);
        expect(new Set(keys).size).toBe(1);
      }),
      { numRuns: 1_500 },
    );
  });
});

// ---- what a caller may pass ----
const hostileString = fc.oneof(fc.string(), fc.constantFrom('a\r\nb', 'a\0b', 'é', 'caf€', '😀', ' ', '', KEY));
const hostileValue = fc.oneof(
  hostileString,
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2 ** 31, -1, 0, 1.5, 10n, null, undefined, true),
  fc.integer(),
  fc.jsonValue(),
  fc.constant(Symbol('s')),
  fc.constant(() => 1),
);
const headerForm = fc.oneof(
  fc.dictionary(hostileString, hostileValue),
  fc.array(fc.tuple(hostileString, hostileString)),
  fc.array(fc.array(hostileString, { maxLength: 3 })),
  fc.array(fc.tuple(hostileString, hostileString)).map((pairs) => new Map(pairs)),
  fc.dictionary(fc.constantFrom('x-a', 'x-b'), fc.constantFrom('ok', '1')).map((record) => new Headers(record)),
  hostileValue,
);
const options = fc.record(
  {
    timeout: hostileValue,
    maxRetries: hostileValue,
    headers: headerForm,
    signal: fc.oneof(hostileValue, fc.constant(new AbortController().signal)),
    idempotencyKey: hostileValue,
    unknownOption: hostileValue,
  },
  { requiredKeys: [] },
);
const body = fc.oneof(
  hostileValue,
  fc.dictionary(
    fc.oneof(fc.constantFrom('generation_prompt', 'generation_output_number', 'generation_provider_order'), fc.string()),
    hostileValue,
  ),
);

describe('property: whatever a caller passes', () => {
  it('nothing invalid is sent: a result, or a BabySeaValidationError before any request (4 000 cases)', async () => {
    const timersBefore = activeTimers();
    await fc.assert(
      fc.asyncProperty(options, body, fc.option(headerForm), async (opts, requestBody, defaultHeaders) => {
        const sent: Request[] = [];
        // What fetch would refuse to send (a header value it cannot carry) throws here.
        const fakeFetch = (async (url: string, init: RequestInit) => {
          sent.push(new Request(url, init));
          return Response.json(example('generateImage'));
        }) as unknown as typeof fetch;
        const logs: unknown[] = [];
        let client: BabySea;
        try {
          client = new BabySea({
            apiKey: KEY,
            baseUrl: 'http://x.test',
            fetch: fakeFetch,
            defaultHeaders: defaultHeaders as never,
            logger: { debug: (...l) => logs.push(l) },
          });
        } catch (error) {
          expect(error).toBeInstanceOf(sdk.BabySeaValidationError);
          return;
        }
        // The fake fetch answers at once: whatever timeout or retries the options ask for, no simulated time passes.
        const result = await settleWithin(() => client.generate('a/b', requestBody as never, opts as never), 0);
        expectWellBehaved(result, logs, timersBefore);
        if (result.error !== undefined && result.error instanceof sdk.BabySeaValidationError) expect(sent).toHaveLength(0);
        expect(result.error).not.toBeInstanceOf(sdk.BabySeaNetworkError);
      }),
      { numRuns: 4_000 },
    );
  });

  it('webhook verification with any payload, header, secret and options: an event or a typed error (1 000 cases)', async () => {
    const signed = '{"webhook_event":"webhook.test","webhook_timestamp":"t","webhook_delivery_id":"d","webhook_data":{}}';
    const header = await webhooks.signWebhookPayload(signed, 'whsec_p');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(hostileValue, fc.constant(signed), fc.constant(new TextEncoder().encode(signed))),
        fc.oneof(hostileValue, fc.constant(header), fc.constant(new Headers({ 'x-babysea-signature': header }))),
        fc.oneof(hostileValue, fc.constant('whsec_p'), fc.array(hostileString)),
        fc.oneof(hostileValue, fc.record({ tolerance: hostileValue, now: hostileValue }, { requiredKeys: [] })),
        async (payload, signature, secret, verifyOptions) => {
          const result = await outcome(() =>
            webhooks.verifyWebhook(payload as never, signature as never, secret as never, verifyOptions as never),
          );
          if (result.error === undefined) expect((result.value as { webhook_event: string }).webhook_event).toBe('webhook.test');
          else expect(result.error).toBeInstanceOf(BabySeaError);
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
