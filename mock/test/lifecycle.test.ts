// Generations on the clock: pending → processing → succeeded | failed, failover, cancel and
// refunds, delete, the list, billing and usage derived from the store, and the webhook events.
import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../src/webhooks/index.ts';
import { modelDurations, type Sandbox, WEBHOOK_EVENTS } from '../src/index.ts';
import { CONTROL_SCENARIOS } from '../src/scenarios.ts';
import { call, generateImage, generateVideo, KEY, SEEDED, testSandbox } from './helpers.ts';

let sandbox: Sandbox;
afterEach(() => sandbox?.close());

const get = (id: string) => call(sandbox, 'GET', `/v1/content/${id}`).then((a) => a.json.data);
const balance = () => call(sandbox, 'GET', '/v1/user/billing').then((a) => a.json.data.billing_credit_balance as number);
const flux = () => ({ model_type: 'image', model_identifier: 'bfl/flux-schnell' }) as any;

/** A fetch that records webhook deliveries instead of sending them. */
function webhookInbox(status = 200) {
  const received: { headers: Headers; body: string }[] = [];
  const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
    received.push({ headers: new Headers(init?.headers), body: String(init?.body) });
    return new Response(null, { status });
  };
  return { received, fetch: fetch as typeof globalThis.fetch, events: () => received.map((r) => JSON.parse(r.body).webhook_event) };
}

describe('the lifecycle', () => {
  it('moves pending → processing → succeeded on the model’s own durations', async () => {
    sandbox = testSandbox();
    const { queueMs, runMs } = modelDurations(flux());
    expect(runMs).toBeGreaterThanOrEqual(4000);
    expect(runMs).toBeLessThanOrEqual(12000);
    const { json } = await generateImage(sandbox, 'bfl/flux-schnell', { generation_prompt: 'a seal', generation_ratio: '16:9' });
    const id = json.data.generation_id;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const predictionId = json.data.generation_prediction_id;
    expect(await get(id)).toMatchObject({
      generation_status: 'pending',
      generation_provider_used: null,
      generation_prediction_id: predictionId,
      generation_output_file: null,
    });
    sandbox.clock.advance(queueMs);
    expect(await get(id)).toMatchObject({ generation_status: 'processing', generation_provider_used: null });
    sandbox.clock.advance(runMs - 1);
    expect((await get(id)).generation_status).toBe('processing');
    sandbox.clock.advance(1);
    const done = await get(id);
    expect(done).toMatchObject({
      generation_status: 'succeeded',
      generation_provider_used: 'bfl',
      generation_prompt: 'a seal',
      generation_ratio: '16:9',
      generation_output_format: 'png',
      generation_metrics_predict_time: runMs / 1000,
    });
    expect(done.generation_output_file).toEqual([`https://api.us.babysea.ai/__sandbox/media/${id}/0.png`]);
    expect(Date.parse(done.generation_completed_at) - Date.parse(done.generation_created_at)).toBe(queueMs + runMs);
  });

  it('--speed scales the durations', async () => {
    sandbox = testSandbox({ speed: 10 });
    const { queueMs, runMs } = modelDurations(flux());
    const { json } = await generateImage(sandbox, 'bfl/flux-schnell', { generation_prompt: 'x' });
    sandbox.clock.advance(Math.ceil((queueMs + runMs) / 10));
    expect((await get(json.data.generation_id)).generation_status).toBe('succeeded');
  });

  it('[failover]: the first provider fails, the second serves it', async () => {
    sandbox = testSandbox();
    const { json } = await generateImage(sandbox, 'google/nano-banana', { generation_prompt: 'x [failover]' });
    sandbox.clock.advance(60_000);
    const done = await get(json.data.generation_id);
    expect(done).toMatchObject({
      generation_status: 'succeeded',
      generation_provider_order: ['fal', 'replicate'],
      generation_provider_used: 'replicate',
    });
    expect(done.generation_provider_errors).toEqual([expect.objectContaining({ provider: 'fal', code: 'BSE3002' })]);
  });

  it('[fail]: every provider fails, the generation fails with BSE3003 and is refunded', async () => {
    sandbox = testSandbox();
    const { json } = await generateVideo(sandbox, 'google/veo-2', { generation_prompt: 'x [fail]', generation_duration: 8 });
    expect(await balance()).toBe(180.25);
    sandbox.clock.advance(300_000);
    const done = await get(json.data.generation_id);
    expect(done).toMatchObject({
      generation_status: 'failed',
      generation_error_code: 'BSE3003',
      generation_provider_used: 'fal',
      generation_output_file: null,
    });
    expect(done.generation_provider_errors.map((e: any) => e.provider)).toEqual(['replicate', 'fal']);
    expect(await balance()).toBe(184.25);
  });

  it('provider-down and fail-next scenarios', async () => {
    sandbox = testSandbox();
    await sandbox.scenario('provider-down', { provider: 'bfl' });
    const health = await call(sandbox, 'GET', '/v1/health/inference/providers');
    expect(health.json.data.providers.find((p: any) => p.provider === 'bfl')).toMatchObject({ status: 'degraded', failure_rate: 1 });
    const a = (await generateImage(sandbox, 'bfl/flux-schnell', { generation_prompt: 'x' })).json.data.generation_id;
    await sandbox.scenario('fail-next', { count: 1, key: KEY });
    const b = (await generateImage(sandbox, 'bfl/flux-schnell', { generation_prompt: 'x' })).json.data.generation_id;
    const c = (await generateImage(sandbox, 'bfl/flux-schnell', { generation_prompt: 'x' })).json.data.generation_id;
    sandbox.clock.advance(60_000);
    expect((await get(a)).generation_provider_used).toBe('cloudflare');
    expect((await get(b)).generation_status).toBe('failed');
    expect((await get(c)).generation_status).toBe('succeeded');
  });

  it('an unknown control scenario is an error envelope listing the valid ones', async () => {
    sandbox = testSandbox();
    const { status, json } = await call(sandbox, 'POST', '/__sandbox/scenarios/explode', { body: {} });
    expect(status).toBe(404);
    expect(json.error.details.allowed).toEqual(CONTROL_SCENARIOS);
    expect(CONTROL_SCENARIOS).toContain('fail-next');
  });
});

