// The batch runner against the sandbox in-process: inside the limits (a cap on generations in
// flight, a rate limit), never billing a job twice, resuming from its manifest, canceling on abort,
// and rejecting bad input before anything is sent.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSandbox, type Sandbox } from 'babysea-mock';
import { startSandboxServer } from 'babysea-mock/server';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type BatchJob, type BatchResult, batch, memoryLimitsStore, memoryManifest } from '../../src/batch/index.js';
import { BabySea, BabySeaAbortError, BabySeaGenerationFailedError, BabySeaValidationError } from '../../src/index.js';
import { batch as nodeBatch } from '../../src/node/index.js';
import { expectFreshBuild } from '../helpers/built.js';

// The SDK from its sources, against the built sandbox (babysea-mock is mock/dist/).
beforeAll(() => expectFreshBuild('sandbox'));

const KEY = 'bye_batch_test_key_0001';
let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

/** A sandbox whose generations take a few tenths of a second, with the API's limits, and a client whose requests are recorded. */
function setup({
  maxInFlight = 3,
  rateLimit = { limit: 60, windowMs: 60_000 } as { limit: number; windowMs: number } | false,
  baseUrl = 'http://batch.test',
} = {}) {
  sandbox = createSandbox({ speed: 40, maxInFlight, rateLimit, exampleGenerations: false, validate: 'throw', logger: () => {} });
  const requests: { method: string; path: string; status: number; code?: string }[] = [];
  let inFlightPeak = 0;
  const box = sandbox;
  const client = new BabySea({
    apiKey: KEY,
    baseUrl,
    fetch: async (url, init) => {
      const response = await box.handle(new Request(url as string, init));
      const account = box.store.peek(KEY);
      const running = account
        ? Object.values(account.generations).filter((g) => !['succeeded', 'failed', 'canceled'].includes(g.record.generation_status)).length
        : 0;
      inFlightPeak = Math.max(inFlightPeak, running);
      const code = response.ok ? undefined : ((await response.clone().json()) as { error: { code: string } }).error.code;
      requests.push({
        method: init?.method ?? 'GET',
        path: new URL(url as string).pathname,
        status: response.status,
        ...(code ? { code } : {}),
      });
      return response;
    },
  });
  const generations = () => Object.values(sandbox!.store.peek(KEY)?.generations ?? {}).map((g) => g.record);
  return { client, requests, generations, peak: () => inFlightPeak };
}

const jobs = (n: number, prompt = (i: number) => `A baby seal, take ${i}`): BatchJob[] =>
  Array.from({ length: n }, (_, i) => ({ id: `seal-${i}`, model: 'bfl/flux-schnell', params: { generation_prompt: prompt(i) } }));

async function collect(run: AsyncIterable<BatchResult>): Promise<BatchResult[]> {
  const results: BatchResult[] = [];
  for await (const result of run) results.push(result);
  return results;
}

