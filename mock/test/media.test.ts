// Placeholder outputs: real PNGs (decoded here with fast-png) with the requested aspect ratio,
// served by the sandbox with CORS, the same bytes every time, different per output.
import { decode } from 'fast-png';
import { afterEach, describe, expect, it } from 'vitest';
import { dimensionsFor, type Sandbox, TEST_GENERATION_ID } from '../src/index.ts';
import { BASE, call, generateImage, generateVideo, testSandbox } from './helpers.ts';

let sandbox: Sandbox;
afterEach(() => sandbox?.close());

async function outputs(model: string, body: Record<string, unknown>, video = false): Promise<string[]> {
  const { json } = await (video ? generateVideo : generateImage)(sandbox, model, { generation_prompt: 'x', ...body });
  sandbox.clock.advance(600_000);
  return (await call(sandbox, 'GET', `/v1/content/${json.data.generation_id}`)).json.data.generation_output_file;
}

const fetchPng = async (url: string) => {
  const response = await sandbox.handle(new Request(url, { headers: { origin: 'http://localhost:3000' } }));
  expect(response.headers.get('content-type')).toBe('image/png');
  expect(response.headers.get('access-control-allow-origin')).toBe('*');
  return new Uint8Array(await response.arrayBuffer());
};

describe('placeholder media', () => {
  it.each([
    ['16:9', 512, 288],
    ['9:16', 288, 512],
    ['1:1', 512, 512],
    ['4:3', 512, 384],
    ['21:9', 512, 219],
  ])('a %s output is a %i×%i PNG', (ratio, width, height) => {
    expect(dimensionsFor(ratio)).toEqual({ width, height });
  });

  it('each output file decodes as a PNG of the generation’s ratio', async () => {
    sandbox = testSandbox();
    const urls = await outputs('google/nano-banana', { generation_ratio: '9:16', generation_output_number: 2 });
    expect(urls).toHaveLength(2);
    const [first, second] = [await fetchPng(urls[0]!), await fetchPng(urls[1]!)];
    const image = decode(first);
    expect([image.width, image.height]).toEqual([288, 512]);
    expect(first).not.toEqual(second);
    expect(await fetchPng(urls[0]!)).toEqual(first);
  });

  it('a video output URL serves a playable MP4 of the video’s ratio, with byte ranges; <n>.png is its poster', async () => {
    sandbox = testSandbox();
    const [url] = await outputs('google/veo-2', { generation_duration: 5, generation_ratio: '9:16' }, true);
    expect(url).toMatch(/\/0\.mp4$/);
    const video = await sandbox.handle(new Request(url!));
    expect(video.headers.get('content-type')).toBe('video/mp4');
    const bytes = new Uint8Array(await video.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(4, 8))).toBe('ftyp');
    const part = await sandbox.handle(new Request(url!, { headers: { range: 'bytes=0-99' } }));
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 0-99/${bytes.length}`);
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(bytes.slice(0, 100));
    const poster = decode(await fetchPng(url!.replace(/\.mp4$/, '.png')));
    expect([poster.width, poster.height]).toEqual([288, 512]);
  });

  it('no file before success, or past the output count', async () => {
    sandbox = testSandbox();
    const { json } = await generateImage(sandbox, 'bfl/flux-schnell', { generation_prompt: 'x' });
    const url = `${BASE}/__sandbox/media/${json.data.generation_id}/0.png`;
    const early = await sandbox.handle(new Request(url));
    expect(early.status).toBe(404);
    expect((await early.json()).error.type).toBe('file_not_found');
    sandbox.clock.advance(60_000);
    expect((await sandbox.handle(new Request(url))).status).toBe(200);
    expect((await sandbox.handle(new Request(url.replace('/0.png', '/1.png')))).status).toBe(404);
  });

  it('the webhook.test image exists', async () => {
    sandbox = testSandbox();
    expect(decode(await fetchPng(`${BASE}/__sandbox/media/${TEST_GENERATION_ID}/0.png`)).width).toBe(512);
  });
});
