// Many generations: the batch runner against what users write by hand, `Promise.all` and `p-limit(4)`
// over `generateAndWait`, on the sandbox with the API's limits (60 requests a minute per key, a cap on
// generations in flight) and run times that vary. The sandbox runs in-process on a simulated clock
// (@sinonjs/fake-timers fakes Date and the timers of the SDK and the sandbox alike), so minutes of
// batch are measured exactly, in seconds of real time.

import FakeTimers from '@sinonjs/fake-timers';
import { BabySea } from 'babysea';
import { batch } from 'babysea/batch';
import { createSandbox, modelDurations } from 'babysea-mock';
import pLimit from 'p-limit';

const IMAGE = 'bfl/flux-schnell';
const VIDEO = 'google/veo-2';

function jobsOf(images, videos) {
  return [
    ...Array.from({ length: images }, (_, i) => ({
      id: `image-${i}`,
      model: IMAGE,
      params: { generation_prompt: `A baby seal, shot ${i}` },
    })),
    ...Array.from({ length: videos }, (_, i) => ({
      id: `video-${i}`,
      model: VIDEO,
      params: { generation_prompt: `A baby seal swimming, take ${i}`, generation_duration: 5 },
    })),
  ];
}

/** One variant on a fresh sandbox and account; returns what the sandbox saw and the makespan. */
async function measure(clock, variant, { images, videos, speed, cap, limit }, n) {
  const sandbox = createSandbox({
    speed,
    maxInFlight: cap,
    rateLimit: { limit, windowMs: 60_000 },
    exampleGenerations: false,
    logger: () => {},
  });
  const key = `bye_bench_batch_${n}`;
  const account = () => sandbox.store.account(key);
  const startingBalance = account().balance;
  const counts = { requests: 0, limited: 0, refused: 0 };
  const client = new BabySea({
    apiKey: key,
    // A host of its own: every variant starts without what another learned of durations.
    baseUrl: `http://sandbox-${n}.test`,
    fetch: async (url, init) => {
      counts.requests++;
      const response = await sandbox.handle(new Request(url, init));
      if (response.status === 429) {
        const code = (await response.clone().json()).error.code;
        if (code === 'BSE1009') counts.refused++;
        else counts.limited++;
      }
      return response;
    },
  });
  // What the jobs should take and cost, read before the run (afterwards the rate limit may be spent).
  const catalog = (await client.library.models()).data.models;
  const usualMs = (model) => {
    const { queueMs, runMs } = modelDurations(catalog.find((m) => m.model_identifier === model));
    return (queueMs + runMs) / speed;
  };
  const prices = {
    [IMAGE]: (await client.estimate(IMAGE, 1)).data.cost_per_generation,
    [VIDEO]: (await client.estimate(VIDEO, { duration: 5 })).data.cost_total_consumed,
  };
  counts.requests = 0;
  const jobs = jobsOf(images, videos);
  const started = Date.now();
  let done = false;
  const running = variant(client, jobs).finally(() => {
    done = true;
  });
  while (!done) {
    if (clock.countTimers() === 0) await new Promise((resolve) => setImmediate(resolve));
    if (clock.countTimers() === 0 && !done) throw new Error(`${n}: nothing left to wait for, but the variant did not finish`);
    await clock.nextAsync();
  }
  const outcomes = await running;
  const makespanMs = Date.now() - started;
  const generations = Object.values(account().generations).map((g) => g.record);
  const perJob = new Map();
  for (const g of generations) perJob.set(g.generation_prompt, (perJob.get(g.generation_prompt) ?? 0) + 1);
  const succeeded = generations.filter((g) => g.generation_status === 'succeeded');
  // What the limits impose: every job needs a submission, and must be seen ending; one page of the
  // list sees at most `cap` of them (no more are in flight), so at least jobs + jobs/cap requests,
  // the first `limit` at once and the rest at the rate; and at most `cap` generations at a time.
  const requestBound = ((jobs.length + Math.ceil(jobs.length / cap) - limit) * 60_000) / limit;
  const durations = jobs.reduce((sum, job) => sum + usualMs(job.model), 0);
  const boundMs = Math.max(requestBound, durations / cap);
  const estimated = jobs.reduce((sum, job) => sum + prices[job.model], 0);
  await sandbox.close();
  return {
    jobs: jobs.length,
    makespanS: makespanMs / 1000,
    boundS: boundMs / 1000,
    vsBound: makespanMs / boundMs,
    requests: counts.requests,
    limited429: counts.limited,
    refused429: counts.refused,
    share429: (counts.limited + counts.refused) / counts.requests,
    duplicates: [...perJob.values()].filter((count) => count > 1).length,
    lost: jobs.length - succeeded.length,
    requestsPerGeneration: counts.requests / jobs.length,
    creditsBilled: Math.round((startingBalance - account().balance) * 1e6) / 1e6,
    creditsEstimated: Math.round(estimated * 1e6) / 1e6,
    failures: outcomes.failures,
  };
}

const VARIANTS = {
  'batch runner (babysea/batch)': async (client, jobs) => {
    const summary = await batch(client, jobs);
    return { failures: summary.failed.length };
  },
  'Promise.all over generateAndWait': async (client, jobs) => {
    const results = await Promise.allSettled(jobs.map((job) => client.generateAndWait(job.model, job.params)));
    return { failures: results.filter((r) => r.status === 'rejected').length };
  },
  'p-limit(4) over generateAndWait': async (client, jobs) => {
    const limit = pLimit(4);
    const results = await Promise.allSettled(jobs.map((job) => limit(() => client.generateAndWait(job.model, job.params))));
    return { failures: results.filter((r) => r.status === 'rejected').length };
  },
};

export async function batchComparison({ images = 200, videos = 20, speed = 10, cap = 4, limit = 60 } = {}) {
  const clock = FakeTimers.install({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    now: Date.parse('2026-12-01T10:00:00Z'),
    shouldClearNativeTimers: true,
  });
  try {
    const rows = [];
    let n = 0;
    for (const [label, variant] of Object.entries(VARIANTS))
      rows.push({ label, ...(await measure(clock, variant, { images, videos, speed, cap, limit }, n++)) });
    return { images, videos, speed, cap, limit, rows };
  } finally {
    clock.uninstall();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await batchComparison({ images: Number(process.argv[2] ?? 200), videos: Number(process.argv[3] ?? 20) });
  console.table(result.rows);
}
