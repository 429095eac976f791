// The control API under /__sandbox/ over HTTP (what the page and the CLI use).
import { afterEach, describe, expect, it } from 'vitest';
import { type Sandbox, SCENARIOS, WEBHOOK_EVENTS } from '../src/index.ts';
import { keyHint } from '../src/key-hint.ts';
import { BASE, call, generateImage, KEY, SEEDED, testSandbox } from './helpers.ts';

let sandbox: Sandbox;
afterEach(() => sandbox?.close());

const control = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  sandbox
    .handle(
      new Request(`${BASE}/__sandbox${path}`, {
        method,
        headers: { 'content-type': 'application/json', ...headers },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      }),
    )
    .then(async (r) => ({ status: r.status, json: r.headers.get('content-type')?.includes('json') ? await r.json() : await r.text() }));

describe('the control API', () => {
  it('serves the page and the one scenarios table', async () => {
    sandbox = testSandbox();
    const page = await control('GET', '/');
    expect(page.status).toBe(200);
    expect(page.json).toContain('<title>BabySea sandbox</title>');
    const table = await control('GET', '/scenarios');
    expect(table.json).toEqual({ scenarios: SCENARIOS, events: WEBHOOK_EVENTS });
  });

  it('advances the clock', async () => {
    sandbox = testSandbox();
    const before = sandbox.clock.now();
    const { json } = await control('POST', '/clock/advance', { ms: 5000 });
    expect(json).toMatchObject({ mode: 'manual', now_ms: before + 5000, offset_ms: 5000 });
    const bad = await control('POST', '/clock/advance', { ms: -1 });
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatchObject({ code: 'BSE2001', details: { field: 'ms' } });
  });

  it('resets one account, or everything', async () => {
    sandbox = testSandbox();
    await generateImage(sandbox, 'bfl/flux-schnell', { generation_prompt: 'x' });
    await generateImage(sandbox, 'bfl/flux-schnell', { generation_prompt: 'x' }, { key: 'bye_other' });
    expect((await control('POST', '/reset', { key: KEY })).json).toEqual({ reset: 'account', key: KEY });
    expect((await call(sandbox, 'GET', '/v1/content/list')).json.total).toBe(SEEDED);
    expect((await call(sandbox, 'GET', '/v1/content/list', { key: 'bye_other' })).json.total).toBe(SEEDED + 1);
    await control('POST', '/reset');
    expect((await call(sandbox, 'GET', '/v1/content/list', { key: 'bye_other' })).json.total).toBe(SEEDED);
  });

  it('logs requests, newest first', async () => {
    sandbox = testSandbox();
    await call(sandbox, 'GET', '/v1/status');
    await call(sandbox, 'GET', '/v1/content/00000000-0000-4000-8000-000000000000');
    const { json } = await control('GET', '/requests');
    expect(json.requests.slice(0, 2)).toMatchObject([
      {
        method: 'GET',
        path: '/v1/content/00000000-0000-4000-8000-000000000000',
        status: 404,
        code: 'BSE4001',
        key_hint: keyHint(KEY),
        // The account's two example generations in flight, of a cap of 10.
        in_flight: 2,
        max_in_flight: 10,
      },
      { method: 'GET', path: '/v1/status', status: 200 },
    ]);
  });

  it('sets a webhook endpoint per account; other accounts use the global one', async () => {
    const sent: string[] = [];
    const fetch = (async (url: string) => {
      sent.push(url);
      return new Response(null, { status: 200 });
    }) as unknown as typeof globalThis.fetch;
    sandbox = testSandbox({ fetch, webhook: { url: 'http://127.0.0.1:9/global', secret: 'whsec_g' } });
    const set = await control(
      'POST',
      '/webhooks',
      { url: 'http://127.0.0.1:9/mine', secret: 'whsec_m' },
      { authorization: `Bearer ${KEY}` },
    );
    expect(set.json).toEqual({ key_hint: keyHint(KEY), url: 'http://127.0.0.1:9/mine' });
    expect((await control('GET', `/webhooks?key=${KEY}`)).json).toEqual({ key: KEY, url: 'http://127.0.0.1:9/mine', own: true });
    await sandbox.trigger('webhook.test', { key: KEY });
    await sandbox.trigger('webhook.test', { key: 'bye_other' });
    expect(sent).toEqual(['http://127.0.0.1:9/mine', 'http://127.0.0.1:9/global']);
    expect((await control('POST', '/webhooks', { key: KEY, url: 'ftp://x', secret: 's' })).json.error.details.field).toBe('url');
  });

  it('triggers over HTTP, replays a delivery, and answers errors with the envelope', async () => {
    sandbox = testSandbox();
    const triggered = await control('POST', '/trigger', { event: 'webhook.test', overrides: { model_identifier: 'google/veo-2' } });
    expect(triggered.json.deliveries[0]).toMatchObject({ event: 'webhook.test', status: 'no_endpoint' });
    expect(triggered.json.deliveries[0].payload.webhook_data.model_identifier).toBe('google/veo-2');
    expect((await control('GET', '/deliveries')).json.deliveries).toHaveLength(1);
    expect((await control('POST', '/deliveries/nope/replay')).status).toBe(404);
    const malformed = await control('POST', '/scenarios/fail-next', '{not json');
    expect(malformed.status).toBe(400);
    expect(malformed.json.status).toBe('error');
  });

  it('runs scenarios with the key from the Authorization header', async () => {
    sandbox = testSandbox();
    const { json } = await control('POST', '/scenarios/set-balance', { balance: 3.5 }, { authorization: `Bearer ${KEY}` });
    expect(json).toEqual({ scenario: 'set-balance', key: KEY, balance: 3.5 });
    expect((await call(sandbox, 'GET', '/v1/user/billing')).json.data.billing_credit_balance).toBe(3.5);
  });

  it('tells accounts apart without revealing their keys, with what limits them', async () => {
    sandbox = testSandbox({ maxInFlight: 3 });
    const keys = ['bye_test_7Kx2mQ9pR4sT6vW8yZ1aB3cD5e', 'bye_test_7Kx2mQ9pR4sT6vW8yZ1aB3cD9f', 'bye_test_short'];
    for (const key of keys) await generateImage(sandbox, 'bfl/flux-schnell', { generation_prompt: 'x' }, { key });
    await call(sandbox, 'GET', '/v1/status', { key: 'bye_test_one_in_flight' });
    const { json } = await control('GET', '/accounts');
    const hints = json.accounts.map((a: { key_hint: string }) => a.key_hint);
    expect(new Set(hints).size).toBe(4);
    for (const key of keys) expect(JSON.stringify(json)).not.toContain(key);
    expect(hints[0]).toBe('bye_test…cD5e');
    // Each account: its two example generations in flight and the new one, at its cap.
    expect(json.accounts[0]).toMatchObject({ in_flight: 3, max_in_flight: 3, scenario: null });
    expect(json.accounts[3]).toMatchObject({ in_flight: 0, max_in_flight: 1, scenario: { value: 'bye_test_one_in_flight' } });
    const logged = (await control('GET', '/requests')).json.requests;
    expect(logged[0]).toMatchObject({ key_hint: keyHint('bye_test_one_in_flight'), in_flight: 0, max_in_flight: 1 });
    for (const key of keys) expect(JSON.stringify(logged)).not.toContain(key);
  });

  it('lists the generations of every account, and completes, fails or cancels one now', async () => {
    const sent: string[] = [];
    const fetch = (async (_url: string, init: RequestInit) => {
      sent.push(JSON.parse(String(init.body)).webhook_event);
      return new Response(null, { status: 200 });
    }) as unknown as typeof globalThis.fetch;
    sandbox = testSandbox({ exampleGenerations: false, fetch, webhook: { url: 'http://127.0.0.1:9/hook', secret: 'whsec_c' } });
    const submit = async (key: string) =>
      (await generateImage(sandbox, 'bfl/flux-1.1-pro', { generation_prompt: 'x' }, { key })).json.data.generation_id as string;
    const [done, failed, canceled] = [await submit(KEY), await submit('bye_other_key'), await submit(KEY)];
    const listed = (await control('GET', '/generations')).json.generations;
    expect(listed.map((g: { generation_id: string }) => g.generation_id).sort()).toEqual([done, failed, canceled].sort());
    expect(listed.find((g: { generation_id: string }) => g.generation_id === failed)).toMatchObject({
      key_hint: keyHint('bye_other_key'),
      generation_status: 'pending',
    });

    const completed = await control('POST', `/generations/${done}/complete`);
    expect(completed.json.generation).toMatchObject({ generation_id: done, generation_status: 'succeeded' });
    expect((await call(sandbox, 'GET', `/v1/content/${done}`)).json.data.generation_output_file).toHaveLength(1);

    const before = (await call(sandbox, 'GET', '/v1/user/billing', { key: 'bye_other_key' })).json.data.billing_credit_balance;
    expect((await control('POST', `/generations/${failed}/fail`)).json.generation).toMatchObject({
      generation_status: 'failed',
      generation_error_code: 'BSE3003',
    });
    const after = (await call(sandbox, 'GET', '/v1/user/billing', { key: 'bye_other_key' })).json.data.billing_credit_balance;
    expect(after).toBeCloseTo(before + 0.052, 6);

    expect((await control('POST', `/generations/${canceled}/cancel`)).json.generation.generation_status).toBe('canceled');
    await sandbox.deliveries.settled();
    expect(sent).toEqual(['generation.started', 'generation.completed', 'generation.started', 'generation.failed', 'generation.canceled']);

    const again = await control('POST', `/generations/${done}/fail`);
    expect(again.status).toBe(400);
    expect(again.json.error.message).toBe(`Generation ${done} has already succeeded: only a pending or processing one can be sent fail.`);
    expect((await control('POST', '/generations/00000000-0000-4000-8000-000000000000/cancel')).json.error.code).toBe('BSE4001');
    expect((await control('POST', `/generations/${done}/explode`)).json.error.details.allowed).toEqual(['complete', 'fail', 'cancel']);
  });

  it('the overview holds what the dashboard shows in one answer', async () => {
    sandbox = testSandbox();
    await generateImage(sandbox, 'bfl/flux-schnell', { generation_prompt: 'x' });
    const { json } = await control('GET', '/overview');
    expect(Object.keys(json).sort()).toEqual(['accounts', 'clock', 'deliveries', 'generations', 'requests']);
    expect(json.accounts).toHaveLength(1);
    expect(json.generations.length).toBe(json.accounts[0].generations);
    expect(json.requests[0]).toMatchObject({ method: 'POST', status: 200 });
  });

  it('an example generation every account holds is named with its account’s key hint', async () => {
    sandbox = testSandbox();
    await call(sandbox, 'GET', '/v1/status');
    await call(sandbox, 'GET', '/v1/status', { key: 'bye_other_key' });
    const pending = (await control('GET', '/generations')).json.generations.find(
      (g: { generation_status: string }) => g.generation_status === 'pending',
    );
    const ambiguous = await control('POST', `/generations/${pending.generation_id}/complete`);
    expect(ambiguous.status).toBe(400);
    expect(ambiguous.json.error.details).toMatchObject({ field: 'key_hint', allowed: [keyHint(KEY), keyHint('bye_other_key')] });
    const done = await control('POST', `/generations/${pending.generation_id}/complete`, { key_hint: keyHint('bye_other_key') });
    expect(done.json.generation).toMatchObject({ key_hint: keyHint('bye_other_key'), generation_status: 'succeeded' });
    expect((await call(sandbox, 'GET', `/v1/content/${pending.generation_id}`)).json.data.generation_status).toBe('pending');
    const byKey = await control('POST', `/generations/${pending.generation_id}/cancel`, { key: KEY });
    expect(byKey.json.generation.generation_status).toBe('canceled');
  });

  it('the dashboard’s routes keep the rules of the rest: open CORS, JSON bodies, the error envelope', async () => {
    sandbox = testSandbox();
    const preflight = await sandbox.handle(
      new Request(`${BASE}/__sandbox/generations/x/fail`, {
        method: 'OPTIONS',
        headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST' },
      }),
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    const overview = await sandbox.handle(new Request(`${BASE}/__sandbox/overview`, { headers: { origin: 'http://localhost:3000' } }));
    expect(overview.headers.get('access-control-allow-origin')).toBe('*');
    const malformed = await control('POST', '/generations/x/fail', '[1, 2]');
    expect(malformed.status).toBe(400);
    expect(malformed.json).toMatchObject({ status: 'error', error: { code: 'BSE2001', details: { field: 'body' } } });
  });
});
