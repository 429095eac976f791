// Tag "Content generation": submit image and video generations, against the Prism mock.
import { describe, expect, it } from 'vitest';
import { contractClient, wire } from '../helpers/contract.js';

describe('generateImage: POST /v1/generate/image/{model_owner}/{model_name}', () => {
  it('generate(model, body) POSTs the body to the image route with an Idempotency-Key', async () => {
    const { client, calls } = contractClient();
    const body = {
      generation_prompt: 'A cute baby seal on the beach at sunset',
      generation_ratio: '16:9',
      generation_output_format: 'png' as const,
    };
    const res = await client.generate('google/nano-banana', body);
    expect(wire(calls[0]!)).toBe('POST /v1/generate/image/google/nano-banana');
    expect(JSON.parse(calls[0]!.body!)).toEqual(body);
    expect(calls[0]!.headers['content-type']).toBe('application/json');
    expect(calls[0]!.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.data.generation_initialized).toBe(true);
    expect(res.data.generation_provider_order).toEqual(['fal', 'replicate']);
  });

  it('the replayed-canceled answer is readable through the same fields', async () => {
    const { client } = contractClient();
    const res = await client.generate(
      'google/nano-banana',
      { generation_prompt: 'x' },
      { headers: { prefer: 'example=replayedCanceled' } },
    );
    expect(res.data.generation_status).toBe('canceled');
    expect(res.data.generation_initialized).toBeUndefined();
  });

  it('the Idempotency-Replayed header the spec declares becomes idempotency_replayed', async () => {
    const { client } = contractClient();
    // Prism sends every declared header with its schema's value, so here every answer looks replayed.
    const res = await client.generate('google/nano-banana', { generation_prompt: 'x' });
    expect(res.idempotency_replayed).toBe(true);
  });
});

describe('generateVideo: POST /v1/generate/video/{model_owner}/{model_name}', () => {
  it('generate(model, {generation_duration}) goes to the video route, as the official SDK does', async () => {
    const { client, calls } = contractClient();
    await client.generate('google/veo-2', { generation_prompt: 'Ocean waves', generation_duration: 5 });
    expect(wire(calls[0]!)).toBe('POST /v1/generate/video/google/veo-2');
  });

  it('generateVideo(model, body) POSTs to the video route with model-specific params', async () => {
    const { client, calls } = contractClient();
    const res = await client.generateVideo('bytedance/seedance-1.5-pro', {
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
});
