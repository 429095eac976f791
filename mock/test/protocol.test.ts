// The protocol around the handlers: rate limits, idempotency, auth and scopes, computed 400/422s,
// the catalog checks, the cost rules, magic keys and reproducible chaos.
import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../src/index.ts';
import { call, generateImage, generateVideo, KEY, SEEDED, testSandbox } from './helpers.ts';

let sandbox: Sandbox;
afterEach(() => sandbox?.close());

describe('rate limits', () => {
  it('every answer carries X-RateLimit-*, 2xx and errors alike, and the bucket counts down', async () => {
    sandbox = testSandbox();
    const answers = [
      await call(sandbox, 'GET', '/v1/status'),
      await call(sandbox, 'GET', '/v1/content/00000000-0000-4000-8000-000000000000'),
      await call(sandbox, 'GET', '/v1/status', { key: null }),
      await generateImage(sandbox, 'bfl/flux-schnell', {}),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 404, 401, 400]);
    for (const { headers } of answers) {
      expect(headers.get('x-ratelimit-limit')).toBe('60');
      expect(Number(headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000 - 5);
    }
    expect(answers[1]!.headers.get('x-ratelimit-remaining')).toBe('58');
    expect(answers[3]!.headers.get('x-ratelimit-remaining')).toBe('57');
  });

  it('past the limit the answer is 429 BSE1005 with Retry-After, and the bucket refills with time', async () => {
    sandbox = testSandbox({ rateLimit: { limit: 3, windowMs: 3000 } });
    for (let i = 0; i < 3; i++) expect((await call(sandbox, 'GET', '/v1/status')).status).toBe(200);
    const limited = await call(sandbox, 'GET', '/v1/status');
    expect(limited.status).toBe(429);
    expect(limited.json.error).toMatchObject({ code: 'BSE1005', type: 'rate_limit_exceeded', retryable: true });
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    sandbox.clock.advance(1000);
    expect((await call(sandbox, 'GET', '/v1/status')).status).toBe(200);
  });

  it('rate-limit-now spends one key only', async () => {
    sandbox = testSandbox();
    await sandbox.scenario('rate-limit-now', { key: KEY });
    expect((await call(sandbox, 'GET', '/v1/status')).status).toBe(429);
    expect((await call(sandbox, 'GET', '/v1/status', { key: 'bye_other' })).status).toBe(200);
  });
});

