// waitForGeneration and the …AndWait helpers against a local server whose generation advances per
// poll (or after a given time), and the adaptive poll schedule as a pure function.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BabySea, BabySeaAbortError, BabySeaError, BabySeaGenerationFailedError, BabySeaGenerationTimeoutError } from '../../src/index.js';
import { generationId, startGenerationsServer } from '../helpers/generations-server.js';
import { recordingFetch } from '../helpers/recording-fetch.js';
import { example } from '../helpers/spec.js';

const ID = generationId(42);
let server: Awaited<ReturnType<typeof startGenerationsServer>>;
let client: BabySea;
beforeAll(async () => {
  server = await startGenerationsServer(0);
  client = new BabySea({ apiKey: 'k', baseUrl: server.url, maxRetries: 0 });
});
afterAll(() => server.close());
const fast = { interval: 5 };

describe('waitForGeneration', () => {
  it('pending → processing → succeeded: resolves with the envelope, as getGeneration does, reporting each poll', async () => {
    server.polls([{ status: 'pending' }, { status: 'processing' }, { status: 'succeeded' }]);
    const progress: string[] = [];
    const res = await client.waitForGeneration(ID, { ...fast, onProgress: (g) => progress.push(g.generation_status!) });
    expect(res.status).toBe('success');
    expect(res.data.generation_status).toBe('succeeded');
    expect(res.data.generation_output_file).toEqual(['https://cdn.example/out.png']);
    expect(progress).toEqual(['pending', 'processing', 'succeeded']);
    expect(server.requests).toHaveLength(3);
  });

  it('→ failed: BabySeaGenerationFailedError with the generation’s error details, under our names and the official ones', async () => {
    server.polls([{ status: 'processing' }, { status: 'failed' }]);
    const error = (await client.waitForGeneration(ID, fast).catch((e: unknown) => e)) as BabySeaGenerationFailedError;
    expect(error).toBeInstanceOf(BabySeaGenerationFailedError);
    expect(error).toBeInstanceOf(BabySeaError);
    expect(error).toMatchObject({ generationId: ID, generationStatus: 'failed', code: 'BSE2006' });
    expect(error).toMatchObject({ generation_id: ID, generation_status: 'failed', generation_error_code: 'BSE2006' });
    expect(error.message).toBe(`Generation ${ID} failed: Flagged by the content safety filter`);
    expect(error.generation.generation_error).toBe('Flagged by the content safety filter');
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
    const error = (await client
      .waitForGeneration(ID, { ...fast, timeout: 1_000 })
      .catch((e: unknown) => e)) as BabySeaGenerationTimeoutError;
    expect(error).toBeInstanceOf(BabySeaGenerationTimeoutError);
    expect(error).toMatchObject({ generationId: ID, generation_id: ID, lastStatus: 'processing', timeoutMs: 1_000 });
    expect(server.requests.length).toBeGreaterThanOrEqual(2);
  });

  it('a fixed interval polls at that pace, as the official SDK does', async () => {
    server.polls([{ status: 'pending' }, { status: 'pending' }, { status: 'pending' }, { status: 'succeeded' }]);
    await client.waitForGeneration(ID, { interval: 40 });
    const gaps = server.requests.slice(1).map((r, i) => r.at - server.requests[i]!.at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(35);
    expect(server.requests).toHaveLength(4);
  });

  it('honours Retry-After on a poll answer', async () => {
    server.polls([{ status: 'pending', headers: { 'retry-after': '1' } }, { status: 'succeeded' }]);
    await client.waitForGeneration(ID, fast);
    expect(server.requests[1]!.at - server.requests[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it('keeps waiting through a retryable poll error (503), honouring its Retry-After', async () => {
    server.polls([{ status: 'pending', httpStatus: 503, headers: { 'retry-after-ms': '30' } }, { status: 'succeeded' }]);
    const res = await client.waitForGeneration(ID, fast);
    expect(res.data.generation_status).toBe('succeeded');
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

  it('a model seen before is seen within half a second of finishing, with fewer polls (simulated clock, the API’s timestamps)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      // Every generation of the model takes 30 s from its submission; the fetch answers as the API
      // would, with the envelope's timestamp, the generation's timestamps and, once done, its metrics.
      let createdAt = 0;
      let polls = 0;
      const answer = example('getGeneration');
      const learner = new BabySea({
        apiKey: 'k',
        baseUrl: 'http://api.test',
        fetch: async () => {
          polls++;
          const done = Date.now() >= createdAt + 30_000;
          const iso = (ms: number) => new Date(ms).toISOString();
          return Response.json({
            ...answer,
            timestamp: iso(Date.now()),
            data: {
              ...answer.data,
              model_identifier: 'a/b',
              generation_status: done ? 'succeeded' : 'processing',
              generation_created_at: iso(createdAt),
              generation_started_at: iso(createdAt + 1_000),
              generation_completed_at: done ? iso(createdAt + 30_000) : null,
              generation_metrics_total_time: done ? 30 : null,
              generation_metrics_predict_time: done ? 29 : null,
            },
          });
        },
      });
      const wait = async () => {
        polls = 0;
        createdAt = Date.now();
        let done = false;
        const waiting = learner.waitForGeneration(ID).finally(() => {
          done = true;
        });
        while (!done) await vi.advanceTimersToNextTimerAsync();
        await waiting;
        return { late: Date.now() - (createdAt + 30_000), polls };
      };
      const first = await wait();
      const second = await wait();
      // First: the official 2 s pace, a little slower past 20 s. Then: halving the distance to 30 s, landing just after it.
      expect(first.late).toBeGreaterThan(500);
      expect(first.polls).toBeGreaterThanOrEqual(14);
      expect(second.late).toBeLessThanOrEqual(500);
      expect(second.polls).toBeLessThanOrEqual(8);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the first wait for a model', () => {
  // A simulated API: every generation of model a/b takes `durationOf(n)` ms; the list holds the
  // account's finished generations (its history) and the one being waited for.
  function simulatedApi(history: number[], baseUrl: string) {
    const answer = example('getGeneration');
    const iso = (ms: number) => new Date(ms).toISOString();
    const calls: string[] = [];
    let current = { createdAt: 0, duration: 0 };
    const record = (createdAt: number, duration: number, now: number) => {
      const done = now >= createdAt + duration;
      return {
        ...answer.data,
        model_identifier: 'a/b',
        generation_status: done ? 'succeeded' : 'processing',
        generation_created_at: iso(createdAt),
        generation_started_at: iso(createdAt),
        generation_completed_at: done ? iso(createdAt + duration) : null,
        generation_metrics_total_time: done ? duration / 1000 : null,
        generation_metrics_predict_time: done ? duration / 1000 : null,
      };
    };
    const fetch = (async (url: string) => {
      const now = Date.now();
      const list = url.includes('/v1/content/list');
      calls.push(list ? 'list' : 'get');
      const envelope = { ...answer, timestamp: iso(now) };
      if (!list) return Response.json({ ...envelope, data: record(current.createdAt, current.duration, now) });
      const past = history.map((duration, i) => record(now - 600_000 + i * 20_000, duration, now));
      return Response.json({
        ...envelope,
        total: past.length + 1,
        limit: 50,
        offset: 0,
        data: { generations: [record(current.createdAt, current.duration, now), ...past] },
      });
    }) as typeof globalThis.fetch;
    const client = (options: Record<string, unknown> = {}) => new BabySea({ apiKey: 'k', baseUrl, fetch, ...options });
    async function wait(waiter: BabySea, duration: number) {
      calls.length = 0;
      current = { createdAt: Date.now(), duration };
      let done = false;
      const waiting = waiter.waitForGeneration(ID).finally(() => {
        done = true;
      });
      while (!done) await vi.advanceTimersToNextTimerAsync();
      await waiting;
      return { late: Date.now() - (current.createdAt + duration), requests: [...calls] };
    }
    return { client, wait };
  }

  it('learns from one page of the account’s recent generations: seen within half a second, with no more requests than a fixed 2 s pace', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const api = simulatedApi([7_000, 8_200, 9_100, 7_600, 8_800], 'http://first-wait.test');
      for (const duration of [7_300, 8_000, 9_000]) {
        const { late, requests } = await api.wait(api.client(), duration);
        const fixed = Math.ceil(duration / 2_000) + 1;
        expect(late).toBeLessThanOrEqual(500);
        expect(requests.length).toBeLessThanOrEqual(fixed);
      }
    } finally {
      vi.useRealTimers();
    }
  });

  it('looks for that history once per model and process; without any, keeps the official 2 s pace', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const api = simulatedApi([], 'http://no-history.test');
      const first = await api.wait(api.client(), 9_000);
      expect(first.requests.filter((r) => r === 'list')).toHaveLength(1);
      expect(first.requests.filter((r) => r === 'get')).toHaveLength(6);
      // A second client of the process knows the model from the first wait: no list, polls around 9 s.
      const second = await api.wait(api.client(), 9_000);
      expect(second.requests).not.toContain('list');
      expect(second.late).toBeLessThanOrEqual(500);
    } finally {
      vi.useRealTimers();
    }
  });

  it('durations from client.durations() given to a fresh client (another process, a serverless cold start): its first wait needs no list', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const api = simulatedApi([7_000, 8_000, 9_000], 'http://persisted.test');
      await api.wait(api.client(), 8_000);
      const saved = JSON.parse(JSON.stringify(api.client().durations()));
      expect(saved['a/b'].total.length).toBeGreaterThanOrEqual(3);
      const elsewhere = simulatedApi([], 'http://cold-start.test');
      const { late, requests } = await elsewhere.wait(elsewhere.client({ durations: saved }), 8_500);
      expect(requests).not.toContain('list');
      expect(late).toBeLessThanOrEqual(500);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a page of history that fails to load does not end the wait', async () => {
    let gets = 0;
    const data = { ...example('getGeneration').data, model_identifier: 'x/failing-list' };
    const recorder = recordingFetch((request) =>
      request.url.includes('/list')
        ? Response.json(
            { status: 'error', error: { code: 'BSE1003', type: 'insufficient_permissions', message: 'no', retryable: false } },
            { status: 403 },
          )
        : Response.json({ ...example('getGeneration'), data: { ...data, generation_status: gets++ === 0 ? 'processing' : 'succeeded' } }),
    );
    const res = await new BabySea({ apiKey: 'k', baseUrl: 'http://failing-list.test', fetch: recorder.fetch }).waitForGeneration(ID, {
      maxInterval: 600,
    });
    expect(res.data.generation_status).toBe('succeeded');
    expect(recorder.calls.map((call) => new URL(call.url).pathname)).toEqual([
      `/v1/content/${ID}`,
      '/v1/content/list',
      `/v1/content/${ID}`,
    ]);
  });

  it.each([[{ 'a/b': { total: [1] } }], [{ 'a/b': { total: [-1], predict: [] } }], ['a/b'], [{ 'a/b': { total: 'x', predict: [] } }]])(
    'durations %j is rejected naming it',
    (durations) => {
      expect(() => new BabySea({ apiKey: 'k', durations: durations as never })).toThrow(BabySeaError);
    },
  );
});

describe('generateAndWait / generateVideoAndWait', () => {
  it('submit, then wait: resolves with the finished generation’s envelope', async () => {
    const recorder = recordingFetch((request) =>
      request.method === 'POST'
        ? Response.json({ ...example('generateImage'), data: { ...example('generateImage').data, generation_id: ID } })
        : fetch(request.url, { headers: request.headers }),
    );
    const recorded = new BabySea({ apiKey: 'k', baseUrl: server.url, fetch: recorder.fetch });
    server.polls([{ status: 'processing' }, { status: 'succeeded' }]);
    const image = await recorded.generateAndWait('a/b', { generation_prompt: 'x' }, fast);
    server.polls([{ status: 'succeeded' }]);
    const video = await recorded.generateVideoAndWait(
      'a/b',
      { generation_prompt: 'x', generation_duration: 5 },
      { ...fast, idempotencyKey: 'vid-1' },
    );
    expect([image.data.generation_status, video.data.generation_status]).toEqual(['succeeded', 'succeeded']);
    expect(recorder.calls.map((c) => `${c.method} ${new URL(c.url).pathname}`)).toEqual([
      'POST /v1/generate/image/a/b',
      `GET /v1/content/${ID}`,
      `GET /v1/content/${ID}`,
      'POST /v1/generate/video/a/b',
      `GET /v1/content/${ID}`,
    ]);
    expect(recorder.calls[3]!.headers['idempotency-key']).toBe('vid-1');
  });

  it('an idempotent replay of a generation canceled since resolves with its record, as the official SDK does', async () => {
    const recorder = recordingFetch((request) =>
      request.method === 'POST'
        ? Response.json(example('generateImage', 'replayedCanceled'))
        : fetch(request.url, { headers: request.headers }),
    );
    const recorded = new BabySea({ apiKey: 'k', baseUrl: server.url, fetch: recorder.fetch });
    server.polls([{ status: 'canceled' }]);
    const res = await recorded.generateAndWait('a/b', { generation_prompt: 'x' }, { ...fast, idempotencyKey: 'order-7' });
    expect(res.data.generation_status).toBe('canceled');
    expect(recorder.calls).toHaveLength(2);
  });
});
