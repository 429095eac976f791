// Arguments are checked against the spec's own rules before anything is sent: a bad one rejects with
// a BabySeaValidationError naming it, a good one (even one the types would not suggest) goes out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { satisfies } from '../../src/core/guards.js';
import { BabySea, BabySeaError, BabySeaValidationError } from '../../src/index.js';
import { recordingFetch } from '../helpers/recording-fetch.js';
import { ID, specAnswer } from '../helpers/spec.js';

function setup() {
  const recorder = recordingFetch((request) => specAnswer(request));
  return {
    client: new BabySea({ apiKey: 'bye_test_key', baseUrl: 'http://api.test', fetch: recorder.fetch, maxRetries: 0 }),
    calls: recorder.calls,
  };
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

const wire = (call: { url: string }) => {
  const url = new URL(call.url);
  return `${url.pathname}${url.search}`;
};

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
    for (const call of [client.estimate(model), client.generate(model, { generation_prompt: 'x' })]) {
      const error = await rejection(call);
      expect(error.argument).toBe('model');
      expect(error.message).toMatch(/expected "owner\/name"/);
    }
    expect(calls).toHaveLength(0);
  });

  it('a non-string model id is rejected', async () => {
    const { client, calls } = setup();
    expect((await rejection(client.estimate(42 as never))).argument).toBe('model');
    expect(calls).toHaveLength(0);
  });

  it('a valid id travels raw in two segments', async () => {
    const { client, calls } = setup();
    await client.estimate('bfl/flux-1.1-pro_v2');
    expect(wire(calls[0]!)).toBe('/v1/estimate/bfl/flux-1.1-pro_v2');
  });
});

describe('generation ids', () => {
  it.each(['...', 'a/../b', '', '5c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4', `${ID}/x`, `${ID}?x`, ' '])(
    '%j is rejected by every method that takes one',
    async (id) => {
      const { client, calls } = setup();
      for (const call of [
        client.getGeneration(id),
        client.deleteGeneration(id),
        client.cancelGeneration(id),
        client.waitForGeneration(id),
      ]) {
        expect((await rejection(call)).argument).toBe('generationId');
      }
      expect(calls).toHaveLength(0);
    },
  );
});

describe('query parameters follow the spec', () => {
  it.each([0, 91, 1.5, -1, Number.NaN, '7'])('usage(%s) is rejected: days is an integer 1–90', async (days) => {
    const { client, calls } = setup();
    const error = await rejection(client.usage(days as number));
    expect(error.argument).toBe('days');
    expect(error.message).toMatch(/an integer from 1 to 90/);
    expect(calls).toHaveLength(0);
  });

  it.each([{ limit: 0 }, { limit: 101 }, { limit: 2.5 }, { offset: -1 }, { offset: 0.5 }])(
    'listGenerations(%j) is rejected naming the field',
    async (params) => {
      const { client, calls } = setup();
      const error = await rejection(client.listGenerations(params));
      expect(Object.keys(params)).toContain(error.argument);
      expect(calls).toHaveLength(0);
    },
  );

  it('an unknown query field is rejected, never silently dropped', async () => {
    const { client, calls } = setup();
    expect((await rejection(client.listGenerations({ page: 2 } as never))).argument).toBe('page');
    expect((await rejection(client.estimate('a/b', { seconds: 8 } as never))).argument).toBe('seconds');
    expect(calls).toHaveLength(0);
  });

  it('names every object inherits (toString, constructor) are unknown parameters too', async () => {
    const { client, calls } = setup();
    expect((await rejection(client.listGenerations({ toString: 2 } as never))).argument).toBe('toString');
    const error = await rejection(client.get('/v1/content/list', { params: { query: { constructor: 1 } } } as never));
    expect(error.argument).toBe('params.query.constructor');
    expect(calls).toHaveLength(0);
  });

  it.each([
    [{ count: 1.5 }, 'count'],
    [{ duration: 0 }, 'duration'],
    [{ resolution: '720' }, 'resolution'],
    [{ audio: 'yes' }, 'audio'],
  ])('estimate(model, %j) is rejected naming %s', async (params, argument) => {
    const { client, calls } = setup();
    expect((await rejection(client.estimate('a/b', params as never))).argument).toBe(argument);
    expect(calls).toHaveLength(0);
  });

  it('estimate count outside 1–100 is sent: the API clamps it (x-clamped), so the SDK does not reject it', async () => {
    const { client, calls } = setup();
    await client.estimate('bfl/flux-schnell', 0);
    await client.estimate('bfl/flux-schnell', { count: 250 });
    expect(calls.map(wire)).toEqual(['/v1/estimate/bfl/flux-schnell?count=0', '/v1/estimate/bfl/flux-schnell?count=250']);
  });
});