describe('Idempotency-Key', () => {
  const body = { generation_prompt: 'a seal' };

  it('the same key and body replays the first answer, with Idempotency-Replayed, and creates one generation', async () => {
    sandbox = testSandbox();
    const first = await generateImage(sandbox, 'bfl/flux-schnell', body, { headers: { 'idempotency-key': 'k-1' } });
    const again = await generateImage(sandbox, 'bfl/flux-schnell', { ...body }, { headers: { 'idempotency-key': 'k-1' } });
    expect(first.headers.get('idempotency-replayed')).toBeNull();
    expect(again.headers.get('idempotency-replayed')).toBe('true');
    expect(again.json).toEqual(first.json);
    expect((await call(sandbox, 'GET', '/v1/content/list')).json.total).toBe(SEEDED + 1);
  });

  it('a replay after the generation was canceled answers its id and canceled', async () => {
    sandbox = testSandbox();
    const first = await generateImage(sandbox, 'bfl/flux-schnell', body, { headers: { 'idempotency-key': 'k-2' } });
    await call(sandbox, 'POST', `/v1/content/generation/cancel/${first.json.data.generation_id}`);
    const again = await generateImage(sandbox, 'bfl/flux-schnell', body, { headers: { 'idempotency-key': 'k-2' } });
    expect(again.json.data).toEqual({ generation_id: first.json.data.generation_id, generation_status: 'canceled' });
    expect(again.json.message).toBe('Generation already canceled');
  });

  it('the same key with a different body is 409 BSE2015', async () => {
    sandbox = testSandbox();
    await generateImage(sandbox, 'bfl/flux-schnell', body, { headers: { 'idempotency-key': 'k-3' } });
    const conflict = await generateImage(
      sandbox,
      'bfl/flux-schnell',
      { generation_prompt: 'another' },
      { headers: { 'idempotency-key': 'k-3' } },
    );
    expect(conflict.status).toBe(409);
    expect(conflict.json.error.code).toBe('BSE2015');
  });

  it('while the first request still runs, the same key is 409 BSE2016', async () => {
    sandbox = testSandbox({ chaos: { latencyMs: [80, 80] } });
    const headers = { 'idempotency-key': 'k-4' };
    const [first, second] = await Promise.all([
      generateImage(sandbox, 'bfl/flux-schnell', body, { headers }),
      new Promise((r) => setTimeout(r, 10)).then(() => generateImage(sandbox, 'bfl/flux-schnell', body, { headers })),
    ]);
    expect(first.status).toBe(200);
    expect(second.status).toBe(409);
    expect(second.json.error.code).toBe('BSE2016');
  });

  it('a failed first request leaves the key free', async () => {
    sandbox = testSandbox();
    const headers = { 'idempotency-key': 'k-5' };
    expect((await generateImage(sandbox, 'bfl/flux-schnell', { ...body, generation_ratio: '7:5' }, { headers })).status).toBe(422);
    expect((await generateImage(sandbox, 'bfl/flux-schnell', { ...body, generation_ratio: '7:5' }, { headers })).status).toBe(422);
  });

  it('a malformed key is a 422 that names the header', async () => {
    sandbox = testSandbox();
    const { status, json } = await generateImage(sandbox, 'bfl/flux-schnell', body, { headers: { 'idempotency-key': 'has space' } });
    expect(status).toBe(422);
    expect(json.error.details.field).toBe('Idempotency-Key');
  });
});

describe('auth and scopes', () => {
  it('no key is 401 BSE1001; the magic invalid key is 401 BSE1002', async () => {
    sandbox = testSandbox();
    expect((await call(sandbox, 'GET', '/v1/status', { key: null })).json.error.code).toBe('BSE1001');
    expect((await call(sandbox, 'GET', '/v1/status', { key: 'bye_test_invalid' })).json.error.code).toBe('BSE1002');
  });

  it('a read_only key reads but gets 403 BSE1003 naming the scope on generate, cancel and delete', async () => {
    sandbox = testSandbox();
    const key = 'bye_test_readonly';
    expect((await call(sandbox, 'GET', '/v1/content/list', { key })).status).toBe(200);
    const denied = await generateImage(sandbox, 'bfl/flux-schnell', { generation_prompt: 'x' }, { key });
    expect(denied.status).toBe(403);
    expect(denied.json.error).toMatchObject({ code: 'BSE1003', details: { required_scope: 'generation:write' } });
    const id = '0b9f6f5e-2f4a-4c1e-9d3b-7a8c6e5f4d3c';
    expect((await call(sandbox, 'DELETE', `/v1/content/${id}`, { key })).json.error.details.required_scope).toBe('generation:delete');
  });

  it('a monitor_only key reaches health and library only', async () => {
    sandbox = testSandbox();
    const key = 'bye_test_monitor';
    expect((await call(sandbox, 'GET', '/v1/health/cache', { key })).status).toBe(200);
    expect((await call(sandbox, 'GET', '/v1/user/billing', { key })).status).toBe(403);
  });
});

