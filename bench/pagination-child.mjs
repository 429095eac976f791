// Iterates every generation of the loopback server with the SDK and reports heap growth and requests,
// beside the naive baseline that collects every generation into one array first.
import { BabySea } from 'babysea';
import { startLoopbackServer } from './harness.mjs';

const server = await startLoopbackServer({ GENERATIONS: process.env.GENERATIONS });
let requests = 0;
const client = new BabySea({
  apiKey: 'k',
  baseUrl: server.url,
  fetch: (input, init) => {
    requests++;
    return fetch(input, init);
  },
});
const settle = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};

async function measure(run) {
  requests = 0;
  const before = settle();
  let peak = before;
  // Collect first: what remains is what the loop retains, not garbage awaiting collection.
  const sample = () => {
    const used = settle();
    if (used > peak) peak = used;
  };
  const count = await run(sample);
  return { count, requests, retainedGrowthKiB: Math.round((peak - before) / 1024) };
}

// Warm up connections and the JIT with one full pass, so the measured pass shows what the loop retains.
for await (const _ of client.listGenerations({ limit: 100 }));
const iterator = await measure(async (sample) => {
  let count = 0;
  for await (const _ of client.listGenerations({ limit: 100 })) if (++count % 100 === 0) sample();
  return count;
});
const collected = await measure(async (sample) => {
  const all = [];
  for (let offset = 0; ; offset += 100) {
    const page = await client.listGenerations({ limit: 100, offset });
    all.push(...page.data.generations);
    sample();
    if (page.data.generations.length < 100) break;
  }
  return all.length;
});
server.stop();
console.log(JSON.stringify({ iterator, collected }));