describe('batch', () => {
  it('a generation deleted by someone else since it was submitted (404 on a look) ends as failed with the API’s error', async () => {
    setup({ rateLimit: false });
    const box = sandbox!;
    const client = new BabySea({
      apiKey: KEY,
      baseUrl: 'http://batch.test',
      fetch: (url, init) => {
        const path = new URL(url as string).pathname;
        // Every look at the generation finds it gone.
        const gone = (init?.method ?? 'GET') === 'GET' && /^\/v1\/content\/[0-9a-f-]{36}$/.test(path);
        return box.handle(new Request(gone ? 'http://batch.test/v1/content/00000000-0000-4000-8000-000000000000' : (url as string), init));
      },
    });
    const summary = await batch(client, jobs(1));
    expect(summary.succeeded).toBe(0);
    expect(summary.failed.map((f) => [f.id, f.error.constructor.name, f.error.status])).toEqual([['seal-0', 'BabySeaNotFoundError', 404]]);
  });

  it('a generation pushed off the list’s first page by newer ones (another process on the key) is looked at on its own', async () => {
    setup({ maxInFlight: 40, rateLimit: false });
    const box = sandbox!;
    let lists = 0;
    let crowded = false;
    const client = new BabySea({
      apiKey: KEY,
      baseUrl: 'http://batch.test',
      fetch: async (url, init) => {
        if (new URL(url as string).pathname === '/v1/content/list') {
          lists++;
          // Before the batch's first look, 25 newer generations of the same key: its own are past the first page.
          if (!crowded) {
            crowded = true;
            for (let i = 0; i < 25; i++) {
              await box.handle(
                new Request('http://batch.test/v1/generate/image/bfl/flux-schnell', {
                  method: 'POST',
                  headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
                  body: JSON.stringify({ generation_prompt: `Another process's seal ${i}` }),
                }),
              );
            }
          }
        }
        return box.handle(new Request(url as string, init));
      },
    });
    const summary = await batch(client, jobs(4), { concurrency: 4 });
    expect(summary).toMatchObject({ succeeded: 4, failed: [] });
    expect(lists).toBeLessThan(10);
  }, 30_000);

  it('runs every job inside the cap on generations in flight, which it finds by itself, and says what each ended as', async () => {
    const { client, requests, generations, peak } = setup({ maxInFlight: 3 });
    const run = batch(client, jobs(12));
    const results = await collect(run);
    const summary = await run;
    expect(results.map((r) => r.id).sort()).toEqual(
      jobs(12)
        .map((j) => j.id)
        .sort(),
    );
    expect(results.every((r) => r.generation?.generation_status === 'succeeded' && !r.error)).toBe(true);
    expect(summary).toMatchObject({ succeeded: 12, failed: [], canceled: [], notStarted: [] });
    expect(peak()).toBeLessThanOrEqual(3);
    // Finding the cap costs one refusal; every job was submitted exactly once.
    expect(requests.filter((r) => r.code === 'BSE1009')).toHaveLength(1);
    expect(generations()).toHaveLength(12);
    // One page of the list looks at every generation in flight: well under two requests a generation.
    expect(summary.requests).toBe(requests.length);
    expect(summary.requests / 12).toBeLessThan(2);
    expect(summary.creditsSpent).toBeCloseTo(12 * 0.005, 6);
  });

  it('a fixed concurrency is never exceeded, and no refusal is needed below the plan’s cap', async () => {
    const { client, requests, peak } = setup({ maxInFlight: 5 });
    const summary = await batch(client, jobs(8), { concurrency: 2 });
    expect(summary.succeeded).toBe(8);
    expect(peak()).toBeLessThanOrEqual(2);
    expect(requests.filter((r) => r.status === 429)).toHaveLength(0);
  });

  it('never bills a job twice: a rerun of the same batch replays every submission (the keys come from the batch and job ids)', async () => {
    const { client, generations, requests } = setup();
    const first = await batch(client, jobs(5), { batchId: 'catalog-2026-12' });
    expect(first.succeeded).toBe(5);
    const again = await batch(client, jobs(5), { batchId: 'catalog-2026-12' });
    expect(again.succeeded).toBe(5);
    expect(generations()).toHaveLength(5);
    // The second run's five submissions were answered as replays of the first five.
    expect(requests.filter((r) => r.method === 'POST' && r.status === 200)).toHaveLength(10);
  });

  it('a generation that fails is a result with BabySeaGenerationFailedError, refunded, so it costs nothing', async () => {
    const { client } = setup();
    const run = batch(
      client,
      jobs(4, (i) => (i % 2 === 0 ? `fine ${i}` : `[fail] broken ${i}`)),
    );
    const results = await collect(run);
    const summary = await run;
    expect(
      results
        .filter((r) => r.error instanceof BabySeaGenerationFailedError)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['seal-1', 'seal-3']);
    expect(summary.failed.map((f) => f.id).sort()).toEqual(['seal-1', 'seal-3']);
    expect(summary.creditsSpent).toBeCloseTo(2 * 0.005, 6);
  });

  it('under a tight rate limit, a Retry-After pauses the whole batch: every job still ends, with few 429s', async () => {
    const { client, requests } = setup({ maxInFlight: 4, rateLimit: { limit: 12, windowMs: 6_000 } });
    const summary = await batch(client, jobs(20));
    expect(summary.succeeded).toBe(20);
    const limited = requests.filter((r) => r.code === 'BSE1005').length;
    expect(limited).toBeLessThanOrEqual(2);
    expect(summary.rateLimited).toBe(requests.filter((r) => r.status === 429).length);
  });

  it('resumes from its manifest: ended jobs are reported, not sent; submitted ones are waited for, not submitted again', async () => {
    const { client, requests, generations } = setup();
    const manifest = memoryManifest();
    await batch(client, jobs(3), { manifest, batchId: 'resume-1' });
    // A second run with more jobs, as after a crash: its manifest says the first three ended.
    const before = requests.filter((r) => r.method === 'POST').length;
    const run = batch(client, jobs(6), { manifest });
    const results = await collect(run);
    const summary = await run;
    expect(summary.batchId).toBe('resume-1');
    expect(
      results
        .filter((r) => r.resumed)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['seal-0', 'seal-1', 'seal-2']);
    expect(requests.filter((r) => r.method === 'POST').length - before).toBe(3);
    expect(summary.succeeded).toBe(6);
    expect(generations()).toHaveLength(6);

    // A job submitted but not seen ending (the process died meanwhile) is waited for.
    const crashed = memoryManifest([
      { type: 'batch', batch_id: 'resume-2', created_at: new Date().toISOString() },
      { type: 'submitted', job_id: 'seal-0', generation_id: generations()[0]!.generation_id, at: new Date().toISOString() },
    ]);
    const posts = requests.filter((r) => r.method === 'POST').length;
    const resumed = await batch(client, jobs(1), { manifest: crashed });
    expect(resumed.succeeded).toBe(1);
    expect(requests.filter((r) => r.method === 'POST').length).toBe(posts);
  });

  it('an abort cancels what is in flight (refunded), says so, and a rerun submits those jobs again', async () => {
    const { client, generations } = setup({ maxInFlight: 3 });
    const controller = new AbortController();
    const manifest = memoryManifest();
    const run = batch(
      client,
      jobs(9, (i) => `[slow] take ${i}`),
      {
        manifest,
        signal: controller.signal,
        onProgress: (p) => {
          if (p.inFlight === 3) controller.abort();
        },
      },
    );
    const results = await collect(run);
    const summary = await run;
    expect(summary.canceled.length).toBeGreaterThan(0);
    expect(summary.canceled.length + summary.notStarted.length + summary.succeeded).toBe(9);
    for (const id of summary.canceled) expect(results.find((r) => r.id === id)?.error).toBeInstanceOf(BabySeaAbortError);
    const canceled = generations().filter((g) => g.generation_status === 'canceled');
    expect(canceled).toHaveLength(summary.canceled.length);
    const rerun = await batch(
      client,
      jobs(9, (i) => `[slow] take ${i}`),
      { manifest },
    );
    expect(rerun.succeeded).toBe(9);
    expect(generations().filter((g) => g.generation_status === 'succeeded')).toHaveLength(9);
  }, 60_000);

  it('limits shared through one store: two batches of one account together stay inside its cap', async () => {
    const { client, requests, peak } = setup({ maxInFlight: 3 });
    const store = memoryLimitsStore();
    const [a, b] = await Promise.all([
      batch(client, jobs(6), { store, batchId: 'shared-a' }),
      batch(client, jobs(6), { store, batchId: 'shared-b' }),
    ]);
    expect(a.succeeded + b.succeeded).toBe(12);
    expect(peak()).toBeLessThanOrEqual(3);
    expect(requests.filter((r) => r.code === 'BSE1009').length).toBeLessThanOrEqual(2);
  });
});

