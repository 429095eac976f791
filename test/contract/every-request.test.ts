// What every request carries, and how the mock's spec validation and error examples reach the SDK.
import { describe, expect, inject, it } from 'vitest';
import { BabySea, BabySeaError, BabySeaInsufficientCreditsError, SDK_VERSION } from '../../src/index.js';
import { contractClient } from '../helpers/contract.js';
import { recordingFetch } from '../helpers/recording-fetch.js';
import { example } from '../helpers/spec.js';

describe('every request', () => {
  it('carries the bearer key and the SDK identification headers', async () => {
    const { client, calls } = contractClient();
    await client.status();
    expect(calls[0]!.headers).toMatchObject({
      authorization: 'Bearer bye_test_key',
      accept: 'application/json',
      'x-babysea-sdk-name': 'babysea',
      'x-babysea-sdk-version': SDK_VERSION,
      'x-babysea-sdk-runtime': 'node',
      'x-babysea-sdk-runtime-version': process.versions.node,
      'user-agent': `babysea/${SDK_VERSION} (node/${process.versions.node})`,
    });
  });

  it('a spec-breaking request is answered 422 by the mock and thrown as a typed error', async () => {
    // The SDK never sends days=0 itself (it rejects it first); a fetch that rewrites the query shows what would happen.
    const corrupting = recordingFetch((request) => fetch(request.url.replace('days=7', 'days=0'), { headers: request.headers }));
    const c = new BabySea({ apiKey: 'bye_test_key', baseUrl: inject('prismUrl'), fetch: corrupting.fetch, maxRetries: 0 });
    const error = await c.usage(7).catch((e: unknown) => e as BabySeaError);
    expect(corrupting.calls[0]!.url).toContain('days=7');
    expect(error).toBeInstanceOf(BabySeaError);
    expect(error).toMatchObject({ status: 422, code: 'BSE2008', type: 'parameter_out_of_range' });
  });

  it('the SDK sets its own Idempotency-Key after caller headers, so a raw header cannot replace it', async () => {
    const { client, calls } = contractClient();
    await client.generate('a/b', { generation_prompt: 'x' }, { idempotencyKey: 'order-42', headers: { 'Idempotency-Key': 'has space' } });
    expect(calls[0]!.headers['idempotency-key']).toBe('order-42');
  });

  it('an error example selected with Prefer: code=… becomes the status class with the envelope fields', async () => {
    const { client } = contractClient();
    const call = client.generate('a/b', { generation_prompt: 'x' }, { headers: { prefer: 'code=402' } });
    const error = (await call.catch((e: unknown) => e)) as BabySeaError;
    expect(error).toBeInstanceOf(BabySeaInsufficientCreditsError);
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
    expect(error.body).toEqual(example('generateImage', 'insufficientCredits', '402'));
    expect(error.rateLimit).toEqual({ limit: 60, remaining: 57, reset: 1795601102 });
  });
});
