// `npm run bench`: measures what the SDK costs its users, each figure against a baseline measured in
// the same run, and writes BENCHMARKS.md. `npm run bench -- --quick` only proves the benchmark runs
// (few iterations, results in bench/results/, no assertions on timings).

import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { fmt } from './harness.mjs';
import { paginationMemory, webhookThroughput } from './lifecycle.mjs';
import { concurrency, perCallOverhead } from './overhead.mjs';
import { bundleSizes, coldImport, typeCheckCost } from './static.mjs';

const quick = process.argv.includes('--quick');
const root = fileURLToPath(new URL('../', import.meta.url));
const size = quick
  ? { perVariant: 100, concurrentCalls: 100, concurrentRounds: 2, importRuns: 2, tscRuns: 1, generations: 1_000, batches: 2, perBatch: 200 }
  : {
      perVariant: 5_000,
      concurrentCalls: 1_000,
      concurrentRounds: 7,
      importRuns: 15,
      tscRuns: 3,
      generations: 10_000,
      batches: 10,
      perBatch: 2_000,
    };
const started = Date.now();
const step = async (label, run) => {
  process.stdout.write(`${label}… `);
  const t = Date.now();
  const result = await run();
  console.log(`${((Date.now() - t) / 1000).toFixed(1)} s`);
  return result;
};

const overhead = await step('1. per-call overhead', () => perCallOverhead({ perVariant: size.perVariant }));
const parallel = await step('2. concurrency', () => concurrency({ calls: size.concurrentCalls, rounds: size.concurrentRounds }));
const bundles = await step('3. bundle size', () => bundleSizes());
const imports = await step('4. cold import', () => coldImport({ runs: size.importRuns }));
const typecheck = await step('5. type-check cost', () => typeCheckCost({ runs: size.tscRuns }));
const pagination = await step('6. pagination memory', () => paginationMemory({ generations: size.generations }));
const webhooks = await step('7. webhook verification', () => webhookThroughput({ batches: size.batches, perBatch: size.perBatch }));

