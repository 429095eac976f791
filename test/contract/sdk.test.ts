// Every SDK method against the real Prism mock: the request it sends passes Prism's validation
// (a request that breaks the spec gets 422, which the SDK would throw) and the envelope it returns
// is the spec's example, typed.
import { describe, expect, inject, it } from 'vitest';
import { BabySea, BabySeaError, SDK_VERSION } from '../../src/index.js';
import { recordingFetch } from '../helpers/recording-fetch.js';
import { example } from '../helpers/spec.js';

const baseUrl = inject('prismUrl');
const ID = '5c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

function client() {
  const recorder = recordingFetch();
  return { client: new BabySea({ apiKey: 'bs_test_key', baseUrl, fetch: recorder.fetch, maxRetries: 0 }), calls: recorder.calls };
}

function wire(call: { url: string; method: string }) {
  const url = new URL(call.url);
  return `${call.method} ${url.pathname}${url.search}`;
}

describe('API', () => {
  it('status() sends GET /v1/status and returns the key metadata', async () => {
    const { client: c, calls } = client();
    const res = await c.status();
    expect(wire(calls[0]!)).toBe('GET /v1/status');
    expect(res).toEqual(example('status'));
    expect(res.data.apikey_prefix).toBe('bye_7Kx2');
  });

  it('usage() defaults the window on the server; usage(7) sends days=7', async () => {
    const { client: c, calls } = client();
    await c.usage();
    const res = await c.usage(7);
    expect(calls.map(wire)).toEqual(['GET /v1/usage', 'GET /v1/usage?days=7']);
    expect(res.data.usage_endpoints[0]!.error_codes).toEqual({ BSE1004: 9, BSE1006: 6 });
    expect(res.data.usage_providers[0]!.total_estimated_cost).toBe(41.2);
  });
});

describe('User', () => {
  it('account() sends GET /v1/user/account', async () => {
    const { client: c, calls } = client();
    const res = await c.account();
    expect(wire(calls[0]!)).toBe('GET /v1/user/account');
    expect(res.data).toEqual(example('account').data);
  });

  it('billing() sends GET /v1/user/billing', async () => {
    const { client: c, calls } = client();
    const res = await c.billing();
    expect(wire(calls[0]!)).toBe('GET /v1/user/billing');
    expect(res.data.billing_plan).toBe('pro');
  });

  it('billing() with Prefer: example=lowCredits returns the null-filled subscription', async () => {
    const { client: c } = client();
    const res = await c.billing({ headers: { Prefer: 'example=lowCredits' } });
    expect(res.data.billing_subscription_status).toBeNull();
    expect(res.data.billing_credit_balance).toBe(0.4);
  });
});

describe('Library', () => {
  it('library.providers() sends GET /v1/library/providers', async () => {
    const { client: c, calls } = client();
    const res = await c.library.providers();
    expect(wire(calls[0]!)).toBe('GET /v1/library/providers');
    expect(res.data.providers_total).toBe(res.data.providers.length);
    expect(res.data.providers[1]!.babysea_implementation.cancel_method).toBeNull();
  });

  it('library.models() sends GET /v1/library/models', async () => {
    const { client: c, calls } = client();
    const res = await c.library.models();
    expect(wire(calls[0]!)).toBe('GET /v1/library/models');
    const qwen = res.data.models.find((m) => m.model_identifier === 'qwen/image');
    expect(qwen?.specific_schema).toEqual(['generation_negative_prompt', 'generation_seed', 'generation_guidance']);
    expect(res.data.models[1]!.model_pricing).toMatchObject({ '720p_audio': 0.07 });
  });
});

describe('Health', () => {
  it.each([
    ['providers', '/v1/health/inference/providers', 'healthProviders'],
    ['models', '/v1/health/inference/models', 'healthModels'],
    ['storage', '/v1/health/storage', 'healthStorage'],
    ['cache', '/v1/health/cache', 'healthCache'],
  ] as const)('health.%s() sends GET %s', async (method, path, operationId) => {
    const { client: c, calls } = client();
    const res = await c.health[method]();
    expect(wire(calls[0]!)).toBe(`GET ${path}`);
    expect(res.data).toEqual(example(operationId).data);
  });

  it('health.providers() types each status as the enum', async () => {
    const { client: c } = client();
    const res = await c.health.providers();
    const statuses: ('healthy' | 'recovering' | 'degraded' | 'unknown')[] = res.data.providers.map((p) => p.status);
    expect(statuses).toContain('degraded');
  });
});

