// The sandbox in a real browser (Debian Chromium): bundled for the browser platform with the SDK,
// it answers the SDK in the page, and its outputs decode there (the PNG as an image, the MP4 as a
// video with the requested ratio).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../../test/helpers/chromium.ts';

const entry = `
  import { createSandbox } from './src/index.ts';
  import { BabySea } from '../src/index.ts';
  window.sandboxTest = async () => {
    const sandbox = createSandbox({ clock: 'manual', validate: 'throw' });
    const client = new BabySea({ apiKey: 'bye_test_browser', baseUrl: 'https://api.us.babysea.ai', fetch: (input, init) => sandbox.handle(new Request(input, init)) });
    const image = await client.generate('bfl/flux-schnell', { generation_prompt: 'A seal', generation_ratio: '16:9' });
    const video = await client.generateVideo('google/veo-2', { generation_prompt: 'Waves', generation_duration: 5, generation_ratio: '9:16' });
    sandbox.clock.advance(600000);
    const [imageUrl] = (await client.getGeneration(image.data.generation_id)).data.generation_output_file;
    const [videoUrl] = (await client.getGeneration(video.data.generation_id)).data.generation_output_file;
    const bitmap = await createImageBitmap(await (await sandbox.handle(new Request(imageUrl))).blob());
    const element = document.createElement('video');
    element.muted = true;
    element.src = URL.createObjectURL(await (await sandbox.handle(new Request(videoUrl))).blob());
    await new Promise((resolve, reject) => { element.onloadedmetadata = resolve; element.onerror = () => reject(new Error('video: ' + element.error?.message)); });
    await sandbox.close();
    return { image: [bitmap.width, bitmap.height], video: [element.videoWidth, element.videoHeight], duration: element.duration };
  };
`;

let server: Server;
let browser: Browser | undefined;

beforeAll(async () => {
  const bundle = await build({
    stdin: { contents: entry, resolveDir: new URL('..', import.meta.url).pathname, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
  });
  const script = bundle.outputFiles[0]!.text;
  server = createServer((request, response) => {
    if (request.url === '/sandbox.js') return response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><script type="module" src="/sandbox.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

it('runs in a browser: the SDK gets answers, the PNG and the MP4 decode with their ratios', async () => {
  const page = await browser!.newPage();
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  await page.waitForFunction(() => (window as any).sandboxTest !== undefined);
  const result = await page.evaluate(() => (window as any).sandboxTest());
  expect(result.image).toEqual([512, 288]);
  expect(result.video).toEqual([144, 256]);
  expect(result.duration).toBeCloseTo(2, 0);
}, 30_000);