describe('requests checked against the spec and the catalog', () => {
  it('an unknown model is 404 with the ModelNotFound envelope', async () => {
    sandbox = testSandbox();
    const { status, json } = await generateImage(sandbox, 'bfl/flux-schnel', { generation_prompt: 'x' });
    expect(status).toBe(404);
    expect(json.error).toMatchObject({ code: 'BSE4002', type: 'model_not_found', details: { model_identifier: 'bfl/flux-schnel' } });
  });

  it('a missing prompt is 400 BSE2001 naming the field; malformed JSON is 400 too', async () => {
    sandbox = testSandbox();
    const missing = await generateImage(sandbox, 'bfl/flux-schnell', { generation_ratio: '1:1' });
    expect(missing.status).toBe(400);
    expect(missing.json.error).toMatchObject({ code: 'BSE2001', type: 'invalid_input', details: { field: 'generation_prompt' } });
    const malformed = await call(sandbox, 'POST', '/v1/generate/image/bfl/flux-schnell', { raw: '{"generation_prompt": ' });
    expect(malformed.status).toBe(400);
    expect(malformed.json.error.message).toMatch(/not valid JSON/);
    expect((await generateVideo(sandbox, 'google/veo-2', { generation_prompt: 'x' })).json.error.details.field).toBe('generation_duration');
  });

  it.each([
    [
      'a ratio the model lacks',
      'image',
      'bfl/flux-1.1-pro',
      { generation_ratio: '21:9' },
      'generation_ratio',
      ['1:1', '16:9', '9:16', '4:3', '3:4'],
    ],
    ['too many outputs', 'image', 'bfl/flux-1.1-pro', { generation_output_number: 2 }, 'generation_output_number', [1]],
    [
      'an output format the model lacks',
      'image',
      'bfl/flux-1.1-pro-ultra',
      { generation_output_format: 'webp' },
      'generation_output_format',
      ['png', 'jpg'],
    ],
    [
      'input files for a text-only model',
      'image',
      'bfl/flux-1.1-pro',
      { generation_input_file: ['https://example.com/a.png'] },
      'generation_input_file',
      [],
    ],
    ['a duration the model lacks', 'video', 'google/veo-2', { generation_duration: 6 }, 'generation_duration', [5, 8]],
    [
      'a resolution the model lacks',
      'video',
      'bytedance/seedance-1.5-pro',
      { generation_duration: 5, generation_resolution: '480p' },
      'generation_resolution',
      ['720p', '1080p'],
    ],
    [
      'audio for a silent model',
      'video',
      'google/veo-2',
      { generation_duration: 5, generation_generate_audio: true },
      'generation_generate_audio',
      [false],
    ],
    [
      'a provider that does not serve the model',
      'image',
      'bfl/flux-1.1-pro',
      { generation_provider_order: 'bfl, replicate, fal' },
      'generation_provider_order',
      ['fastest', 'replicate, fal'],
    ],
    [
      'fastest for a single-provider model',
      'video',
      'minimax/video-01-director',
      { generation_duration: 5, generation_provider_order: 'fastest' },
      'generation_provider_order',
      ['replicate'],
    ],
    ['a key the model does not take', 'image', 'qwen/image', { generation_steps: 4 }, 'generation_steps', undefined],
    ['a key without the generation_ prefix', 'image', 'qwen/image', { prompt: 'x' }, 'prompt', undefined],
  ] as const)('%s is a computed 422 BSE2008 naming the field', async (_name, kind, model, extra, field, allowed) => {
    sandbox = testSandbox();
    const send = kind === 'image' ? generateImage : generateVideo;
    const { status, json } = await send(sandbox, model, { generation_prompt: 'x', ...extra });
    expect(status).toBe(422);
    expect(json.error).toMatchObject({ code: 'BSE2008', type: 'parameter_out_of_range', retryable: false, details: { field } });
    expect(json.error.message).toContain(field);
    if (allowed) expect(json.error.details.allowed).toEqual(allowed);
  });

  it('the video route rejects a Cloudflare-first order; the image route takes it for a Cloudflare model', async () => {
    sandbox = testSandbox();
    const order = { generation_provider_order: 'cloudflare, replicate, fal' };
    const video = await generateVideo(sandbox, 'bytedance/seedance-1.5-pro', { generation_prompt: 'x', generation_duration: 5, ...order });
    expect(video.status).toBe(422);
    expect(video.json.error.message).toMatch(/Cloudflare-first/);
    const image = await generateImage(sandbox, 'bfl/flux-schnell', { generation_prompt: 'x', ...order });
    expect(image.json.data.generation_provider_order).toEqual(['cloudflare', 'replicate', 'fal']);
  });

  it('a malformed order and an out-of-range query value are 422 from the schema', async () => {
    sandbox = testSandbox();
    const order = await generateImage(sandbox, 'bfl/flux-schnell', { generation_prompt: 'x', generation_provider_order: 'fal,replicate' });
    expect(order.json.error.details.field).toBe('generation_provider_order');
    const days = await call(sandbox, 'GET', '/v1/usage?days=0');
    expect(days.status).toBe(422);
    expect(days.json.error).toMatchObject({ details: { field: 'days' }, message: 'days must be >= 1.' });
    expect((await call(sandbox, 'GET', '/v1/content/list?limit=101')).status).toBe(422);
  });

  it('a generation id that is not a UUID is 400 naming generation_id', async () => {
    sandbox = testSandbox();
    const { status, json } = await call(sandbox, 'GET', '/v1/content/not-a-uuid');
    expect(status).toBe(400);
    expect(json.error.details.field).toBe('generation_id');
  });

  it('the [reject] marker is 422 BSE2006 at submission, nothing charged', async () => {
    sandbox = testSandbox();
    const { status, json } = await generateImage(sandbox, 'bfl/flux-schnell', { generation_prompt: 'x [reject]' });
    expect(status).toBe(422);
    expect(json.error.code).toBe('BSE2006');
    expect((await call(sandbox, 'GET', '/v1/user/billing')).json.data.billing_credit_balance).toBe(184.25);
  });
});

