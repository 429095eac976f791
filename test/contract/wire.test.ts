// Plain HTTP against the Prism mock: every operation answers at its exact wire path, with the shape
// of the generated types, and the mock rejects requests that break the spec.
import { describe, expect, inject, it } from 'vitest';
import type { paths } from '../../generated/babysea.js';
import { ID as GENERATION_ID, operationIds } from '../helpers/spec.js';

const base = inject('prismUrl');
const auth = { authorization: 'Bearer bs_test_key' };

type Ok<P extends keyof paths, M extends 'get' | 'post' | 'delete'> =
  NonNullable<paths[P][M]> extends {
    responses: { 200: { content: { 'application/json': infer T } } };
  }
    ? T
    : never;

async function call<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(base + path, {
    method,
    headers: { ...auth, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, json: (await response.json()) as T };
}

function expectEnvelope(json: { status: string; request_id: string; timestamp: string; data: unknown }) {
  expect(json.status).toBe('success');
  expect(json.request_id).toMatch(/^req_/);
  expect(Date.parse(json.timestamp)).not.toBeNaN();
  expect(json.data).toBeTypeOf('object');
}

describe('the mock serves every operation at its wire path', () => {
  it('GET /v1/status (status)', async () => {
    const { status, json } = await call<Ok<'/v1/status', 'get'>>('GET', '/v1/status');
    expect(status).toBe(200);
    expectEnvelope(json);
    expect(json.data.account_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(json.data.apikey_prefix).toBeTypeOf('string');
    expect(json.data.apikey_expires_at).toBeNull();
  });

  it('GET /v1/usage?days=7 (usage)', async () => {
    const { status, json } = await call<Ok<'/v1/usage', 'get'>>('GET', '/v1/usage?days=7');
    expect(status).toBe(200);
    expectEnvelope(json);
    expect(json.data.usage_endpoints[0]!.error_codes).toHaveProperty('BSE1004');
    expect(json.data.usage_providers[0]!.provider).toBe('replicate');
  });

  it('GET /v1/user/account (account)', async () => {
    const { json } = await call<Ok<'/v1/user/account', 'get'>>('GET', '/v1/user/account');
    expectEnvelope(json);
    expect(json.data.account_is_personal).toBe(false);
  });

  it('GET /v1/user/billing (billing)', async () => {
    const { json } = await call<Ok<'/v1/user/billing', 'get'>>('GET', '/v1/user/billing');
    expectEnvelope(json);
    expect(json.data.billing_credit_balance).toBeTypeOf('number');
  });

  it('GET /v1/library/providers (libraryProviders)', async () => {
    const { json } = await call<Ok<'/v1/library/providers', 'get'>>('GET', '/v1/library/providers');
    expect(json.data.providers).toHaveLength(json.data.providers_total);
    expect(json.data.providers[0]!.babysea_implementation.delivery_method).toBe('webhook_with_polling');
  });

  it('GET /v1/library/models (libraryModels)', async () => {
    const { json } = await call<Ok<'/v1/library/models', 'get'>>('GET', '/v1/library/models');
    expect(json.data.models).toHaveLength(json.data.models_total);
    expect(json.data.models[0]!.specific_schema).toContain('generation_seed');
  });

  it('GET /v1/health/inference/providers (healthProviders)', async () => {
    const { json } = await call<Ok<'/v1/health/inference/providers', 'get'>>('GET', '/v1/health/inference/providers');
    expect(json.data.service).toBe('providers');
    expect(json.data.providers.map((p) => p.status)).toEqual(['healthy', 'recovering', 'degraded', 'unknown']);
  });

  it('GET /v1/health/inference/models (healthModels)', async () => {
    const { json } = await call<Ok<'/v1/health/inference/models', 'get'>>('GET', '/v1/health/inference/models');
    expect(json.data.service).toBe('models');
    expect(json.data.models[0]!.providers.fal!.raw_model_id).toBeNull();
  });

  it('GET /v1/health/storage (healthStorage)', async () => {
    const { json } = await call<Ok<'/v1/health/storage', 'get'>>('GET', '/v1/health/storage');
    expect(json.data).toMatchObject({ service: 'storage', healthy: true });
  });

  it('GET /v1/health/cache (healthCache)', async () => {
    const { json } = await call<Ok<'/v1/health/cache', 'get'>>('GET', '/v1/health/cache');
    expect(json.data).toMatchObject({ service: 'redis', healthy: true });
  });

  it('GET /v1/estimate/bfl/flux-schnell?count=2 (estimate): the model id spans two raw segments', async () => {
    const { status, json } = await call<Ok<'/v1/estimate/{model_owner}/{model_name}', 'get'>>(
      'GET',
      '/v1/estimate/bfl/flux-schnell?count=2',
    );
    expect(status).toBe(200);
    expect(json.data.model_identifier).toBe('bfl/flux-schnell');
    expect(json.data.credit_balance_can_afford).toBe(true);
  });

  it('POST /v1/content/generation/cancel/{id} (cancelGeneration), no body', async () => {
    const { json } = await call<Ok<'/v1/content/generation/cancel/{generation_id}', 'post'>>(
      'POST',
      `/v1/content/generation/cancel/${GENERATION_ID}`,
    );
    expect(json.data.generation_status).toBe('canceled');
  });

  it('DELETE /v1/content/{id} (deleteGeneration)', async () => {
    const { json } = await call<Ok<'/v1/content/{generation_id}', 'delete'>>('DELETE', `/v1/content/${GENERATION_ID}`);
    expect(json.data.files_deleted).toBe(2);
  });

  it('GET /v1/content/{id} (getGeneration)', async () => {
    const { json } = await call<Ok<'/v1/content/{generation_id}', 'get'>>('GET', `/v1/content/${GENERATION_ID}`);
    expect(json.data.generation_status).toBe('succeeded');
    expect(json.data.generation_output_file).toHaveLength(1);
  });

  it('GET /v1/content/list (listGenerations): pagination fields beside data', async () => {
    const { json } = await call<Ok<'/v1/content/list', 'get'>>('GET', '/v1/content/list?limit=20&offset=0');
    expect(json).toMatchObject({ total: 2, limit: 50, offset: 0 });
    expect(json.data.generations).toHaveLength(2);
  });

  it('POST /v1/generate/image/google/nano-banana (generateImage)', async () => {
    const { json } = await call<Ok<'/v1/generate/image/{model_owner}/{model_name}', 'post'>>(
      'POST',
      '/v1/generate/image/google/nano-banana',
      {
        generation_prompt: 'A cute baby seal',
        generation_ratio: '16:9',
      },
    );
    expect(json.data).toMatchObject({ generation_initialized: true, model_identifier: 'google/nano-banana' });
  });

  it('POST /v1/generate/video/google/veo-2 (generateVideo)', async () => {
    const { json } = await call<Ok<'/v1/generate/video/{model_owner}/{model_name}', 'post'>>('POST', '/v1/generate/video/google/veo-2', {
      generation_prompt: 'A baby seal swimming',
      generation_duration: 5,
    });
    expect(json.data).toHaveProperty('generation_id');
  });

  it('the spec has every operation of the public API reference', () => {
    expect(operationIds()).toEqual(
      expect.arrayContaining([
        'status',
        'usage',
        'account',
        'billing',
        'libraryProviders',
        'libraryModels',
        'healthProviders',
        'healthModels',
        'healthStorage',
        'healthCache',
        'estimate',
        'cancelGeneration',
        'deleteGeneration',
        'getGeneration',
        'listGenerations',
        'generateImage',
        'generateVideo',
      ]),
    );
  });
});

describe('the mock validates requests against the spec (OpenAPI 3.1 keywords included)', () => {
  const rejected = async (method: string, path: string, body?: unknown, headers?: Record<string, string>) => {
    const { status, headers: answer } = await call<unknown>(method, path, body, headers);
    return { status, violations: JSON.parse(answer.get('sl-violations') ?? '[]') as { message: string }[] };
  };

  it('usage with days=0 is 422 (minimum)', async () => {
    const { status, violations } = await rejected('GET', '/v1/usage?days=0');
    expect(status).toBe(422);
    expect(violations[0]!.message).toMatch(/days must be >= 1/);
  });

  it('listGenerations with limit=101 is 422 (maximum)', async () => {
    expect((await rejected('GET', '/v1/content/list?limit=101')).status).toBe(422);
  });

  it('a generation id that is not a UUID is 422', async () => {
    expect((await rejected('GET', '/v1/content/not-a-uuid')).status).toBe(422);
  });

  it('a body key without the generation_ prefix is accepted: the public sources do not say the API rejects it', async () => {
    expect((await rejected('POST', '/v1/generate/image/a/b', { generation_prompt: 'x', prompt: 'x' })).status).toBe(200);
  });

  it('a model-specific generation_* key is accepted', async () => {
    expect((await rejected('POST', '/v1/generate/image/qwen/image', { generation_prompt: 'x', generation_seed: 42 })).status).toBe(200);
  });

  it('a missing prompt, or a video without duration, is 422 (required)', async () => {
    expect((await rejected('POST', '/v1/generate/image/a/b', { generation_ratio: '1:1' })).status).toBe(422);
    expect((await rejected('POST', '/v1/generate/video/a/b', { generation_prompt: 'x' })).status).toBe(422);
  });

  it('a well-formed new provider order is accepted; a malformed one is 422', async () => {
    expect(
      (await rejected('POST', '/v1/generate/image/a/b', { generation_prompt: 'x', generation_provider_order: 'fal, newprovider' })).status,
    ).toBe(200);
    expect(
      (await rejected('POST', '/v1/generate/image/a/b', { generation_prompt: 'x', generation_provider_order: 'fal,replicate' })).status,
    ).toBe(422);
  });

  it('a Cloudflare-first order on the video route is 422', async () => {
    const body = { generation_prompt: 'x', generation_duration: 5, generation_provider_order: 'cloudflare, replicate, fal' };
    expect((await rejected('POST', '/v1/generate/video/a/b', body)).status).toBe(422);
  });

  it('an Idempotency-Key with a forbidden character is 422', async () => {
    expect((await rejected('POST', '/v1/generate/image/a/b', { generation_prompt: 'x' }, { 'idempotency-key': 'has space' })).status).toBe(
      422,
    );
  });

  it('a model id encoded as one %2F segment matches no route', async () => {
    expect((await rejected('GET', '/v1/estimate/bfl%2Fflux-schnell')).status).toBe(404);
  });

  it('a request without a bearer token is 401', async () => {
    const response = await fetch(`${base}/v1/status`);
    expect(response.status).toBe(401);
  });
});