describe('Financials', () => {
  it('estimate(model) puts the model id raw in two segments', async () => {
    const { client: c, calls } = client();
    const res = await c.estimate('bfl/flux-schnell');
    expect(wire(calls[0]!)).toBe('GET /v1/estimate/bfl/flux-schnell');
    expect(res.data.cost_per_generation).toBe(0.005);
  });

  it('estimate(model, 5) sends count=5', async () => {
    const { client: c, calls } = client();
    await c.estimate('bfl/flux-schnell', 5);
    expect(wire(calls[0]!)).toBe('GET /v1/estimate/bfl/flux-schnell?count=5');
  });

  it('estimate(model, {duration, resolution, audio}) sends every field, audio=false included', async () => {
    const { client: c, calls } = client();
    await c.estimate('bytedance/seedance-1.5-pro', { duration: 8, resolution: '720p', audio: false });
    await c.estimate('google/veo-2', { duration: 8 });
    expect(calls.map(wire)).toEqual([
      'GET /v1/estimate/bytedance/seedance-1.5-pro?duration=8&resolution=720p&audio=false',
      'GET /v1/estimate/google/veo-2?duration=8',
    ]);
  });
});

describe('Content management', () => {
  it('cancelGeneration(id) POSTs without a body, with an Idempotency-Key', async () => {
    const { client: c, calls } = client();
    const res = await c.cancelGeneration(ID);
    expect(wire(calls[0]!)).toBe(`POST /v1/content/generation/cancel/${ID}`);
    expect(calls[0]!.body).toBeUndefined();
    expect(calls[0]!.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.data).toMatchObject({ generation_status: 'canceled', credits_refunded: true });
    expect(res.idempotency_replayed).toBe(false);
  });

  it('deleteGeneration(id) sends DELETE /v1/content/{id}', async () => {
    const { client: c, calls } = client();
    const res = await c.deleteGeneration(ID);
    expect(wire(calls[0]!)).toBe(`DELETE /v1/content/${ID}`);
    expect(res.data.files_deleted).toBe(2);
  });

  it('getGeneration(id) sends GET /v1/content/{id}', async () => {
    const { client: c, calls } = client();
    const res = await c.getGeneration(ID);
    expect(wire(calls[0]!)).toBe(`GET /v1/content/${ID}`);
    expect(res.data.generation_output_file).toEqual(['https://cdn.babysea.ai/outputs/5c1e2d3f/0.png']);
  });

  it.each(['pending', 'processing', 'succeeded', 'failed', 'canceled', 'removed'])('getGeneration returns the %s example', async (name) => {
    const { client: c } = client();
    const res = await c.getGeneration(ID, { headers: { prefer: `example=${name}` } });
    expect(res.data).toEqual(example('getGeneration', name).data);
  });

  it('a removed generation has null output files and generation_removed', async () => {
    const { client: c } = client();
    const res = await c.getGeneration(ID, { headers: { prefer: 'example=removed' } });
    expect(res.data.generation_output_file).toBeNull();
    expect(res.data.generation_removed).toBe(true);
  });

  it('listGenerations() exposes total, limit and offset at top level', async () => {
    const { client: c, calls } = client();
    const res = await c.listGenerations();
    const page2 = await c.listGenerations({ limit: 20, offset: 20 });
    expect(calls.map(wire)).toEqual(['GET /v1/content/list?offset=0', 'GET /v1/content/list?limit=20&offset=20']);
    expect([res.total, res.limit, res.offset]).toEqual([2, 50, 0]);
    expect(res.data.generations.map((g) => g.generation_status)).toEqual(['succeeded', 'processing']);
    expect(page2.total).toBe(2);
  });
});