describe('cancel and delete', () => {
  it('cancel from processing → canceled, refunded; again → the spec’s notCancelable 400', async () => {
    sandbox = testSandbox();
    const { json } = await generateVideo(sandbox, 'bytedance/seedance-1.5-pro', { generation_prompt: 'x', generation_duration: 5 });
    const id = json.data.generation_id;
    expect(await balance()).toBe(183.9);
    sandbox.clock.advance(5_000);
    const canceled = await call(sandbox, 'POST', `/v1/content/generation/cancel/${id}`);
    expect(canceled.json.data).toEqual({
      generation_id: id,
      generation_status: 'canceled',
      provider_cancel_sent: true,
      credits_refunded: true,
    });
    expect(await balance()).toBe(184.25);
    sandbox.clock.advance(600_000);
    expect((await get(id)).generation_status).toBe('canceled');
    const again = await call(sandbox, 'POST', `/v1/content/generation/cancel/${id}`);
    expect(again.status).toBe(400);
    expect(again.json.error).toMatchObject({ code: 'BSE2001', details: { field: 'generation_id', generation_status: 'canceled' } });
  });

  it('a succeeded generation cannot be canceled', async () => {
    sandbox = testSandbox();
    const { json } = await call(sandbox, 'POST', '/v1/content/generation/cancel/5c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f');
    expect(json.error.message).toBe('Generation 5c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f has already succeeded and cannot be canceled.');
  });

  it('delete removes the files: files_deleted counts them, the record stays with generation_removed', async () => {
    sandbox = testSandbox();
    const { json } = await generateImage(sandbox, 'google/nano-banana', { generation_prompt: 'x', generation_output_number: 2 });
    const id = json.data.generation_id;
    sandbox.clock.advance(60_000);
    const [url] = (await get(id)).generation_output_file;
    expect((await sandbox.handle(new Request(url))).status).toBe(200);
    const deleted = await call(sandbox, 'DELETE', `/v1/content/${id}`);
    expect(deleted.json.data).toEqual({ generation_id: id, files_deleted: 2 });
    expect(await get(id)).toMatchObject({ generation_status: 'succeeded', generation_output_file: null, generation_removed: true });
    expect((await sandbox.handle(new Request(url))).status).toBe(404);
    expect((await call(sandbox, 'DELETE', `/v1/content/${id}`)).json.data.files_deleted).toBe(0);
  });
});

