// Time to result: how soon `waitForGeneration` sees a finished generation, and how many polls it
// spends, with its adaptive schedule against a fixed 2 s poll (the official SDK's default). The
// sandbox runs in-process and the clock is simulated (@sinonjs/fake-timers fakes Date and the
// timers of the SDK and the sandbox alike), so a 120 s generation is measured exactly, in
// milliseconds of real time, with no noise.

import FakeTimers from '@sinonjs/fake-timers';
import { BabySea } from 'babysea';
import { createSandbox, modelDurations } from 'babysea-mock';

const MODEL = 'bfl/flux-schnell';
const FIXED = { interval: 2_000 };

/** How long `MODEL`'s generations take in the sandbox at speed 1, read from its catalog. */
async function modelDurationMs() {
  const probe = createSandbox({ clock: 'manual', rateLimit: false, logger: () => {} });
  const client = new BabySea({
    apiKey: 'bye_bench',
    baseUrl: 'http://sandbox.test',
    fetch: (input, init) => probe.handle(new Request(input, init)),
  });
  const model = (await client.library.models()).data.models.find((m) => m.model_identifier === MODEL);
  await probe.close();
  const { queueMs, runMs } = modelDurations(model);
  return queueMs + runMs;
}

/** One sandbox where `MODEL`'s generations take `seconds` (its speed set so), and a counter of polls. */
function sandboxTaking(seconds, clock, modelMs) {
  const sandbox = createSandbox({ speed: modelMs / (seconds * 1000), exactDurations: true, rateLimit: false, logger: () => {} });
  const counter = { polls: 0 };
  // The SDK calls fetch(url, init), as most SDKs do; the sandbox takes a Request.
  const fetch = (input, init) => {
    const request = new Request(input, init);
    if (request.method === 'GET' && request.url.includes('/v1/content/')) counter.polls++;
    return sandbox.handle(request);
  };
  return { fetch, counter, clock };
}

/** Submits one generation and waits for it; returns the latency after it finished and the polls spent. */
async function measure(client, env, options) {
  const { clock, counter } = env;
  const { data } = await client.generate(MODEL, { generation_prompt: 'A baby seal on the beach' });
  const pollsBefore = counter.polls;
  let finished;
  const waiting = client.waitForGeneration(data.generation_id, options).then(
    (result) => {
      finished = { at: Date.now(), result };
    },
    (error) => {
      finished = { error };
    },
  );
  while (finished === undefined) await clock.nextAsync();
  await waiting;
  if (finished.error) throw finished.error;
  const completedAt = Date.parse(finished.result.data.generation_completed_at);
  return { latencyMs: finished.at - completedAt, polls: counter.polls - pollsBefore };
}

/**
 * For each duration, every strategy is run at `phases` durations a little apart (so a poll landing
 * exactly on the end does not flatter a fixed pace), and the means reported.
 */
export async function timeToResult({ seconds = [5, 15, 30, 60, 120], drift = 0.2, phases = 5 } = {}) {
  const clock = FakeTimers.install({
    toFake: ['setTimeout', 'clearTimeout', 'Date'],
    now: Date.parse('2026-11-24T10:00:00Z'),
    // Keep-alive sockets of earlier benchmarks clear their own timers meanwhile.
    shouldClearNativeTimers: true,
  });
  try {
    const modelMs = await modelDurationMs();
    let hosts = 0;
    /** A fresh client on a sandbox where generations take `duration`; after `learnFrom` seconds' generation if given. */
    const once = async (duration, options, learnFrom) => {
      const target = sandboxTaking(duration, clock, modelMs);
      let current = learnFrom === undefined ? target : sandboxTaking(learnFrom, clock, modelMs);
      const client = new BabySea({
        apiKey: 'bye_bench',
        // A host of its own: what the process learned of durations is kept per host, and each measurement starts fresh.
        baseUrl: `http://sandbox-${++hosts}.test`,
        fetch: (input, init) => current.fetch(input, init),
      });
      if (learnFrom !== undefined) {
        // The client watches one generation of the model, then waits for this one: the learning is the client's.
        await measure(client, current, options);
        current = target;
      }
      return measure(client, target, options);
    };
    const strategies = [
      ['fixed 2 s (the official SDK)', FIXED, () => undefined],
      ['adaptive, first wait for the model', {}, () => undefined],
      ['adaptive, model seen before', {}, (d) => d],
      [`adaptive, seen before, this one ${Math.round(drift * 100)} % slower`, {}, (d) => d / (1 + drift)],
      [`adaptive, seen before, this one ${Math.round(drift * 100)} % faster`, {}, (d) => d / (1 - drift)],
    ];
    const rows = [];
    for (const base of seconds) {
      const results = [];
      for (const [label, options, learnFrom] of strategies) {
        let latency = 0;
        let polls = 0;
        for (let k = 0; k < phases; k++) {
          const duration = base + (k * 0.43 * base) / 30;
          const r = await once(duration, options, learnFrom(duration));
          latency += r.latencyMs;
          polls += r.polls;
        }
        results.push({ label, latencyMs: latency / phases, polls: polls / phases });
      }
      rows.push({ seconds: base, results });
    }
    return { phases, rows };
  } finally {
    clock.uninstall();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of (await timeToResult()).rows) {
    console.log(`${row.seconds} s`);
    for (const r of row.results)
      console.log(`  ${r.label.padEnd(55)} latency ${r.latencyMs.toFixed(0).padStart(6)} ms  polls ${r.polls.toFixed(1)}`);
  }
}
