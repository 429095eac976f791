// 1. Per-call overhead and 2. concurrency: the SDK against raw fetch and bare openapi-fetch, on the loopback server.

import { BabySea } from 'babysea';
import createClient from 'openapi-fetch';
import { BODY, ID } from './fixtures.mjs';
import { median, pairedRatio, quantile, shuffle, startLoopbackServer } from './harness.mjs';
import { officialStyleClient } from './official-style-client.mjs';

export async function perCallOverhead({ perVariant, block = 20 }) {
  const server = await startLoopbackServer();
  const base = server.url;
  const auth = { authorization: 'Bearer k' };
  const sdk = new BabySea({ apiKey: 'k', baseUrl: base });
  const bare = createClient({ baseUrl: base, headers: auth });
  const official = officialStyleClient({ apiKey: 'k', baseUrl: base });
  const json = (response) => response.json();
  const variants = {
    'raw fetch GET': () => fetch(`${base}/v1/content/${ID}`, { headers: auth }).then(json),
    'raw fetch GET + AbortSignal': () =>
      fetch(`${base}/v1/content/${ID}`, { headers: auth, signal: AbortSignal.timeout(30_000) }).then(json),
    'openapi-fetch GET': () => bare.GET('/v1/content/{generation_id}', { params: { path: { generation_id: ID } } }),
    'SDK getGeneration': () => sdk.getGeneration(ID),
    'official-style getGeneration': () => official.getGeneration(ID),
    'raw fetch list': () => fetch(`${base}/v1/content/list?limit=50&offset=0`, { headers: auth }).then(json),
    'SDK listGenerations': () => sdk.listGenerations({ limit: 50 }),
    'official-style listGenerations': () => official.listGenerations({ limit: 50 }),
    'raw fetch POST': () =>
      fetch(`${base}/v1/generate/image/google/nano-banana`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify(BODY),
      }).then(json),
    'SDK generate': () => sdk.generate('google/nano-banana', BODY),
    'official-style generate': () => official.generate('google/nano-banana', BODY),
  };
  const names = Object.keys(variants);
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  const roundMedians = Object.fromEntries(names.map((n) => [n, []]));
  // CPU time of this process per call (the server runs in another): what the client itself costs.
  const roundCpu = Object.fromEntries(names.map((n) => [n, []]));
  for (const name of names) for (let i = 0; i < Math.min(300, perVariant); i++) await variants[name]();
  for (let round = 0; round < Math.ceil(perVariant / block); round++) {
    for (const name of shuffle([...names])) {
      const times = [];
      const cpu = process.cpuUsage();
      for (let i = 0; i < block; i++) {
        const start = process.hrtime.bigint();
        await variants[name]();
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
      const used = process.cpuUsage(cpu);
      roundCpu[name].push((used.user + used.system) / block);
      samples[name].push(...times);
      roundMedians[name].push(median(times));
    }
  }
  server.stop();
  const ratio = (a, b) => pairedRatio(roundMedians[a], roundMedians[b]);
  const cpuRatio = (a, b) => pairedRatio(roundCpu[a], roundCpu[b]);
  return {
    calls: perVariant,
    stats: Object.fromEntries(
      names.map((n) => [n, { median: median(samples[n]), p99: quantile(samples[n], 0.99), cpuUs: median(roundCpu[n]) }]),
    ),
    cpuRatios: {
      'SDK getGeneration / official-style getGeneration': cpuRatio('SDK getGeneration', 'official-style getGeneration'),
      'SDK listGenerations / official-style listGenerations': cpuRatio('SDK listGenerations', 'official-style listGenerations'),
      'SDK generate / official-style generate': cpuRatio('SDK generate', 'official-style generate'),
    },
    ratios: {
      'SDK getGeneration / raw fetch GET': ratio('SDK getGeneration', 'raw fetch GET'),
      'SDK getGeneration / openapi-fetch GET': ratio('SDK getGeneration', 'openapi-fetch GET'),
      'SDK getGeneration / raw fetch GET + AbortSignal': ratio('SDK getGeneration', 'raw fetch GET + AbortSignal'),
      'openapi-fetch GET / raw fetch GET': ratio('openapi-fetch GET', 'raw fetch GET'),
      'SDK listGenerations / raw fetch list': ratio('SDK listGenerations', 'raw fetch list'),
      'SDK generate / raw fetch POST': ratio('SDK generate', 'raw fetch POST'),
    },
  };
}

export async function concurrency({ calls, rounds }) {
  const server = await startLoopbackServer();
  const base = server.url;
  const sdk = new BabySea({ apiKey: 'k', baseUrl: base });
  const variants = {
    'raw fetch': () => fetch(`${base}/v1/content/${ID}`, { headers: { authorization: 'Bearer k' } }).then((r) => r.json()),
    SDK: () => sdk.getGeneration(ID),
  };
  const walls = { 'raw fetch': [], SDK: [] };
  let failures = 0;
  for (let round = 0; round < rounds + 1; round++) {
    for (const name of shuffle(Object.keys(variants))) {
      const start = process.hrtime.bigint();
      const results = await Promise.allSettled(Array.from({ length: calls }, () => variants[name]()));
      const wall = Number(process.hrtime.bigint() - start) / 1e6;
      failures += results.filter((r) => r.status === 'rejected').length;
      if (round > 0) walls[name].push(wall); // round 0 opens the connections
    }
  }
  server.stop();
  return {
    calls,
    rounds,
    failures,
    raw: median(walls['raw fetch']),
    sdk: median(walls.SDK),
    ...pairedRatio(walls.SDK, walls['raw fetch']),
  };
}