describe('list, billing and usage come from the store', () => {
  it('the list is newest first with total, limit and offset', async () => {
    sandbox = testSandbox();
    const ids: string[] = [];
    for (const prompt of ['one', 'two', 'three'])
      ids.push((await generateImage(sandbox, 'bfl/flux-schnell', { generation_prompt: prompt })).json.data.generation_id);
    const page = await call(sandbox, 'GET', '/v1/content/list?limit=2&offset=1');
    expect(page.json).toMatchObject({ total: SEEDED + 3, limit: 2, offset: 1 });
    expect(page.json.data.generations.map((g: any) => g.generation_id)).toEqual([ids[1], ids[0]]);
  });

  it('usage counts requests per endpoint with their error codes, and submissions per provider', async () => {
    sandbox = testSandbox();
    const before = (await call(sandbox, 'GET', '/v1/usage')).json.data;
    await generateImage(sandbox, 'bfl/flux-schnell', { generation_prompt: 'x [failover]' });
    await generateImage(sandbox, 'bfl/flux-schnel', { generation_prompt: 'x' });
    sandbox.clock.advance(60_000);
    const after = (await call(sandbox, 'GET', '/v1/usage?days=7')).json.data;
    expect(after.usage_period_days).toBe(7);
    expect(after.usage_total_requests - before.usage_total_requests).toBe(3);
    expect(after.usage_total_generations - before.usage_total_generations).toBe(1);
    const endpoint = after.usage_endpoints.find((e: any) => e.endpoint === 'POST /v1/generate/image');
    const endpointBefore = before.usage_endpoints.find((e: any) => e.endpoint === 'POST /v1/generate/image');
    expect(endpoint.total_requests - endpointBefore.total_requests).toBe(2);
    expect(endpoint.error_codes.BSE4002).toBe(1);
    expect(after.usage_providers.find((p: any) => p.provider === 'bfl')).toMatchObject({ total_submissions: 1, failed_count: 1 });
    expect(after.usage_providers.find((p: any) => p.provider === 'cloudflare')).toMatchObject({ total_submissions: 1, used_count: 1 });
    expect(after.usage_credit_balance).toBe(184.245);
  });
});

