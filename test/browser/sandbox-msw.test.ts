// The sandbox in-process in a real browser (Debian Chromium), through MSW's service worker, as a
// frontend team's component tests or Storybook would run it: the page's SDK calls the region host,
// MSW hands each request to the sandbox engine in the page, and a whole session plays out.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.js';

const root = new URL('../../', import.meta.url);
const entry = `
  import { setupWorker } from 'msw/browser';
  import { createSandbox } from './mock/src/index.ts';
  import { sandboxHandlers } from './mock/src/msw.ts';
  import { BabySea } from './src/index.ts';

  window.session = async () => {
    const sandbox = createSandbox({ speed: 50, validate: 'throw', rateLimit: false });
    const worker = setupWorker(...sandboxHandlers(sandbox));
    await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'error' });
    try {
      const client = new BabySea({ apiKey: 'bye_test_frontend', region: 'us' });
      const before = (await client.billing()).data.billing_credit_balance;
      const image = await client.generate('bfl/flux-schnell', { generation_prompt: 'A baby seal', generation_ratio: '16:9' });
      const seen = [];
      const done = await client.waitForGeneration(image.data.generation_id, { interval: 20, onProgress: (g) => seen.push(g.generation_status) });
      const other = await client.generateVideo('google/veo-2', { generation_prompt: 'Waves', generation_duration: 5 });
      const canceled = await client.cancelGeneration(other.data.generation_id);
      const listed = (await client.listGenerations({ limit: 10 })).data.generations.map((g) => g.generation_id);
      const picture = await fetch(done.data.generation_output_file[0]);
      const deleted = await client.deleteGeneration(image.data.generation_id);
      const removed = (await client.getGeneration(image.data.generation_id)).data;
      const gone = (await fetch(done.data.generation_output_file[0])).status;
      const after = (await client.billing()).data.billing_credit_balance;
      return {
        seen: [...new Set(seen)],
        status: done.data.generation_status,
        image: [picture.status, picture.headers.get('content-type')],
        canceled: [canceled.data.generation_status, canceled.data.credits_refunded],
        listed: [listed.includes(image.data.generation_id), listed.includes(other.data.generation_id)],
        deleted: [deleted.data.files_deleted, removed.generation_removed, removed.generation_output_file, gone],
        spent: Math.round((before - after) * 1000) / 1000,
      };
    } finally {
      worker.stop();
      await sandbox.close();
    }
  };
`;

let server: Server;
let browser: Browser;
beforeAll(async () => {
  const bundle = await build({
    stdin: { contents: entry, resolveDir: new URL('.', root).pathname, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
  });
  const files: Record<string, [string, string | Buffer]> = {
    '/': ['text/html', '<!doctype html><meta charset="utf-8"><script type="module" src="/session.js"></script>'],
    '/session.js': ['text/javascript', bundle.outputFiles[0]!.text],
    '/mockServiceWorker.js': ['text/javascript', readFileSync(new URL('node_modules/msw/lib/mockServiceWorker.js', root))],
  };
  server = createServer((request, response) => {
    const file = files[request.url!.split('?')[0]!];
    if (!file) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': file[0] }).end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

it('a whole session in the page through MSW: generate, progress, list, cancel, delete, balance', async () => {
  const page = await browser.newPage();
  const outside: string[] = [];
  // Nothing leaves the page: MSW answers every API call in-process.
  page.on('request', (request) => {
    if (!request.url().startsWith('http://127.0.0.1')) outside.push(request.url());
  });
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  await page.waitForFunction(() => (window as any).session !== undefined);
  const result = await page.evaluate(() => (window as any).session());
  expect(result.seen).toContain('processing');
  expect(result.seen.indexOf('processing')).toBeLessThan(result.seen.indexOf('succeeded'));
  expect(result).toMatchObject({
    status: 'succeeded',
    image: [200, 'image/png'],
    canceled: ['canceled', true],
    listed: [true, true],
    deleted: [1, true, null, 404],
  });
  // The image was charged; the canceled video was refunded.
  expect(result.spent).toBe(0.005);
  expect(outside.filter((url) => !url.startsWith('https://api.us.babysea.ai'))).toEqual([]);
}, 60_000);