const kB = (bytes) => (bytes / 1000).toFixed(2);
const perCall = overhead.ratios['SDK getGeneration / raw fetch GET'];
const versusBare = overhead.ratios['SDK getGeneration / openapi-fetch GET'];
const client = bundles['babysea `.`, an app importing only BabySea'];
const hooks = bundles['babysea `./webhooks`, an app importing only verifyWebhook'];
const targets = [
  ['SDK call / raw fetch', '≤ 1.15×', `${fmt(perCall.ratio, 2)}×`, perCall.ratio <= 1.15],
  ['SDK call / bare openapi-fetch', '< 1×', `${fmt(versusBare.ratio, 2)}×`, versusBare.ratio < 1],
  [`${parallel.calls} concurrent calls`, 'all succeed', `${parallel.failures} failed`, parallel.failures === 0],
  ['client bundle, openapi-fetch included', '≤ 5 kB min+gz', `${kB(client.gzip)} kB`, client.gzip <= 5000],
  ['`./webhooks` bundle', '≤ 1 kB min+gz', `${kB(hooks.gzip)} kB`, hooks.gzip <= 1000],
];
const range = (r) => `${fmt(r.ratio, 2)}× (IQR ${fmt(r.low, 2)}–${fmt(r.high, 2)})`;
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const md = `# Benchmarks

What the SDK costs its users, measured by \`npm run bench\`${quick ? ' (**quick mode: too few iterations to trust; proves the benchmark runs**)' : ''}.
Every figure is a ratio against a baseline measured in the same run, interleaved in shuffled order,
after a warm-up: absolute times on a shared machine drift, ratios much less.

- Date: ${new Date().toISOString().slice(0, 10)}; machine: ${cpus().length} cores (\`nproc\`), ${cpu}; Node ${process.version}; ${process.platform}/${process.arch}
- Rerun: \`npm run bench\` (about ${Math.round((Date.now() - started) / 1000)} s here), or \`npm run bench -- --quick\` to check it still works.

## Against the targets

| target | measured | |
|---|---|---|
${targets.map(([name, goal, value, met]) => `| ${name}: ${goal} | ${value} | ${met ? 'met' : '**not met**'} |`).join('\n')}

## 1. Per-call overhead

A minimal keep-alive \`node:http\` server on 127.0.0.1, in its own process, answers fixed valid envelopes
(\`bench/floor-server.mjs\`). Each variant makes ${overhead.calls} sequential calls, in blocks of 20, every round
in a new random order. Ratios are paired: the median over rounds of (block median ÷ baseline's block
median in the same round), with the interquartile range of those per-round ratios.

| variant | median per call (ms) | p99 (ms) |
|---|---:|---:|
${Object.entries(overhead.stats)
  .map(([name, s]) => `| ${name} | ${fmt(s.median, 4)} | ${fmt(s.p99, 4)} |`)
  .join('\n')}

| ratio | value | target |
|---|---|---|
${Object.entries(overhead.ratios)
  .map(
    ([name, r]) =>
      `| ${name} | ${range(r)} | ${name === 'SDK getGeneration / raw fetch GET' ? '≤ 1.15×' : name === 'SDK getGeneration / openapi-fetch GET' ? '< 1 (ahead of openapi-fetch)' : ''} |`,
  )
  .join('\n')}

"raw fetch GET + AbortSignal" is the floor of any client that can time out or be canceled: the SDK
passes one signal per attempt, which undici must watch.

## 2. Concurrency

${parallel.calls} concurrent \`getGeneration\` calls against the same server, ${parallel.rounds} rounds after a warm-up round,
alternating with the same number of raw \`fetch\` calls. Failed calls: **${parallel.failures}**.

| | median wall time (ms) |
|---|---:|
| raw fetch | ${fmt(parallel.raw, 1)} |
| SDK | ${fmt(parallel.sdk, 1)} |
| **ratio SDK / raw** | **${range(parallel)}** |

## 3. Bundle size

The built ESM entry bundled and minified by esbuild (openapi-fetch included), then compressed
(gzip -9, brotli -11). Target: the full client ≤ 5 kB min+gz; \`./webhooks\` ≤ 1 kB.

| bundle | min (kB) | min+gzip (kB) | min+brotli (kB) |
|---|---:|---:|---:|
${Object.entries(bundles)
  .map(([name, b]) => `| ${name} | ${kB(b.min)} | **${kB(b.gzip)}** | ${kB(b.brotli)} |`)
  .join('\n')}

## 4. Cold import time

A fresh \`node\` process importing the package, median of ${imports.runs} runs each, interleaved.

| script | median (ms) | ratio to empty script |
|---|---:|---:|
${Object.entries(imports.stats)
  .map(([name, ms]) => `| ${name} | ${fmt(ms, 1)} | ${fmt(ms / imports.stats['empty script'], 2)}× |`)
  .join('\n')}

\`import babysea\` / \`import openapi-fetch\`: **${fmt(imports.stats['import babysea'] / imports.stats['import openapi-fetch'], 2)}×**.

## 5. Type-check cost

\`tsc --noEmit --extendedDiagnostics\` (strict, \`moduleResolution: bundler\`, library checking on) on a consumer
file calling all 17 methods and reading a field of each, against an empty file; median of ${size.tscRuns} runs.

| project | total time (s) | check time (s) | types | instantiations |
|---|---:|---:|---:|---:|
${Object.entries(typecheck)
  .map(([name, t]) => `| ${name} | ${fmt(t.total, 2)} | ${fmt(t.check, 2)} | ${t.types} | ${t.instantiations} |`)
  .join('\n')}

Ratio all 17 methods / empty file: **${fmt(typecheck['all 17 methods'].total / typecheck['empty file'].total, 2)}×** total time,
${typecheck['all 17 methods'].instantiations - typecheck['empty file'].instantiations} more instantiations.

## 6. Pagination memory

Iterating ${pagination.iterator.count} generations (\`for await … of client.listGenerations({ limit: 100 })\`) from the
floor server, heap measured after a forced GC at every page, against collecting all pages into one array.

| approach | generations | requests | retained heap growth (KiB) |
|---|---:|---:|---:|
| SDK async iterator | ${pagination.iterator.count} | ${pagination.iterator.requests} | ${pagination.iterator.retainedGrowthKiB} |
| collect every page into an array | ${pagination.collected.count} | ${pagination.collected.requests} | ${pagination.collected.retainedGrowthKiB} |

## 7. Webhook verification

Verifications per second of a ${webhooks.payloadBytes}-byte delivery, ${size.batches} interleaved batches of ${size.perBatch}.

| verifier | verifications / s |
|---|---:|
${Object.entries(webhooks.rates)
  .map(([name, rate]) => `| ${name} | ${Math.round(rate)} |`)
  .join('\n')}
| **ratio Web Crypto / node:crypto** | **${range(webhooks)}** |
`;

const out = quick ? 'bench/results/BENCHMARKS.quick.md' : 'BENCHMARKS.md';
mkdirSync(`${root}bench/results`, { recursive: true });
writeFileSync(`${root}${out}`, md);
console.log(`\n${md}\nwrote ${out} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
