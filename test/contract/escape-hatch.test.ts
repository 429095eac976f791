// client.get / post / delete reach any route of the spec, typed by `paths`, through the same attempt
// loop as the named methods (auth, checks, retries, typed errors, withResponse). Type-level checks
// live in test/types/escape-hatch.ts.
import { describe, expect, it } from 'vitest';
import { BabySeaNotFoundError, BabySeaValidationError } from '../../src/index.js';
import { contractClient, ID, wire } from '../helpers/contract.js';
import { example } from '../helpers/spec.js';

describe('the typed escape hatch', () => {
  it('get(path, { params }) sends the route with its parameters and returns the success body', async () => {
    const { client, calls } = contractClient();
    const res = await client.get('/v1/content/{generation_id}', { params: { path: { generation_id: ID } } });
    const usage = await client.get('/v1/usage', { params: { query: { days: 7 } } });
    expect(calls.map(wire)).toEqual([`GET /v1/content/${ID}`, 'GET /v1/usage?days=7']);
    expect(res).toEqual(example('getGeneration'));
    expect(usage.data.usage_period_days).toBe(30);
    expect(calls[0]!.headers.authorization).toBe('Bearer bye_test_key');
  });

  it('post(path, { params, body }, { idempotencyKey }) sends the body and the key of a route that declares one', async () => {
    const { client, calls } = contractClient();
    const res = await client.post(
      '/v1/generate/image/{model_owner}/{model_name}',
      { params: { path: { model_owner: 'bfl', model_name: 'flux-schnell' } }, body: { generation_prompt: 'A seal' } },
      { idempotencyKey: 'hatch-1' },
    );
    expect(wire(calls[0]!)).toBe('POST /v1/generate/image/bfl/flux-schnell');
    expect(JSON.parse(calls[0]!.body!)).toEqual({ generation_prompt: 'A seal' });
    expect(calls[0]!.headers['idempotency-key']).toBe('hatch-1');
    expect(res.data.generation_id).toBeTypeOf('string');
  });

  it('delete(path, { params }) and withResponse() work as on the named methods', async () => {
    const { client, calls } = contractClient();
    const { data, response } = await client
      .delete('/v1/content/{generation_id}', { params: { path: { generation_id: ID } } })
      .withResponse();
    expect(wire(calls[0]!)).toBe(`DELETE /v1/content/${ID}`);
    expect(response.status).toBe(200);
    expect(data.data.files_deleted).toBe(2);
  });

  it('the spec’s rules apply: a path parameter that would escape the route is rejected before sending', async () => {
    const { client, calls } = contractClient();
    const error = await client
      .get('/v1/content/{generation_id}', { params: { path: { generation_id: '../status' } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BabySeaValidationError);
    expect(error).toMatchObject({ argument: 'params.path.generation_id' });
    const missing = await client.get('/v1/content/{generation_id}', { params: { path: {} } } as never).catch((e: unknown) => e);
    expect(missing).toMatchObject({ argument: 'params.path.generation_id' });
    const unknown = await (client.get as (path: string) => Promise<unknown>)('/v1/nowhere').catch((e: unknown) => e);
    expect(unknown).toMatchObject({ argument: 'path' });
    expect(calls).toHaveLength(0);
  });

  it('error answers become the typed error of their status', async () => {
    const { client } = contractClient();
    const error = await client
      .get('/v1/content/{generation_id}', { params: { path: { generation_id: ID } } }, { headers: { Prefer: 'code=404' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BabySeaNotFoundError);
    expect(error).toMatchObject({ code: 'BSE4001', type: 'generation_not_found' });
  });
});