describe('bad input is refused before anything is sent', () => {
  const refused = async (run: PromiseLike<unknown>, argument: string | RegExp) => {
    const error = await Promise.resolve(run).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BabySeaValidationError);
    expect((error as BabySeaValidationError).argument).toMatch(argument);
  };

  it.each([
    ['a job without a model', [{ id: 'a', params: { generation_prompt: 'x' } }], 'jobs[0].model'],
    ['a job without a prompt', [{ id: 'a', model: 'bfl/flux-schnell', params: {} }], 'jobs[0].params.generation_prompt'],
    ['duplicate job ids', [...jobs(2), jobs(1)[0]], 'jobs[2].id'],
    ['a job that is not an object', ['seal'], 'jobs[0]'],
    ['jobs that are not iterable', 42, 'jobs'],
  ])('%s', async (_, input, argument) => {
    const { client, requests } = setup();
    await refused(batch(client, input), argument);
    expect(requests).toHaveLength(0);
  });

  it.each([
    [{ concurrency: 0 }, 'concurrency'],
    [{ batchId: 'has space' }, 'batchId'],
    [{ manifest: 'run.jsonl' }, 'manifest'],
    [{ pace: 3 }, 'pace'],
  ])('option %j is refused naming it', async (options, argument) => {
    const { client, requests } = setup();
    await refused(batch(client, jobs(1), options as never), argument);
    expect(requests).toHaveLength(0);
  });

  it('a manifest from another batch', async () => {
    const { client, requests } = setup();
    const manifest = memoryManifest([{ type: 'batch', batch_id: 'other', created_at: new Date().toISOString() }]);
    await refused(batch(client, jobs(1), { manifest, batchId: 'mine' }), 'manifest');
    expect(requests).toHaveLength(0);
  });

  it('an output folder or manifest that cannot be written (babysea/node)', async () => {
    const { client, requests } = setup();
    const file = join(mkdtempSync(join(tmpdir(), 'babysea-batch-')), 'a-file');
    await nodeBatch(client, jobs(1), { manifest: file });
    await refused(nodeBatch(client, jobs(1), { saveTo: join(file, 'under-a-file') }), 'saveTo');
    await refused(nodeBatch(client, jobs(1), { manifest: join(file, 'under-a-file', 'm.jsonl') }), 'manifest');
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });
});

