// Bad arguments are rejected with a BabySeaValidationError naming the argument, and never become a request.
import { describe, expect, it } from 'vitest';
import { BabySea, BabySeaError, BabySeaValidationError } from '../../src/index.js';
import { recordingFetch } from '../helpers/recording-fetch.js';

const ID = '5c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

function setup() {
  const recorder = recordingFetch(() => new Response('{}', { status: 500 }));
  return { client: new BabySea({ apiKey: 'bs_test_key', baseUrl: 'http://127.0.0.1:9', fetch: recorder.fetch }), calls: recorder.calls };
}

async function rejection(promise: PromiseLike<unknown>): Promise<BabySeaValidationError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(BabySeaValidationError);
    expect(error).toBeInstanceOf(BabySeaError);
    return error as BabySeaValidationError;
  }
  throw new Error('expected a rejection');
}

describe('model ids', () => {
  it.each([
    ['a/../b', 'path traversal'],
    ['../b', 'a dot segment owner'],
    ['a/..', 'a dot segment name'],
    ['bfl', 'no slash'],
    ['a//b', 'an empty segment'],
    ['/b', 'an empty owner'],
    ['a/b/c', 'an extra slash'],
    ['a/b?x=1', 'a query'],
    ['a/b#frag', 'a fragment'],
    ['a/b%2Fc', 'a percent escape'],
    ['a/b c', 'whitespace'],
    ['', 'the empty string'],
  ])('%j (%s) is rejected before sending', async (model) => {
    const { client, calls } = setup();
    const error = await rejection(client.generate(model, { generation_prompt: 'x' }));
    expect(error.argument).toBe('model');
    expect(error.message).toContain('owner/name');
    await rejection(client.estimate(model));
    await rejection(client.generateVideo(model, { generation_prompt: 'x', generation_duration: 5 }));
    expect(calls).toHaveLength(0);
  });

  it('a non-string model id is rejected', async () => {
    const { client } = setup();
    const error = await rejection(client.estimate(42 as unknown as string));
    expect(error.message).toContain('got 42');
  });
});

describe('generation ids', () => {
  it.each(['...', 'a/../b', '', '5c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4', `${ID}/x`, `${ID}?x`, ' '])(
    '%j is rejected by every id method',
    async (id) => {
      const { client, calls } = setup();
      for (const call of [
        client.getGeneration(id),
        client.deleteGeneration(id),
        client.cancelGeneration(id),
        client.waitForGeneration(id),
      ]) {
        const error = await rejection(call);
        expect(error.argument).toBe('generationId');
      }
      expect(calls).toHaveLength(0);
    },
  );
});

describe('numbers', () => {
  it.each([0, 91, 1.5, -1, Number.NaN])('usage(%s) is rejected: days is an integer 1–90', async (days) => {
    const { client, calls } = setup();
    const error = await rejection(client.usage(days));
    expect(error.argument).toBe('days');
    expect(error.message).toContain('from 1 to 90');
    expect(calls).toHaveLength(0);
  });

  it.each([{ limit: 0 }, { limit: 101 }, { limit: 2.5 }, { offset: -1 }, { offset: 0.5 }])(
    'listGenerations(%j) is rejected',
    async (params) => {
      const { client, calls } = setup();
      const error = await rejection(client.listGenerations(params));
      expect(Object.keys(params)).toContain(error.argument);
      expect(calls).toHaveLength(0);
    },
  );

  it.each([
    [0, 'count'],
    [{ count: 0 }, 'count'],
    [{ duration: 0 }, 'duration'],
    [{ resolution: 'hd' }, 'resolution'],
    [{ audio: 'yes' }, 'audio'],
  ])('estimate(model, %j) is rejected naming %s', async (params, argument) => {
    const { client, calls } = setup();
    const error = await rejection(client.estimate('bfl/flux-schnell', params as never));
    expect(error.argument).toBe(argument);
    expect(calls).toHaveLength(0);
  });
});

describe('bodies', () => {
  it('a missing or empty prompt is rejected', async () => {
    const { client, calls } = setup();
    expect((await rejection(client.generate('a/b', {} as never))).argument).toBe('body.generation_prompt');
    expect((await rejection(client.generate('a/b', { generation_prompt: '' }))).argument).toBe('body.generation_prompt');
    expect(calls).toHaveLength(0);
  });

  it('a video without a positive integer duration is rejected', async () => {
    const { client, calls } = setup();
    const error = await rejection(client.generateVideo('a/b', { generation_prompt: 'x' } as never));
    expect(error.argument).toBe('body.generation_duration');
    await rejection(client.generateVideo('a/b', { generation_prompt: 'x', generation_duration: 0 }));
    expect(calls).toHaveLength(0);
  });

  it('a key without the generation_ prefix is rejected with a hint', async () => {
    const { client, calls } = setup();
    const error = await rejection(client.generate('a/b', { generation_prompt: 'x', prompt: 'x' } as never));
    expect(error.message).toContain('unknown field "prompt"');
    expect(calls).toHaveLength(0);
  });

  it('a body that is not an object is rejected', async () => {
    const { client } = setup();
    expect((await rejection(client.generate('a/b', null as never))).argument).toBe('body');
    expect((await rejection(client.generate('a/b', [] as never))).argument).toBe('body');
  });
});

