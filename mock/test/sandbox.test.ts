// The sandbox by construction: every operation of the spec has a handler, the seeded records are
// the spec's examples, and what is not an operation still answers with the error envelope.
import { afterEach, describe, expect, it } from 'vitest';
import { checkHandlers, createSandbox, HANDLERS, listOperations, type Sandbox, SPEC } from '../src/index.ts';
import { namedExample } from '../src/spec.ts';
import { BASE, call, KEY, MODELS, SEEDED, testSandbox } from './helpers.ts';

let sandbox: Sandbox;
afterEach(() => sandbox?.close());

describe('routes come from the spec', () => {
  it('every operation of paths has a handler', () => {
    const operations = listOperations();
    expect(operations.map((operation) => operation.operationId).sort()).toEqual(Object.keys(HANDLERS).sort());
    expect(() => checkHandlers(operations)).not.toThrow();
  });

  it('an operation without a handler fails createSandbox', () => {
    const spec = structuredClone(SPEC);
    spec.paths['/v1/new-thing'] = { get: { operationId: 'newThing', responses: {} } };
    expect(() => createSandbox({ spec })).toThrow(/no handler for the spec's operation\(s\) newThing/);
  });

  it('a handler without an operation fails too', () => {
    const spec = structuredClone(SPEC);
    delete spec.paths['/v1/health/cache'];
    expect(() => createSandbox({ spec })).toThrow(/operations the spec does not declare: healthCache/);
  });
});

describe('seeded from the spec', () => {
  it('GET /v1/content/{id} of a seeded generation is the spec example, fresh envelope around it', async () => {
    sandbox = testSandbox();
    const example = namedExample<any>(listOperations(), 'getGeneration', '200', 'failed');
    const { json } = await call(sandbox, 'GET', `/v1/content/${example.data.generation_id}`);
    expect(json.data).toEqual(example.data);
    expect(json.request_id).toMatch(/^req_[0-9a-f]{16}$/);
    expect(json.request_id).not.toBe(example.request_id);
    expect(Date.parse(json.timestamp)).toBe(sandbox.clock.now());
  });

  it('the catalog lists every model of the spec example, and the list holds the example generations', async () => {
    sandbox = testSandbox();
    const models = await call(sandbox, 'GET', '/v1/library/models');
    expect(models.json.data.models_total).toBe(MODELS);
    expect(models.json.data.models.map((m: any) => m.model_identifier)).toContain('google/veo-2');
    const list = await call(sandbox, 'GET', '/v1/content/list');
    expect(list.json.total).toBe(SEEDED);
  });

  it('each key is its own account', async () => {
    sandbox = testSandbox();
    await call(sandbox, 'POST', '/v1/generate/image/bfl/flux-schnell', { body: { generation_prompt: 'a seal' } });
    expect((await call(sandbox, 'GET', '/v1/content/list')).json.total).toBe(SEEDED + 1);
    expect((await call(sandbox, 'GET', '/v1/content/list', { key: 'bye_other' })).json.total).toBe(SEEDED);
  });
});

describe('outside the operations', () => {
  it('an unknown route answers 404 with the error envelope', async () => {
    sandbox = testSandbox();
    const { status, json, headers } = await call(sandbox, 'GET', '/v1/nothing-here');
    expect(status).toBe(404);
    expect(json).toMatchObject({ status: 'error', error: { code: 'BSE4004', type: 'route_not_found', retryable: false } });
    expect(headers.get('x-ratelimit-limit')).toBe('60');
  });

  it('a model id encoded as one %2F segment matches no route', async () => {
    sandbox = testSandbox();
    expect((await call(sandbox, 'GET', '/v1/estimate/bfl%2Fflux-schnell')).status).toBe(404);
  });

  it('CORS is open, preflight included, and exposes the protocol headers', async () => {
    sandbox = testSandbox();
    const preflight = await sandbox.handle(
      new Request(`${BASE}/v1/generate/image/bfl/flux-schnell`, {
        method: 'OPTIONS',
        headers: {
          origin: 'http://localhost:5173',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type, idempotency-key',
        },
      }),
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/idempotency-key/);
    const answer = await sandbox.handle(
      new Request(`${BASE}/v1/status`, { headers: { authorization: `Bearer ${KEY}`, origin: 'http://x' } }),
    );
    expect(answer.headers.get('access-control-expose-headers')).toMatch(/X-RateLimit-Remaining.*X-Request-Id.*Idempotency-Replayed/);
  });
});

describe('Prism-compatible overrides', () => {
  it('Prefer: example=… answers with that named example', async () => {
    sandbox = testSandbox();
    const { status, json } = await call(sandbox, 'GET', '/v1/content/5c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f', {
      headers: { prefer: 'example=pending' },
    });
    expect(status).toBe(200);
    expect(json.data.generation_status).toBe('pending');
  });

  it('Prefer: code=… and ?__code= answer with that status', async () => {
    sandbox = testSandbox();
    const preferred = await call(sandbox, 'GET', '/v1/user/billing', { headers: { prefer: 'code=503' } });
    expect(preferred.status).toBe(503);
    expect(preferred.headers.get('retry-after')).toBe('2');
    const queried = await call(sandbox, 'GET', '/v1/content/list?__code=200&__example=empty');
    expect(queried.json).toMatchObject({ total: 0, data: { generations: [] } });
  });

  it('an unknown example name is a 400 that lists the valid ones', async () => {
    sandbox = testSandbox();
    const { status, json } = await call(sandbox, 'GET', '/v1/user/billing', { headers: { prefer: 'example=nope' } });
    expect(status).toBe(400);
    expect(json.error.code).toBe('BSE2001');
    expect(json.error.details.allowed).toEqual(expect.arrayContaining(['200:subscribed', '200:lowCredits', '401:missingKey']));
  });
});

describe('validation of answers', () => {
  it("validate: 'throw' turns a handler answer that breaks the spec into an error", async () => {
    const spec = structuredClone(SPEC);
    // The spec now wants a field the handler never sends.
    (spec.components.schemas as any).HealthCacheData.required.push('region');
    sandbox = createSandbox({ spec, clock: 'manual', validate: 'throw' });
    await expect(call(sandbox, 'GET', '/v1/health/cache')).rejects.toThrow(/healthCache answered 200: body: .*region/);
  });

  it("validate: 'log' answers and says so loudly", async () => {
    const spec = structuredClone(SPEC);
    (spec.components.schemas as any).HealthCacheData.required.push('region');
    const lines: string[] = [];
    sandbox = createSandbox({ spec, clock: 'manual', logger: (line) => lines.push(line) });
    expect((await call(sandbox, 'GET', '/v1/health/cache')).status).toBe(200);
    expect(lines.join('\n')).toMatch(/CONTRACT VIOLATION: healthCache answered 200/);
  });
});