describe('prices: the same rules for estimate and generate', () => {
  it('image: count × per-image price, count clamped to 1–100', async () => {
    sandbox = testSandbox();
    const five = await call(sandbox, 'GET', '/v1/estimate/bfl/flux-schnell?count=5');
    expect(five.json.data).toMatchObject({
      assets_count: 5,
      cost_per_generation: 0.005,
      cost_total_consumed: 0.025,
      credit_balance_max_affordable: 36850,
    });
    expect((await call(sandbox, 'GET', '/v1/estimate/bfl/flux-schnell?count=1000')).json.data.assets_count).toBe(100);
    expect((await call(sandbox, 'GET', '/v1/estimate/bfl/flux-schnell?count=-3')).json.data.assets_count).toBe(1);
  });

  it('video: per-second rate × duration, keyed by resolution and audio', async () => {
    sandbox = testSandbox();
    const estimate = (query: string) => call(sandbox, 'GET', `/v1/estimate/bytedance/seedance-1.5-pro?${query}`).then((a) => a.json.data);
    expect(await estimate('duration=8&resolution=720p&audio=false')).toMatchObject({ cost_per_second: 0.05, cost_per_generation: 0.4 });
    expect(await estimate('duration=8&resolution=720p')).toMatchObject({ cost_per_second: 0.07, cost_per_generation: 0.56 });
    expect(await estimate('duration=10&resolution=1080p&audio=false')).toMatchObject({ cost_per_second: 0.09, cost_per_generation: 0.9 });
    const veo = await call(sandbox, 'GET', '/v1/estimate/google/veo-2?duration=8').then((a) => a.json.data);
    expect(veo).toMatchObject({ cost_per_second: 0.5, duration_seconds: 8, cost_per_generation: 4 });
    expect((await call(sandbox, 'GET', '/v1/estimate/google/veo-2?duration=6')).json.error.details).toEqual({
      field: 'duration',
      allowed: [5, 8],
    });
    // The same rules as the generate route, under the query's names.
    expect((await call(sandbox, 'GET', '/v1/estimate/google/veo-2?duration=5&resolution=720p')).json.error.details).toEqual({
      field: 'resolution',
      allowed: [],
    });
    expect((await call(sandbox, 'GET', '/v1/estimate/bytedance/seedance-1.5-pro?resolution=480p')).json.error.details).toEqual({
      field: 'resolution',
      allowed: ['720p', '1080p'],
    });
  });

  it('a generation is debited what its estimate says', async () => {
    sandbox = testSandbox();
    const quoted = (await call(sandbox, 'GET', '/v1/estimate/bytedance/seedance-1.5-pro?duration=5&resolution=1080p&audio=true')).json.data;
    await generateVideo(sandbox, 'bytedance/seedance-1.5-pro', {
      generation_prompt: 'x',
      generation_duration: 5,
      generation_resolution: '1080p',
    });
    await generateImage(sandbox, 'google/nano-banana', { generation_prompt: 'x', generation_output_number: 3 });
    const balance = (await call(sandbox, 'GET', '/v1/user/billing')).json.data.billing_credit_balance;
    expect(balance).toBeCloseTo(184.25 - quoted.cost_total_consumed - 3 * 0.039, 6);
  });
});