describe('webhooks from the lifecycle', () => {
  it('each state change sends its signed event; the SDK verifies every one', async () => {
    const inbox = webhookInbox();
    const secret = 'whsec_test_secret';
    // Without example generations: every event is about the generations this test submits.
    sandbox = testSandbox({ webhook: { url: 'http://127.0.0.1:9/hook', secret }, fetch: inbox.fetch, exampleGenerations: false });
    const done = (await generateImage(sandbox, 'bfl/flux-schnell', { generation_prompt: 'x' })).json.data.generation_id;
    const canceled = (await generateImage(sandbox, 'bfl/flux-schnell', { generation_prompt: 'y' })).json.data.generation_id;
    await call(sandbox, 'POST', `/v1/content/generation/cancel/${canceled}`);
    const failed = (await generateImage(sandbox, 'bfl/flux-schnell', { generation_prompt: 'z [content-policy]' })).json.data.generation_id;
    sandbox.clock.advance(60_000);
    await sandbox.deliveries.settled();
    expect(inbox.events()).toEqual([
      'generation.canceled',
      'generation.started',
      'generation.completed',
      'generation.started',
      'generation.failed',
    ]);
    for (const { headers, body } of inbox.received) {
      const event = await verifyWebhook(body, headers, secret);
      const payload = JSON.parse(body);
      expect(headers.get('x-babysea-event')).toBe(event.webhook_event);
      expect(headers.get('x-babysea-timestamp')).toBe(payload.webhook_timestamp);
      expect(headers.get('x-babysea-delivery-id')).toBe(payload.webhook_delivery_id);
    }
    const completed = JSON.parse(inbox.received[2]!.body);
    expect(completed.webhook_data).toMatchObject({ generation_id: done, generation_provider_used: 'bfl', generation_status: 'succeeded' });
    expect(JSON.parse(inbox.received[0]!.body).webhook_data).toMatchObject({ generation_id: canceled, credits_refunded: true });
    expect(JSON.parse(inbox.received[4]!.body).webhook_data).toMatchObject({ generation_id: failed, generation_error_code: 'BSE2006' });
  });

  it('signs each delivery as the wire format says, checked with node:crypto’s createHmac, not the SDK: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" under the whole secret as UTF-8>', async () => {
    const inbox = webhookInbox();
    // Not ASCII, and shaped like a base64 secret after its prefix: it must be used as it is.
    const secret = 'whsec_c2FuZGJveA==_clé_✓';
    sandbox = testSandbox({ webhook: { url: 'http://127.0.0.1:9/hook', secret }, fetch: inbox.fetch, exampleGenerations: false });
    const before = Math.floor(Date.now() / 1000);
    await generateImage(sandbox, 'bfl/flux-schnell', { generation_prompt: 'x' });
    const canceled = (await generateImage(sandbox, 'bfl/flux-schnell', { generation_prompt: 'y' })).json.data.generation_id;
    await call(sandbox, 'POST', `/v1/content/generation/cancel/${canceled}`);
    sandbox.clock.advance(60_000);
    await sandbox.deliveries.settled();
    const after = Math.ceil(Date.now() / 1000);
    expect(inbox.received.length).toBeGreaterThanOrEqual(3);
    for (const { headers, body } of inbox.received) {
      const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(headers.get('x-babysea-signature') ?? '');
      expect(match, headers.get('x-babysea-signature') ?? 'no signature').not.toBeNull();
      const [, t, v1] = match!;
      // Signed when sent: between the wall-clock seconds around the session (the sandbox's manual clock only dates the events).
      expect(Number(t)).toBeGreaterThanOrEqual(before);
      expect(Number(t)).toBeLessThanOrEqual(after);
      expect(v1).toBe(
        createHmac('sha256', Buffer.from(secret, 'utf8'))
          .update(Buffer.from(`${t}.${body}`, 'utf8'))
          .digest('hex'),
      );
    }
  });

  it('credits.low_balance fires once per threshold crossed, re-armed by a top-up', async () => {
    const inbox = webhookInbox();
    sandbox = testSandbox({ webhook: { url: 'http://127.0.0.1:9/hook', secret: 'whsec_x' }, fetch: inbox.fetch });
    const key = 'bye_test_low_balance';
    await generateVideo(sandbox, 'google/veo-2', { generation_prompt: 'x [slow]', generation_duration: 5 }, { key });
    expect((await generateVideo(sandbox, 'google/veo-2', { generation_prompt: 'x', generation_duration: 5 }, { key })).status).toBe(402);
    await generateImage(sandbox, 'bfl/flux-1.1-pro', { generation_prompt: 'x' }, { key });
    await sandbox.deliveries.settled();
    const lows = inbox.received.map((r) => JSON.parse(r.body)).filter((e) => e.webhook_event === 'credits.low_balance');
    expect(lows).toHaveLength(1);
    expect(lows[0].webhook_data).toMatchObject({ current_balance: 0.968, thresholds_crossed: [{ threshold: 1, balance_at: 0.968 }] });
    await sandbox.scenario('set-balance', { key, balance: 0.2 });
    await sandbox.scenario('set-balance', { key, balance: 5 });
    await sandbox.scenario('set-balance', { key, balance: 0.9 });
    await sandbox.deliveries.settled();
    const all = inbox.received.map((r) => JSON.parse(r.body)).filter((e) => e.webhook_event === 'credits.low_balance');
    expect(all.map((e) => e.webhook_data.thresholds_crossed.map((t: any) => t.threshold))).toEqual([[1], [0.5], [1]]);
  });

  it('a delivery answered with 500 is retried with backoff until it succeeds, and can be replayed', async () => {
    let calls = 0;
    const fetch = (async () => new Response(null, { status: ++calls < 3 ? 500 : 204 })) as unknown as typeof globalThis.fetch;
    sandbox = testSandbox({ webhook: { url: 'http://127.0.0.1:9/hook', secret: 'whsec_x' }, fetch, webhookRetryDelaysMs: [10, 20, 40] });
    const result = (await sandbox.trigger('webhook.test')) as any;
    const id = result.deliveries[0].delivery_id;
    await expect.poll(() => sandbox.deliveries.get(id)?.status, { timeout: 10_000 }).toBe('delivered');
    expect(sandbox.deliveries.get(id)!.attempts.map((a) => a.status)).toEqual([500, 500, 204]);
    const replayed = await sandbox.deliveries.replay(id);
    expect(replayed!.attempts).toHaveLength(4);
    expect(replayed!.delivery_id).toBe(id);
  });

  it('trigger creates what causes each event; a body that breaks the spec is refused before signing', async () => {
    const inbox = webhookInbox();
    sandbox = testSandbox({ webhook: { url: 'http://127.0.0.1:9/hook', secret: 'whsec_x' }, fetch: inbox.fetch });
    for (const event of WEBHOOK_EVENTS) await sandbox.trigger(event);
    expect(inbox.events()).toEqual([
      'generation.started',
      'generation.started',
      'generation.completed',
      'generation.started',
      'generation.failed',
      'generation.canceled',
      'credits.low_balance',
      'webhook.test',
    ]);
    const video = (await sandbox.trigger('generation.completed', { key: KEY, overrides: { model_identifier: 'google/veo-2' } })) as any;
    expect(video.deliveries.at(-1).payload.webhook_data.generation_output_file[0]).toMatch(/\/0\.mp4$/);
    await expect(sandbox.trigger('webhook.test', { overrides: { generation_status: 'pending' } })).rejects.toThrow(
      /breaks the spec's webhook schema/,
    );
    await expect(sandbox.trigger('generation.completed', { key: KEY, overrides: { generation_ratio: '5:4' } })).rejects.toMatchObject({
      status: 422,
    });
    // An override the request schema refuses is refused as a generate request would be.
    await expect(
      sandbox.trigger('generation.completed', { key: KEY, overrides: { generation_output_number: 'two' } }),
    ).rejects.toMatchObject({ status: 422 });
  });
});
