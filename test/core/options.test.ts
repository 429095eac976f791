// Every option, client-wide or per call, is read from one table of rules: it works, or it is
// rejected with a BabySeaValidationError naming it. No option is ever silently ignored.
import { describe, expect, it } from 'vitest';
import { BabySea, BabySeaValidationError, CLIENT_DEFAULTS } from '../../src/index.js';
import { recordingFetch } from '../helpers/recording-fetch.js';
import { ID, specAnswer } from '../helpers/spec.js';

function setup(options: Record<string, unknown> = {}) {
  const recorder = recordingFetch((request) => specAnswer(request));
  const client = new BabySea({ apiKey: 'bye_test_key', baseUrl: 'http://api.test', fetch: recorder.fetch, maxRetries: 0, ...options });
  return { client, calls: recorder.calls };
}

async function rejectionOf(promise: PromiseLike<unknown>): Promise<BabySeaValidationError> {
  const error = await Promise.resolve(promise).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BabySeaValidationError);
  return error as BabySeaValidationError;
}

function withEnv(name: string, value: string | undefined, run: () => Promise<void> | void) {
  const saved = process.env[name];
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
  return Promise.resolve()
    .then(run)
    .finally(() => {
      if (saved === undefined) delete process.env[name];
      else process.env[name] = saved;
    });
}

describe('the constructor', () => {
  it('without an API key (and no BABYSEA_API_KEY) says how to pass one', () =>
    withEnv('BABYSEA_API_KEY', undefined, () => {
      expect(() => new BabySea()).toThrow(/pass new BabySea\(\{ apiKey \}\) or set the BABYSEA_API_KEY/);
    }));

  it('falls back to BABYSEA_API_KEY', () =>
    withEnv('BABYSEA_API_KEY', 'bye_from_env', async () => {
      const recorder = recordingFetch((request) => specAnswer(request));
      await new BabySea({ baseUrl: 'http://api.test', fetch: recorder.fetch }).status();
      expect(recorder.calls[0]!.headers.authorization).toBe('Bearer bye_from_env');
    }));

  it('trims whitespace around the key, and sends the key as trimmed', async () => {
    const { client, calls } = setup({ apiKey: '  bye_padded_key\t' });
    await client.status();
    expect(calls[0]!.headers.authorization).toBe('Bearer bye_padded_key');
  });

  it.each([
    [{ region: 'mars' }, 'region'],
    [{ baseUrl: 'not a url' }, 'baseUrl'],
    [{ baseUrl: 'http://api.test/?x=1' }, 'baseUrl'],
    [{ timeout: -5 }, 'timeout'],
    [{ timeout: 2 ** 31 }, 'timeout'],
    [{ timeout: Number.POSITIVE_INFINITY }, 'timeout'],
    [{ timeout: Number.NaN }, 'timeout'],
    [{ timeout: '1000' }, 'timeout'],
    [{ maxRetries: 1.5 }, 'maxRetries'],
    [{ maxRetries: -1 }, 'maxRetries'],
    [{ fetch: 'fetch' }, 'fetch'],
    [{ logger: console.log }, 'logger'],
    [{ defaultHeaders: 'x-a: b' }, 'defaultHeaders'],
    [{ retries: 3 }, 'retries'],
    [{ apiKey: 42 }, 'apiKey'],
    [{ apiKey: '   ' }, 'apiKey'],
  ])('%j is rejected naming %s', (options, argument) => {
    expect(() => new BabySea({ apiKey: 'k', ...options } as never)).toThrow(expect.objectContaining({ argument }));
  });

  it('picks the region host, and baseUrl overrides it without trailing slashes', async () => {
    for (const [options, url] of [
      [{}, 'https://api.us.babysea.ai/v1/status'],
      [{ region: 'eu' }, 'https://api.eu.babysea.ai/v1/status'],
      [{ region: 'jp' }, 'https://api.jp.babysea.ai/v1/status'],
      [{ region: 'jp', baseUrl: 'http://127.0.0.1:4010//' }, 'http://127.0.0.1:4010/v1/status'],
    ] as const) {
      const recorder = recordingFetch((request) => specAnswer(request));
      await new BabySea({ apiKey: 'k', ...options, fetch: recorder.fetch }).status();
      expect(recorder.calls[0]!.url).toBe(url);
    }
    expect(CLIENT_DEFAULTS.region).toBe('us');
  });
});

