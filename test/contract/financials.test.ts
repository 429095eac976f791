// Tag "Financials": what a generation will cost, against the Prism mock.
import { describe, expect, it } from 'vitest';
import { contractClient, wire } from '../helpers/contract.js';

describe('estimate: GET /v1/estimate/{model_owner}/{model_name}', () => {
  it('puts the model id raw in two segments', async () => {
    const { client, calls } = contractClient();
    const res = await client.estimate('bfl/flux-schnell');
    expect(wire(calls[0]!)).toBe('GET /v1/estimate/bfl/flux-schnell');
    expect(res.data.cost_per_generation).toBe(0.005);
  });

  it('estimate(model, 5) sends count=5', async () => {
    const { client, calls } = contractClient();
    await client.estimate('bfl/flux-schnell', 5);
    expect(wire(calls[0]!)).toBe('GET /v1/estimate/bfl/flux-schnell?count=5');
  });

  it('estimate(model, {duration, resolution, audio}) sends every field, audio=false included', async () => {
    const { client, calls } = contractClient();
    await client.estimate('bytedance/seedance-1.5-pro', { duration: 8, resolution: '720p', audio: false });
    await client.estimate('google/veo-2', { duration: 8 });
    expect(calls.map(wire)).toEqual([
      'GET /v1/estimate/bytedance/seedance-1.5-pro?duration=8&resolution=720p&audio=false',
      'GET /v1/estimate/google/veo-2?duration=8',
    ]);
  });
});
