// waitForGeneration and the …AndWait helpers against a local server whose generation advances per poll.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BabySea, BabySeaAbortError, BabySeaError, BabySeaGenerationFailedError, BabySeaGenerationTimeoutError } from '../../src/index.js';
import { generationId, startGenerationsServer } from '../helpers/generations-server.js';

const ID = generationId(42);
let server: Awaited<ReturnType<typeof startGenerationsServer>>;
let client: BabySea;
beforeAll(async () => {
  server = await startGenerationsServer(0);
  client = new BabySea({ apiKey: 'k', baseUrl: server.url, maxRetries: 0 });
});
afterAll(() => server.close());
const fast = { interval: 5, maxInterval: 20 };

describe('waitForGeneration', () => {
  it('pending → processing → succeeded: resolves with the generation after 3 polls, reporting each', async () => {
    server.polls([{ status: 'pending' }, { status: 'processing' }, { status: 'succeeded' }]);
    const progress: string[] = [];
    const generation = await client.waitForGeneration(ID, { ...fast, onProgress: (g) => progress.push(g.generation_status!) });
    expect(generation.generation_status).toBe('succeeded');
    expect(generation.generation_output_file).toEqual(['https://cdn.example/out.png']);
    expect(progress).toEqual(['pending', 'processing', 'succeeded']);
    expect(server.requests).toHaveLength(3);
  });

  it('→ failed: BabySeaGenerationFailedError with the generation’s error details', async () => {
    server.polls([{ status: 'processing' }, { status: 'failed' }]);
    const error = (await client.waitForGeneration(ID, fast).catch((e: unknown) => e)) as BabySeaGenerationFailedError;
    expect(error).toBeInstanceOf(BabySeaGenerationFailedError);
    expect(error).toBeInstanceOf(BabySeaError);
    expect(error).toMatchObject({ generationId: ID, generationStatus: 'failed', code: 'BSE3002' });
    expect(error.message).toBe(`Generation ${ID} failed: Safety filter`);
    expect(error.generation.generation_error).toBe('Safety filter');
    expect(server.requests).toHaveLength(2);
  });

  it('→ canceled: BabySeaGenerationFailedError with status canceled', async () => {
    server.polls([{ status: 'pending' }, { status: 'canceled' }]);
    await expect(client.waitForGeneration(ID, fast)).rejects.toMatchObject({
      name: 'BabySeaGenerationFailedError',
      generationStatus: 'canceled',
    });
  });

  it('times out with the last known status', async () => {
    server.polls([{ status: 'processing' }]);
    const error = (await client.waitForGeneration(ID, { ...fast, timeout: 150 }).catch((e: unknown) => e)) as BabySeaGenerationTimeoutError;
    expect(error).toBeInstanceOf(BabySeaGenerationTimeoutError);
    expect(error).toMatchObject({ generationId: ID, lastStatus: 'processing', timeoutMs: 150 });
    expect(server.requests.length).toBeGreaterThanOrEqual(2);
  });

  it('backs off: the wait grows ×1.5 per poll up to maxInterval', async () => {
    server.polls([{ status: 'pending' }, { status: 'pending' }, { status: 'pending' }, { status: 'pending' }, { status: 'succeeded' }]);
    await client.waitForGeneration(ID, { interval: 40, maxInterval: 60 });
    const gaps = server.requests.slice(1).map((r, i) => r.at - server.requests[i]!.at);
    // 40, 60, 60, 60 ms: each gap at least its planned wait (minus timer slack).
    expect(gaps[0]).toBeGreaterThanOrEqual(35);
    expect(gaps[1]).toBeGreaterThanOrEqual(55);
    expect(gaps[3]).toBeGreaterThanOrEqual(55);
    expect(server.requests).toHaveLength(5);
  });

  it('honours Retry-After on a poll answer', async () => {
    server.polls([{ status: 'pending', headers: { 'retry-after': '1' } }, { status: 'succeeded' }]);
    await client.waitForGeneration(ID, fast);
    expect(server.requests[1]!.at - server.requests[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it('keeps waiting through a retryable poll error (503), honouring its Retry-After', async () => {
    server.polls([{ status: 'pending', httpStatus: 503, headers: { 'retry-after-ms': '30' } }, { status: 'succeeded' }]);
    const generation = await client.waitForGeneration(ID, fast);
    expect(generation.generation_status).toBe('succeeded');
    expect(server.requests).toHaveLength(2);
  });

  it('abort stops it at once, even mid-sleep', async () => {
    server.polls([{ status: 'processing' }]);
    const controller = new AbortController();
    const pending = client.waitForGeneration(ID, { interval: 60_000, signal: controller.signal });
    while (server.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(BabySeaAbortError);
    expect(server.requests).toHaveLength(1);
  });
});

describe('generateAndWait / generateVideoAndWait', () => {
  it('submit, then wait: resolves with the finished generation', async () => {
    const calls: string[] = [];
    const recorded = new BabySea({
      apiKey: 'k',
      baseUrl: server.url,
      fetch: async (url, init) => {
        calls.push(`${init?.method} ${new URL(String(url)).pathname}`);
        if (init?.method === 'POST') {
          return Response.json({
            status: 'success',
            request_id: 'r',
            message: 'ok',
            timestamp: '',
            data: {
              generation_id: ID,
              generation_initialized: true,
              model_identifier: 'a/b',
              generation_provider_order: ['fal'],
              generation_prediction_id: null,
            },
          });
        }
        return fetch(url, init);
      },
    });
    server.polls([{ status: 'processing' }, { status: 'succeeded' }]);
    const image = await recorded.generateAndWait('a/b', { generation_prompt: 'x' }, fast);
    server.polls([{ status: 'succeeded' }]);
    const video = await recorded.generateVideoAndWait(
      'a/b',
      { generation_prompt: 'x', generation_duration: 5 },
      { ...fast, idempotencyKey: 'vid-1' },
    );
    expect([image.generation_status, video.generation_status]).toEqual(['succeeded', 'succeeded']);
    expect(calls).toEqual([
      'POST /v1/generate/image/a/b',
      `GET /v1/content/${ID}`,
      `GET /v1/content/${ID}`,
      'POST /v1/generate/video/a/b',
      `GET /v1/content/${ID}`,
    ]);
  });
});