describe('bodies follow the spec', () => {
  it('a missing or empty prompt is rejected', async () => {
    const { client, calls } = setup();
    expect((await rejection(client.generate('a/b', {} as never))).argument).toBe('body.generation_prompt');
    expect((await rejection(client.generate('a/b', { generation_prompt: '' }))).argument).toBe('body.generation_prompt');
    expect(calls).toHaveLength(0);
  });

  it('a video without a positive integer duration is rejected', async () => {
    const { client, calls } = setup();
    const error = await rejection(client.generateVideo('a/b', { generation_prompt: 'x', generation_duration: 0 }));
    expect(error.argument).toBe('body.generation_duration');
    expect((await rejection(client.generateVideo('a/b', { generation_prompt: 'x' } as never))).argument).toBe('body.generation_duration');
    expect(calls).toHaveLength(0);
  });

  it('an output format outside the spec enum is rejected at run time, though the type takes any string (catalog values)', async () => {
    const { client, calls } = setup();
    const error = await rejection(client.generate('a/b', { generation_prompt: 'x', generation_output_format: 'gif' }));
    expect(error.argument).toBe('body.generation_output_format');
    expect(error.message).toMatch(/one of "png", "jpg", "webp"/);
    expect(calls).toHaveLength(0);
  });

  it('a malformed provider order and a Cloudflare-first video order are rejected; a well-formed new one is sent', async () => {
    const { client, calls } = setup();
    expect((await rejection(client.generate('a/b', { generation_prompt: 'x', generation_provider_order: 'fal,replicate' }))).argument).toBe(
      'body.generation_provider_order',
    );
    const video = client.generateVideo('a/b', {
      generation_prompt: 'x',
      generation_duration: 5,
      generation_provider_order: 'cloudflare, fal',
    });
    expect((await rejection(video)).argument).toBe('body.generation_provider_order');
    expect(calls).toHaveLength(0);
    await client.generate('a/b', { generation_prompt: 'x', generation_provider_order: 'fal, newprovider' });
    expect(JSON.parse(calls[0]!.body!).generation_provider_order).toBe('fal, newprovider');
  });

  it('model-specific fields go out as given, with or without the generation_ prefix (the spec does not say the API rejects others)', async () => {
    const { client, calls } = setup();
    await client.generate('qwen/image', { generation_prompt: 'x', generation_seed: 42, style: 'ink' });
    expect(JSON.parse(calls[0]!.body!)).toEqual({ generation_prompt: 'x', generation_seed: 42, style: 'ink' });
  });

  it('a body that is not an object is rejected', async () => {
    const { client, calls } = setup();
    expect((await rejection(client.generate('a/b', null as never))).argument).toBe('body');
    expect((await rejection(client.generate('a/b', [] as never))).argument).toBe('body');
    expect((await rejection(client.generate('a/b', 'x' as never))).argument).toBe('body');
    expect(calls).toHaveLength(0);
  });

  it('a body JSON cannot carry (BigInt, a circular reference) is a validation error, not a raw TypeError', async () => {
    const { client, calls } = setup();
    const circular: Record<string, unknown> = { generation_prompt: 'x' };
    circular.generation_self = circular;
    for (const body of [{ generation_prompt: 'x', generation_seed: 10n }, circular]) {
      const error = await rejection(client.generate('a/b', body as never));
      expect(error.argument).toBe('body');
      expect(error.message).toMatch(/cannot be sent as JSON/);
    }
    expect(calls).toHaveLength(0);
  });
});

describe('idempotency keys', () => {
  it.each(['', 'has space', 'a/b', 'x'.repeat(256), 'ümlaut'])('idempotencyKey %j is rejected', async (key) => {
    const { client, calls } = setup();
    const error = await rejection(client.generate('a/b', { generation_prompt: 'x' }, { idempotencyKey: key }));
    expect(error.argument).toBe('idempotencyKey');
    expect(calls).toHaveLength(0);
  });

  it('only the routes that declare Idempotency-Key take idempotencyKey: elsewhere it is an unknown option', async () => {
    const { client, calls } = setup();
    expect((await rejection(client.cancelGeneration(ID, { idempotencyKey: 'k' } as never))).argument).toBe('idempotencyKey');
    expect((await rejection(client.status({ idempotencyKey: 'k' } as never))).argument).toBe('idempotencyKey');
    expect(calls).toHaveLength(0);
  });
});

describe('string lengths, in code points as JSON Schema counts them', () => {
  it('minLength and maxLength agree with counting the code points, for any string (surrogate pairs, lone halves)', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 12 }),
      // Lone halves beside characters above U+DFFF, and pairs at the ends.
      fc.array(fc.constantFrom('\ud83d', '\udc00', '\ue000', '\uffff', '🦭', 'a'), { maxLength: 12 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 14 }), (value, bound) => {
        const count = [...value].length;
        expect(satisfies({ type: 'string', minLength: bound }, value)).toBe(count >= bound);
        expect(satisfies({ type: 'string', maxLength: bound }, value)).toBe(count <= bound);
      }),
      { numRuns: 2_000 },
    );
  });
});
