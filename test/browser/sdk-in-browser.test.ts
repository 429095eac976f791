// The built ESM bundle (dist/, checked fresh first) runs in a real browser (Debian Chromium): it
// calls the Prism mock across origins (CORS), verifies a webhook signature with the page's Web
// Crypto, and signs and verifies the fixed webhook vectors there.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { expectFreshBuild } from '../helpers/built.js';
import { launchChromium } from '../helpers/chromium.js';
import { WEBHOOK_VECTOR_CHECKS } from '../runtimes/webhook-vectors.mjs';

const root = new URL('../../', import.meta.url);
// The page loads dist/ as built, with openapi-fetch mapped by an import map, as a CDN-less app would.
const files: Record<string, [string, URL]> = {
  '/': ['text/html', new URL('test/browser/page.html', root)],
  '/dist/index.js': ['text/javascript', new URL('dist/index.js', root)],
  '/dist/webhooks.js': ['text/javascript', new URL('dist/webhooks.js', root)],
  '/vendor/openapi-fetch.mjs': ['text/javascript', new URL('node_modules/openapi-fetch/dist/index.mjs', root)],
  '/webhook-vectors.mjs': ['text/javascript', new URL('test/runtimes/webhook-vectors.mjs', root)],
};
let server: Server;
let browser: Browser;
let page: Page;
const prismRequests: { url: string; headers: Record<string, string> }[] = [];

beforeAll(async () => {
  expectFreshBuild('sdk');
  server = createServer((req, res) => {
    const path = req.url!.split('?')[0]!;
    const chunk = path.startsWith('/dist/chunk-') ? (['text/javascript', new URL(`dist${path.slice(5)}`, root)] as const) : undefined;
    const file = files[path] ?? chunk;
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file[0] }).end(readFileSync(file[1]));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('request', (request) => {
    if (request.url().startsWith(inject('prismUrl'))) prismRequests.push({ url: request.url(), headers: request.headers() });
  });
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  await page.waitForFunction(() => (window as any).babysea !== undefined);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

it('calls several methods against the mock from another origin', async () => {
  const result = await page.evaluate(async (baseUrl) => {
    const { BabySea } = (window as any).babysea;
    const client = new BabySea({ apiKey: 'bye_browser_key', baseUrl });
    const status = await client.status();
    const estimate = await client.estimate('bfl/flux-schnell', 2);
    const submitted = await client.generate('google/nano-banana', { generation_prompt: 'A seal' });
    const done = await client.waitForGeneration(submitted.data.generation_id, { interval: 10 });
    const ids: string[] = [];
    for await (const generation of client.listGenerations({ limit: 10 })) ids.push(generation.generation_id);
    return {
      prefix: status.data.apikey_prefix,
      model: estimate.data.model_identifier,
      replayed: submitted.idempotency_replayed,
      done: done.data.generation_status,
      ids: ids.length,
    };
  }, inject('prismUrl'));
  // Prism sends every header the spec declares, so its generate answers carry Idempotency-Replayed: true.
  expect(result).toEqual({ prefix: 'bye_7Kx2', model: 'bfl/flux-schnell', replayed: true, done: 'succeeded', ids: 2 });
  const post = prismRequests.find((r) => r.url.includes('/v1/generate/image/google/nano-banana'))!;
  expect(post.headers['x-babysea-sdk-runtime']).toBe('browser');
  expect(post.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
  expect(post.headers['user-agent']).not.toContain('babysea/');
});

it('takes window.fetch as is, and a fetch that rejects any receiver, since it calls fetch with none', async () => {
  const result = await page.evaluate(async (baseUrl) => {
    const { BabySea } = (window as any).babysea;
    const detached = new BabySea({ apiKey: 'k', baseUrl, fetch: window.fetch, maxRetries: 0 });
    const strict = new BabySea({
      apiKey: 'k',
      baseUrl,
      maxRetries: 0,
      // As edge runtimes' native fetch: any receiver but none is an illegal invocation. Built from a
      // string so the function is strict (page code is not) and sees the receiver as it is given.
      fetch: new Function(
        'url',
        'init',
        '"use strict"; if (this !== undefined) throw new TypeError("Illegal invocation"); return window.fetch(url, init);',
      ),
    });
    const a = await detached.status().then(
      (r: any) => r.data.apikey_prefix,
      (e: any) => `${e.name}: ${e.message}`,
    );
    const b = await strict.status().then(
      (r: any) => r.data.apikey_prefix,
      (e: any) => `${e.name}: ${e.message}`,
    );
    return [a, b];
  }, inject('prismUrl'));
  expect(result).toEqual(['bye_7Kx2', 'bye_7Kx2']);
});

it('throws typed errors in the page', async () => {
  const result = await page.evaluate(async (baseUrl) => {
    const { BabySea, BabySeaError, BabySeaValidationError, BabySeaAuthenticationError } = (window as any).babysea;
    const client = new BabySea({ apiKey: 'k', baseUrl, maxRetries: 0 });
    const invalid = await client.getGeneration('a/../b').catch((e: any) => e);
    const api = await client.billing({ headers: { Prefer: 'code=401' } }).catch((e: any) => e);
    return {
      validation: invalid instanceof BabySeaValidationError,
      api: api instanceof BabySeaError,
      code: api.code,
      status: api.status,
      authentication: api instanceof BabySeaAuthenticationError,
    };
  }, inject('prismUrl'));
  expect(result).toEqual({ validation: true, api: true, code: 'BSE1002', status: 401, authentication: true });
});

it('verifies a webhook signature with the page’s Web Crypto, and rejects a tampered body', async () => {
  const body =
    '{"webhook_event":"generation.completed","webhook_timestamp":"2026-11-24T10:00:07Z","webhook_delivery_id":"dlv_1","webhook_data":{}}';
  const t = Math.floor(Date.now() / 1000);
  const header = `t=${t},v1=${createHmac('sha256', 'whsec_browser').update(`${t}.${body}`).digest('hex')}`;
  const result = await page.evaluate(
    async ({ body, header }) => {
      const { verifyWebhook, isGenerationCompleted, signWebhookPayload } = (window as any).babysea;
      const event = await verifyWebhook(body, new Headers({ 'X-BabySea-Signature': header }), 'whsec_browser');
      const tampered = await verifyWebhook(body.replace('completed', 'failed'), header, 'whsec_browser').catch((e: any) => e.reason);
      const resigned = await signWebhookPayload(body, 'whsec_browser', Number(header.slice(2, header.indexOf(','))));
      return { completed: isGenerationCompleted(event), tampered, sameSignature: resigned === header };
    },
    { body, header },
  );
  expect(result).toEqual({ completed: true, tampered: 'no_matching_signature', sameSignature: true });
});

it('signs and verifies the fixed webhook vectors (computed with openssl) with the page’s Web Crypto', async () => {
  // A string, so the dynamic import is the page's own (vitest would rewrite one in a function).
  const report = await page.evaluate(
    `import('/webhook-vectors.mjs').then(({ checkWebhookVectors }) => checkWebhookVectors(window.babysea))`,
  );
  expect(report).toEqual({ checked: WEBHOOK_VECTOR_CHECKS, failures: [] });
});
