// Tag "Content management": read, list, cancel and delete generations, against the Prism mock.
import { describe, expect, it } from 'vitest';
import { GenerationPage } from '../../src/index.js';
import { contractClient, ID, wire } from '../helpers/contract.js';
import { example } from '../helpers/spec.js';

describe('cancelGeneration: POST /v1/content/generation/cancel/{generation_id}', () => {
  it('POSTs without a body and without an Idempotency-Key (the route declares none)', async () => {
    const { client, calls } = contractClient();
    const res = await client.cancelGeneration(ID);
    expect(wire(calls[0]!)).toBe(`POST /v1/content/generation/cancel/${ID}`);
    expect(calls[0]!.body).toBeUndefined();
    expect(calls[0]!.headers['idempotency-key']).toBeUndefined();
    expect(res.data).toMatchObject({ generation_status: 'canceled', credits_refunded: true });
  });

  it('a generation that already ended answers the spec’s 400, thrown as a typed error', async () => {
    const { client } = contractClient();
    const error = await client.cancelGeneration(ID, { headers: { Prefer: 'code=400' } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'BabySeaBadRequestError', status: 400, code: 'BSE2001' });
  });
});

describe('deleteGeneration: DELETE /v1/content/{generation_id}', () => {
  it('sends DELETE /v1/content/{id}', async () => {
    const { client, calls } = contractClient();
    const res = await client.deleteGeneration(ID);
    expect(wire(calls[0]!)).toBe(`DELETE /v1/content/${ID}`);
    expect(res.data.files_deleted).toBe(2);
  });
});

describe('getGeneration: GET /v1/content/{generation_id}', () => {
  it('sends GET /v1/content/{id}', async () => {
    const { client, calls } = contractClient();
    const res = await client.getGeneration(ID);
    expect(wire(calls[0]!)).toBe(`GET /v1/content/${ID}`);
    expect(res.data.generation_output_file).toEqual(['https://cdn.babysea.ai/outputs/5c1e2d3f/0.png']);
  });

  it.each(['pending', 'processing', 'succeeded', 'failed', 'canceled', 'removed'])('returns the %s example', async (name) => {
    const { client } = contractClient();
    const res = await client.getGeneration(ID, { headers: { prefer: `example=${name}` } });
    expect(res.data).toEqual(example('getGeneration', name).data);
  });

  it('a removed generation has null output files and generation_removed', async () => {
    const { client } = contractClient();
    const res = await client.getGeneration(ID, { headers: { prefer: 'example=removed' } });
    expect(res.data.generation_output_file).toBeNull();
    expect(res.data.generation_removed).toBe(true);
  });
});

describe('listGenerations: GET /v1/content/list', () => {
  it('exposes total, limit and offset at top level, as a GenerationPage', async () => {
    const { client, calls } = contractClient();
    const res = await client.listGenerations();
    const page2 = await client.listGenerations({ limit: 20, offset: 20 });
    expect(calls.map(wire)).toEqual(['GET /v1/content/list', 'GET /v1/content/list?limit=20&offset=20']);
    expect(res).toBeInstanceOf(GenerationPage);
    expect([res.total, res.limit, res.offset]).toEqual([2, 50, 0]);
    expect(res.hasNextPage()).toBe(false);
    expect(res.data.generations.map((g) => g.generation_status)).toEqual(['succeeded', 'processing']);
    expect(page2.total).toBe(2);
  });
});