describe('options', () => {
  it.each(['', 'has space', 'a/b', 'x'.repeat(256), 'ümlaut'])('idempotencyKey %j is rejected', async (key) => {
    const { client, calls } = setup();
    const error = await rejection(client.generate('a/b', { generation_prompt: 'x' }, { idempotencyKey: key }));
    expect(error.argument).toBe('idempotencyKey');
    expect(calls).toHaveLength(0);
  });

  it('per-call timeout and maxRetries are checked', async () => {
    const { client, calls } = setup();
    expect((await rejection(client.status({ timeout: 0 }))).argument).toBe('timeout');
    expect((await rejection(client.status({ maxRetries: -1 }))).argument).toBe('maxRetries');
    expect(calls).toHaveLength(0);
  });
});

describe('the constructor', () => {
  it('without an API key (and no BABYSEA_API_KEY) says how to pass one', () => {
    const saved = process.env.BABYSEA_API_KEY;
    delete process.env.BABYSEA_API_KEY;
    try {
      expect(() => new BabySea()).toThrow(/pass new BabySea\(\{ apiKey \}\) or set the BABYSEA_API_KEY/);
    } finally {
      if (saved !== undefined) process.env.BABYSEA_API_KEY = saved;
    }
  });

  it('falls back to BABYSEA_API_KEY', async () => {
    const saved = process.env.BABYSEA_API_KEY;
    process.env.BABYSEA_API_KEY = 'bs_from_env';
    try {
      const recorder = recordingFetch(() => Response.json({ status: 'success', request_id: 'r', message: '', timestamp: '', data: {} }));
      await new BabySea({ baseUrl: 'http://127.0.0.1:9', fetch: recorder.fetch }).status();
      expect(recorder.calls[0]!.headers.authorization).toBe('Bearer bs_from_env');
    } finally {
      if (saved === undefined) delete process.env.BABYSEA_API_KEY;
      else process.env.BABYSEA_API_KEY = saved;
    }
  });

  it.each([
    [{ apiKey: 'k', region: 'mars' }, 'region'],
    [{ apiKey: 'k', baseUrl: 'not a url' }, 'baseUrl'],
    [{ apiKey: 'k', timeout: -5 }, 'timeout'],
    [{ apiKey: 'k', maxRetries: 1.5 }, 'maxRetries'],
  ])('%j is rejected naming %s', (options, argument) => {
    expect(() => new BabySea(options as never)).toThrow(expect.objectContaining({ argument }));
  });

  it('picks the region host, and baseUrl overrides it without trailing slashes', async () => {
    for (const [options, host] of [
      [{}, 'https://api.us.babysea.ai/v1/status'],
      [{ region: 'eu' }, 'https://api.eu.babysea.ai/v1/status'],
      [{ region: 'jp' }, 'https://api.jp.babysea.ai/v1/status'],
      [{ region: 'jp', baseUrl: 'http://127.0.0.1:4010//' }, 'http://127.0.0.1:4010/v1/status'],
    ] as const) {
      const recorder = recordingFetch(() => Response.json({ status: 'success', request_id: 'r', message: '', timestamp: '', data: {} }));
      await new BabySea({ apiKey: 'k', ...options, fetch: recorder.fetch }).status();
      expect(recorder.calls[0]!.url).toBe(host);
    }
  });

  it('defaultHeaders are sent, and per-call headers override them whatever their case', async () => {
    const recorder = recordingFetch(() => Response.json({ status: 'success', request_id: 'r', message: '', timestamp: '', data: {} }));
    const client = new BabySea({
      apiKey: 'k',
      baseUrl: 'http://x.test',
      fetch: recorder.fetch,
      defaultHeaders: { 'X-Team': 'seals', 'X-Trace': 'a' },
    });
    await client.status({ headers: { 'x-trace': 'b' } });
    expect(recorder.calls[0]!.headers).toMatchObject({ 'x-team': 'seals', 'x-trace': 'b' });
  });
});