describe('headers, client-wide and per call', () => {
  it('defaultHeaders are sent, and per-call headers override them whatever their case', async () => {
    const { client, calls } = setup({ defaultHeaders: { 'X-Team': 'seals', 'X-Trace': 'a' } });
    await client.status({ headers: { 'x-trace': 'b' } });
    expect(calls[0]!.headers).toMatchObject({ 'x-team': 'seals', 'x-trace': 'b' });
  });

  it.each([
    ['a Headers object', () => new Headers({ 'X-Form': 'headers' })],
    ['[name, value] pairs', () => [['X-Form', 'pairs']]],
    ['a Map', () => new Map([['X-Form', 'map']])],
    ['a record', () => ({ 'X-Form': 'record' })],
  ])('every form fetch accepts is sent as given: %s', async (_, make) => {
    const expected = (new Headers(make() as HeadersInit).get('x-form') as string) ?? '';
    for (const where of ['client', 'call'] as const) {
      const { client, calls } = setup(where === 'client' ? { defaultHeaders: make() } : {});
      await client.status(where === 'call' ? { headers: make() as HeadersInit } : {});
      expect(calls[0]!.headers['x-form']).toBe(expected);
      expect(Object.keys(calls[0]!.headers).filter((name) => /^\d+$/.test(name))).toEqual([]);
    }
  });

  it('repeated names in pairs are combined, as fetch combines them', async () => {
    const { client, calls } = setup();
    await client.status({
      headers: [
        ['x-tag', 'a'],
        ['x-tag', 'b'],
      ],
    });
    expect(calls[0]!.headers['x-tag']).toBe('a, b');
  });

  it('a record value of undefined or null is left out', async () => {
    const { client, calls } = setup();
    await client.status({ headers: { 'x-trace': undefined, 'x-other': null, 'x-kept': 'yes' } as never });
    expect(calls[0]!.headers).toMatchObject({ 'x-kept': 'yes' });
    expect(calls[0]!.headers).not.toHaveProperty('x-trace');
  });

  it.each([
    ['a string', 'X-A: b'],
    ['a number', 5],
    ['pairs that are not pairs', [['x-a']]],
    ['a name that is not a token', { 'X A': 'b' }],
    ['a value that is an object', { 'x-a': { b: 1 } }],
  ])('%s is rejected naming headers, before sending', async (_, headers) => {
    const { client, calls } = setup();
    expect((await rejectionOf(client.status({ headers: headers as never }))).argument).toBe('headers');
    expect(calls).toHaveLength(0);
  });
});

describe('per-call options', () => {
  it('timeout and maxRetries are checked by the same rules as the constructor', async () => {
    const { client, calls } = setup();
    for (const [options, argument] of [
      [{ timeout: 0 }, 'timeout'],
      [{ timeout: 2 ** 31 }, 'timeout'],
      [{ maxRetries: -1 }, 'maxRetries'],
      [{ signal: 'abort' }, 'signal'],
    ] as const) {
      expect((await rejectionOf(client.status(options as never))).argument).toBe(argument);
    }
    expect(calls).toHaveLength(0);
  });

  it('an unknown option is rejected on every kind of method, naming it', async () => {
    const { client, calls } = setup();
    const typo = { timout: 5 } as never;
    for (const call of [
      client.status(typo),
      client.usage(7, typo),
      client.library.models(typo),
      client.estimate('a/b', 2, typo),
      client.getGeneration(ID, typo),
      client.listGenerations({}, typo),
      client.generate('a/b', { generation_prompt: 'x' }, typo),
      client.get('/v1/status', {}, typo),
    ]) {
      expect((await rejectionOf(call)).argument).toBe('timout');
    }
    expect(calls).toHaveLength(0);
  });
});

describe('waitForGeneration options', () => {
  it('headers are sent with every poll (and requestOptions.headers win over them)', async () => {
    const recorder = recordingFetch((request) => specAnswer(request));
    const client = new BabySea({ apiKey: 'k', baseUrl: 'http://api.test', fetch: recorder.fetch });
    await client.waitForGeneration(ID, {
      headers: { 'x-trace': 'wait', 'x-team': 'seals' },
      requestOptions: { headers: { 'x-trace': 'poll' } },
    });
    expect(recorder.calls[0]!.headers).toMatchObject({ 'x-trace': 'poll', 'x-team': 'seals' });
  });

  it.each([
    [{ interval: -1 }, 'interval'],
    [{ maxInterval: 2 ** 31 }, 'maxInterval'],
    [{ timeout: 0 }, 'timeout'],
    [{ onProgress: 'log' }, 'onProgress'],
    [{ requestOptions: { timeout: 0 } }, 'requestOptions.timeout'],
    [{ requestOptions: { signal: new AbortController().signal } }, 'requestOptions.signal'],
    [{ pollEvery: 10 }, 'pollEvery'],
  ])('%j is rejected naming %s', async (options, argument) => {
    const { client, calls } = setup();
    expect((await rejectionOf(client.waitForGeneration(ID, options as never))).argument).toBe(argument);
    expect(calls).toHaveLength(0);
  });

  it('generateAndWait takes the wait options plus idempotencyKey, and sends the key on the submit', async () => {
    const { client, calls } = setup();
    const done = await client.generateAndWait(
      'google/nano-banana',
      { generation_prompt: 'x' },
      { idempotencyKey: 'order-42', interval: 1 },
    );
    expect(calls[0]!.headers['idempotency-key']).toBe('order-42');
    expect(done.data.generation_status).toBe('succeeded');
  });

  it.each([
    [{ interval: -5 }, 'interval'],
    [{ pollEvery: 10 }, 'pollEvery'],
    [{ idempotencyKey: 'a b' }, 'idempotencyKey'],
    [{ requestOptions: { headers: [['x-a']] } }, 'requestOptions.headers'],
  ])('generateAndWait and generateVideoAndWait reject %j naming %s before submitting', async (options, argument) => {
    const { client, calls } = setup();
    const image = client.generateAndWait('google/nano-banana', { generation_prompt: 'x' }, options as never);
    expect((await rejectionOf(image)).argument).toBe(argument);
    const video = client.generateVideoAndWait('google/veo-2', { generation_prompt: 'x', generation_duration: 5 }, options as never);
    expect((await rejectionOf(video)).argument).toBe(argument);
    expect(calls).toHaveLength(0);
  });
});