describe('magic keys', () => {
  it('bye_test_zero_balance always gets 402 BSE1004 with required and balance', async () => {
    sandbox = testSandbox();
    const { status, json } = await generateImage(sandbox, 'bfl/flux-schnell', { generation_prompt: 'x' }, { key: 'bye_test_zero_balance' });
    expect(status).toBe(402);
    expect(json.error).toMatchObject({ code: 'BSE1004', details: { required: 0.005, balance: 0 } });
  });

  it('bye_test_throttled always gets 429', async () => {
    sandbox = testSandbox();
    expect((await call(sandbox, 'GET', '/v1/status', { key: 'bye_test_throttled' })).status).toBe(429);
  });

  it('bye_test_one_in_flight gets 429 BSE1009 for a second generation in flight, and not once the first ended', async () => {
    sandbox = testSandbox();
    const key = 'bye_test_one_in_flight';
    expect((await generateImage(sandbox, 'bfl/flux-schnell', { generation_prompt: 'x' }, { key })).status).toBe(200);
    const second = await generateImage(sandbox, 'bfl/flux-schnell', { generation_prompt: 'y' }, { key });
    expect(second.json.error.code).toBe('BSE1009');
    sandbox.clock.advance(60_000);
    expect((await generateImage(sandbox, 'bfl/flux-schnell', { generation_prompt: 'y' }, { key })).status).toBe(200);
  });
});

describe('chaos', () => {
  const run = async (seed: number) => {
    const box = testSandbox({ seed, chaos: { failureRate: 0.3, resetRate: 0.2 } });
    const outcomes: (number | string)[] = [];
    for (let i = 0; i < 30; i++) {
      outcomes.push(
        await call(box, 'GET', '/v1/status').then(
          (a) => a.status,
          (e: Error) => e.name,
        ),
      );
    }
    await box.close();
    return outcomes;
  };

  it('the same seed meets the same faults; another seed others', async () => {
    const first = await run(7);
    expect(await run(7)).toEqual(first);
    expect(await run(8)).not.toEqual(first);
    expect(first).toContain('TypeError');
    expect(first.filter((s) => s === 500 || s === 503).length, `statuses: ${first.join(', ')}`).toBeGreaterThan(0);
    expect(first).toContain(200);
  });

  it('a hung request ends when the client aborts', async () => {
    sandbox = testSandbox({ chaos: { hangRate: 1 } });
    const controller = new AbortController();
    const answer = sandbox.handle(
      new Request('https://api.us.babysea.ai/v1/status', { headers: { authorization: `Bearer ${KEY}` }, signal: controller.signal }),
    );
    setTimeout(() => controller.abort(), 20);
    await expect(answer).rejects.toThrow(TypeError);
    expect(sandbox.requests()[0]).toMatchObject({ fault: 'hang' });
  });
});