describe('babysea/node', () => {
  it('saves every output as the job ends, named after the job; a rerun from the manifest skips what is saved and saves what an earlier run did not', async () => {
    const server = await startSandboxServer({ port: 0, speed: 40, exampleGenerations: false, validate: 'throw', logger: () => {} });
    const requests: string[] = [];
    const client = new BabySea({
      apiKey: KEY,
      baseUrl: server.url,
      fetch: (url, init) => {
        requests.push(`${init?.method} ${url}`);
        return fetch(url, init);
      },
    });
    const dir = mkdtempSync(join(tmpdir(), 'babysea-out-'));
    try {
      const manifest = join(dir, 'run.jsonl');
      const run = nodeBatch(client, jobs(3), { manifest, saveTo: join(dir, 'out'), batchId: 'save-1' });
      const results = await collect(run);
      expect(results.map((r) => r.error)).toEqual([undefined, undefined, undefined]);
      expect(results.every((r) => r.files?.length === 1)).toBe(true);
      const files = readdirSync(join(dir, 'out')).sort();
      expect(files).toEqual(['seal-0.png', 'seal-1.png', 'seal-2.png']);
      const png = readFileSync(join(dir, 'out', 'seal-0.png'));
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const records = readFileSync(manifest, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).type);
      expect(records.filter((t) => t === 'saved')).toHaveLength(3);
      const sent = requests.length;
      const rerun = nodeBatch(client, jobs(3), { manifest, saveTo: join(dir, 'out') });
      const again = await collect(rerun);
      expect(again.every((r) => r.resumed && r.files?.length === 1)).toBe(true);
      expect(requests.length).toBe(sent);

      // Stopped after a generation ended but before its outputs were saved: a rerun reads it and saves them.
      const lines = readFileSync(manifest, 'utf8').trim().split('\n');
      const cut = lines.filter((line) => !(JSON.parse(line).type === 'saved' && JSON.parse(line).job_id === 'seal-1'));
      writeFileSync(manifest, `${cut.join('\n')}\n`);
      rmSync(join(dir, 'out', 'seal-1.png'));
      const saving = nodeBatch(client, jobs(3), { manifest, saveTo: join(dir, 'out') });
      const saved = await collect(saving);
      expect((await saving).succeeded).toBe(3);
      expect(saved.find((r) => r.id === 'seal-1')).toMatchObject({ resumed: true, files: [join(dir, 'out', 'seal-1.png')] });
      expect(readdirSync(join(dir, 'out')).sort()).toEqual(['seal-0.png', 'seal-1.png', 'seal-2.png']);
      expect(requests.slice(sent)).toEqual([expect.stringMatching(/^GET .*\/v1\/content\/[0-9a-f-]{36}$/)]);
      expect(readFileSync(manifest, 'utf8').trim().split('\n').at(-1)).toContain('"type":"saved"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await server.close();
    }
  });
});