describe('Content generation', () => {
  it('generate(model, body) POSTs the body to the image route', async () => {
    const { client: c, calls } = client();
    const body = {
      generation_prompt: 'A cute baby seal on the beach at sunset',
      generation_ratio: '16:9',
      generation_output_format: 'png' as const,
    };
    const res = await c.generate('google/nano-banana', body);
    expect(wire(calls[0]!)).toBe('POST /v1/generate/image/google/nano-banana');
    expect(JSON.parse(calls[0]!.body!)).toEqual(body);
    expect(calls[0]!.headers['content-type']).toBe('application/json');
    expect(res.data.generation_initialized).toBe(true);
    expect(res.data.generation_provider_order).toEqual(['fal', 'replicate']);
  });

  it('generate(model, {generation_duration}) goes to the video route, as the old client did', async () => {
    const { client: c, calls } = client();
    await c.generate('google/veo-2', { generation_prompt: 'Ocean waves', generation_duration: 5 });
    expect(wire(calls[0]!)).toBe('POST /v1/generate/video/google/veo-2');
  });

  it('generateVideo(model, body) POSTs to the video route with model-specific params', async () => {
    const { client: c, calls } = client();
    const res = await c.generateVideo('bytedance/seedance-1.5-pro', {
      generation_prompt: 'A baby seal barking on a beach',
      generation_duration: 8,
      generation_resolution: '720p',
      generation_generate_audio: true,
      generation_provider_order: 'byteplus, replicate, fal',
      generation_seed: 7,
    });
    expect(wire(calls[0]!)).toBe('POST /v1/generate/video/bytedance/seedance-1.5-pro');
    expect(res.data.generation_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('the replayed-canceled answer is readable through the same fields', async () => {
    const { client: c } = client();
    const res = await c.generate('google/nano-banana', { generation_prompt: 'x' }, { headers: { prefer: 'example=replayedCanceled' } });
    expect(res.data.generation_status).toBe('canceled');
    expect(res.data.generation_initialized).toBeUndefined();
  });
});

describe('every request', () => {
  it('carries the bearer key and the SDK identification headers', async () => {
    const { client: c, calls } = client();
    await c.status();
    expect(calls[0]!.headers).toMatchObject({
      authorization: 'Bearer bs_test_key',
      'x-babysea-sdk-name': 'babysea',
      'x-babysea-sdk-version': SDK_VERSION,
      'x-babysea-sdk-runtime': 'node',
      'x-babysea-sdk-runtime-version': process.versions.node,
      'user-agent': `babysea/${SDK_VERSION} (node/${process.versions.node})`,
    });
  });

  it('a spec-breaking request is answered 422 by the mock and thrown as a typed error', async () => {
    // The SDK never sends days=0 itself (it rejects it first); a fetch that rewrites the query shows what would happen.
    const corrupting = recordingFetch((request) => fetch(request.url.replace('days=7', 'days=0'), request));
    const c = new BabySea({ apiKey: 'bs_test_key', baseUrl, fetch: corrupting.fetch, maxRetries: 0 });
    const error = await c.usage(7).catch((e: unknown) => e as BabySeaError);
    expect(corrupting.calls[0]!.url).toContain('days=7');
    expect(error).toBeInstanceOf(BabySeaError);
    expect(error).toMatchObject({ status: 422, code: 'BSE2008', type: 'parameter_out_of_range' });
  });

  it('the SDK sets its own Idempotency-Key after caller headers, so a raw header cannot replace it', async () => {
    const { client: c, calls } = client();
    await c.generate('a/b', { generation_prompt: 'x' }, { idempotencyKey: 'order-42', headers: { 'Idempotency-Key': 'has space' } });
    expect(calls[0]!.headers['idempotency-key']).toBe('order-42');
  });

  it('an error example selected with Prefer: code=… becomes a BabySeaError with the envelope fields', async () => {
    const { client: c } = client();
    const error = await c
      .generate('a/b', { generation_prompt: 'x' }, { headers: { prefer: 'code=402' } })
      .catch((e: unknown) => e as BabySeaError);
    expect(error).toBeInstanceOf(BabySeaError);
    expect(error).toMatchObject({
      status: 402,
      code: 'BSE1004',
      type: 'insufficient_credits',
      retryable: false,
      requestId: 'req_e402a1b2c3d4e5f6',
    });
    expect(error.message).toBe(
      `402 insufficient_credits BSE1004: ${example('generateImage', 'insufficientCredits', '402').error.message} (request_id req_e402a1b2c3d4e5f6)`,
    );
  });
});
