// Renders BENCHMARKS.md from the figures bench/run.mjs measured (bench/results/*.json): which
// targets the run meets, then each benchmark's table. Nothing here measures anything.

import { readFileSync, writeFileSync } from 'node:fs';
import { table } from '../scripts/markers.mjs';
import { fmt } from './harness.mjs';
import { TIMEOUT_BESIDE } from './in-memory.mjs';

/** The bundle budgets CI enforces with size-limit: configuration, read from package.json. */
const budgets = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))['size-limit'];

const kB = (bytes) => (bytes / 1000).toFixed(2);

/** The in-memory comparison of `a` with `b`, by name (their order in the results is not a contract). */
function comparison(r, a, b) {
  const found = r.inMemory.comparisons.find((c) => c.a === a && c.b === b);
  if (!found) throw new Error(`bench results hold no in-memory comparison "${a} − ${b}"`);
  return found;
}
const range = (r) => `${fmt(r.ratio, 2)}× (IQR ${fmt(r.low, 2)}–${fmt(r.high, 2)})`;

function targets(r) {
  const memory = comparison(r, 'SDK getGeneration', 'openapi-fetch GET');
  const loopRaw = r.loopback.ratios['SDK getGeneration / raw fetch GET'];
  const loopBare = r.loopback.ratios['SDK getGeneration / openapi-fetch GET'];
  const client = r.bundles['babysea `.`, an app importing only BabySea'];
  const fixed = (row) => row.results[0];
  const learned = (row) => row.results.find((x) => x.label === 'adaptive, model seen before');
  const sooner = r.timeToResult.rows.every((row) => learned(row).latencyMs < fixed(row).latencyMs);
  const fewer = r.timeToResult.rows.filter((row) => row.seconds >= 30).every((row) => learned(row).polls < fixed(row).polls);
  return [
    [
      'SDK call − bare openapi-fetch, in memory (fastest rounds): ≤ 3 µs',
      `${fmt(memory.fastestUs, 1)} µs (median of paired rounds ${fmt(memory.us, 1)} µs, ${fmt(memory.ratio, 2)}×)`,
      memory.fastestUs <= 3,
    ],
    ['SDK call / bare openapi-fetch, over loopback: ≤ 1.05×', range(loopBare), loopBare.ratio <= 1.05],
    ['SDK call / raw fetch, over loopback: ≤ 1.15×', range(loopRaw), loopRaw.ratio <= 1.15],
    [`${r.concurrency.calls} concurrent calls: all succeed`, `${r.concurrency.failures} failed`, r.concurrency.failures === 0],
    ['`import { BabySea }`, openapi-fetch included: ≤ 8 kB min+gz', `${kB(client.gzip)} kB`, client.gzip <= 8000],
    ['a model seen before: its result is seen sooner than with a fixed 2 s poll, at every duration', sooner ? 'yes' : 'no', sooner],
    ['…with fewer polls, for generations of 30 s and longer', fewer ? 'yes' : 'no', fewer],
  ];
}

export function renderMarkdown(r) {
  const m = r.meta;
  const rows = targets(r).map(([name, value, met]) => [name, value, met ? 'met' : '**not met**']);
  const memory = r.inMemory;
  const overBare = comparison(r, 'SDK getGeneration', 'openapi-fetch GET');
  const overTimeout = comparison(r, 'SDK getGeneration', TIMEOUT_BESIDE);
  const timeoutCost = comparison(r, TIMEOUT_BESIDE, 'openapi-fetch GET');
  return `# Benchmarks

What the SDK costs its users, measured by \`npm run bench\`${m.quick ? ' (**quick mode: too few iterations to trust; proves the benchmark runs**)' : ''}.
Every figure is compared with a baseline measured in the same run, interleaved in shuffled order,
after a warm-up: absolute times on a shared machine drift, comparisons much less.

- Date: ${m.date}; machine: ${m.cores} cores, ${m.cpu}; Node ${m.node}; ${m.platform}
- Rerun: \`npm run bench\` (about ${m.seconds} s here), or \`npm run bench -- --quick\` to check it still works.

## Against the targets

${table(['target', 'measured', ''], rows)}

The bundle budgets CI enforces (size-limit, in \`package.json\`): ${budgets.map((b) => `${b.name} ≤ ${b.limit}`).join('; ')}.

## 1. In-memory floor

Every client gets a \`fetch\` that returns a prepared \`Response\` at once (\`bench/in-memory.mjs\`), so only
client code is timed: URL and headers, the \`Request\`, reading and parsing the body, and for the SDK its
argument checks, options, attempt loop with its timeout, envelope check and \`ApiPromise\`. ${memory.calls}
calls per variant, in rounds of 200, every round in a new random order.

${table(
  ['variant', 'median per call (µs)'],
  Object.entries(memory.perCall).map(([name, us]) => [name, fmt(us, 1)]),
)}

${table(
  ['comparison', 'fastest rounds (µs)', 'paired rounds: median (IQR), µs', 'ratio'],
  memory.comparisons.map((c) => [
    `${c.a} − ${c.b}`,
    fmt(c.fastestUs, 1),
    `${fmt(c.us, 1)} (${fmt(c.low, 1)}–${fmt(c.high, 1)})`,
    `${fmt(c.ratio, 2)}×`,
  ]),
)}

"Fastest rounds" compares each variant's fastest round, the run least disturbed by the rest of the
machine; the paired medians show how much that disturbance moves. Of the SDK's ${fmt(overBare.fastestUs, 1)} µs over bare
openapi-fetch, ${fmt(timeoutCost.fastestUs, 1)} µs is the \`AbortController\` and timer that any per-attempt timeout able to cancel
the request costs on this runtime; the other ${fmt(overTimeout.fastestUs, 1)} µs is the SDK's own (argument and option checks,
the attempt loop, the envelope check, \`ApiPromise\`). The SDK hands the signal to \`fetch\` beside the
\`Request\` rather than inside it: a \`Request\` that follows a signal costs far more to build (the "signal in
the Request" line), and \`fetch\` builds one again from it.

## 2. Over loopback

A minimal keep-alive \`node:http\` server on 127.0.0.1, in its own process, answers fixed valid envelopes
(\`bench/loopback-server.mjs\`). Each variant makes ${r.loopback.calls} sequential calls, in blocks of 20, every round in
a new random order. Ratios are paired: the median over rounds of (block median ÷ baseline's block
median in the same round), with the interquartile range of those per-round ratios.

${table(
  ['variant', 'median per call (ms)', 'p99 (ms)'],
  Object.entries(r.loopback.stats).map(([name, s]) => [name, fmt(s.median, 4), fmt(s.p99, 4)]),
)}

${table(
  ['ratio', 'value'],
  Object.entries(r.loopback.ratios).map(([name, x]) => [name, range(x)]),
)}

Here \`fetch\` itself follows the signal of every attempt ("raw fetch GET + AbortSignal" against "raw fetch
GET"), which bare openapi-fetch, having no timeout, does not pay.

## 3. Concurrency

${r.concurrency.calls} concurrent \`getGeneration\` calls against the same server, ${r.concurrency.rounds} rounds after a warm-up round,
alternating with the same number of raw \`fetch\` calls. Failed calls: **${r.concurrency.failures}**.

${table(
  ['', 'median wall time (ms)'],
  [
    ['raw fetch', fmt(r.concurrency.raw, 1)],
    ['SDK', fmt(r.concurrency.sdk, 1)],
    ['**ratio SDK / raw**', `**${range(r.concurrency)}**`],
  ],
)}

## 4. Time to result

How soon \`waitForGeneration\` sees a finished generation (latency after it finished) and how many polls
it spends, against a fixed 2 s poll, the official SDK's default (\`bench/time-to-result.mjs\`). The sandbox
runs in-process on a simulated clock, so every figure is exact; each is the mean over ${r.timeToResult.phases}
generation${r.timeToResult.phases === 1 ? '' : 's of durations a little apart around the one named (so that a poll landing exactly on the end does not flatter a fixed pace)'}.
"Seen before" means the same client watched one generation of the model first, of the same duration
or one that makes this one 20 % slower or faster than expected.

${table(
  ['generation takes', ...r.timeToResult.rows[0].results.map((x) => x.label)],
  r.timeToResult.rows.map((row) => [
    `${row.seconds} s`,
    ...row.results.map((x) => `${fmt(x.latencyMs / 1000, 2)} s, ${fmt(x.polls, 1)} polls`),
  ]),
)}

## 5. Bundle size

The built ESM entry bundled and minified by esbuild (openapi-fetch included), then compressed
(gzip -9, brotli -11).

${table(
  ['bundle', 'min (kB)', 'min+gzip (kB)', 'min+brotli (kB)'],
  Object.entries(r.bundles).map(([name, b]) => [name, kB(b.min), `**${kB(b.gzip)}**`, kB(b.brotli)]),
)}

## 6. Cold import time

A fresh \`node\` process importing the package, median of ${r.coldImport.runs} runs each, interleaved.

${table(
  ['script', 'median (ms)', 'ratio to empty script'],
  Object.entries(r.coldImport.stats).map(([name, ms]) => [name, fmt(ms, 1), `${fmt(ms / r.coldImport.stats['empty script'], 2)}×`]),
)}

\`import babysea\` / \`import openapi-fetch\`: **${fmt(r.coldImport.stats['import babysea'] / r.coldImport.stats['import openapi-fetch'], 2)}×**.

## 7. Type-check cost

\`tsc --noEmit --extendedDiagnostics\` (strict, \`moduleResolution: bundler\`, library checking on) on a consumer
made of the spec's TypeScript sample of every operation (${r.typecheck.operations}), against an empty file.

${table(
  ['project', 'total time (s)', 'check time (s)', 'types', 'instantiations'],
  [
    ['empty file', r.typecheck.empty],
    [`every operation's sample (${r.typecheck.operations})`, r.typecheck.everyOperation],
  ].map(([name, t]) => [name, fmt(t.total, 2), fmt(t.check, 2), t.types, t.instantiations]),
)}

Ratio every operation / empty file: **${fmt(r.typecheck.everyOperation.total / r.typecheck.empty.total, 2)}×** total time,
${r.typecheck.everyOperation.instantiations - r.typecheck.empty.instantiations} more instantiations.

## 8. Pagination memory

Iterating ${r.pagination.iterator.count} generations (\`for await … of client.listGenerations({ limit: 100 })\`) from the
loopback server, heap measured after a forced GC at every page, against collecting all pages into one array.

${table(
  ['approach', 'generations', 'requests', 'retained heap growth (KiB)'],
  [
    ['SDK async iterator', r.pagination.iterator],
    ['collect every page into an array', r.pagination.collected],
  ].map(([name, p]) => [name, p.count, p.requests, p.retainedGrowthKiB]),
)}

## 9. Webhook verification

Verifications per second of a ${r.webhooks.payloadBytes}-byte delivery, interleaved batches.

${table(
  ['verifier', 'verifications / s'],
  [
    ...Object.entries(r.webhooks.rates).map(([name, rate]) => [name, Math.round(rate)]),
    ['**ratio Web Crypto / node:crypto**', `**${range(r.webhooks)}**`],
  ],
)}
${
  r.timers
    ? `
## 10. Timer precision

On the real clock, ${r.timers.rounds} rounds each: how late a call's \`BabySeaTimeoutError\` arrives after a
${r.timers.timeoutMs} ms timeout (a fetch that never settles), and how long the SDK waits before retrying a 429
that asks for \`retry-after-ms: ${r.timers.retryAfterMs}\` (and \`Retry-After: 120\`). The tests check both on
fake timers; these figures depend on the machine and are never asserted.

${table(
  ['measure (ms)', 'median', 'p95', 'max'],
  [
    [`timeout: ${r.timers.timeoutMs} ms, lateness`, r.timers.timeoutLateMs],
    [`retry-after-ms: ${r.timers.retryAfterMs}, wait`, r.timers.retryWaitMs],
  ].map(([name, t]) => [name, fmt(t.median, 1), fmt(t.p95, 1), fmt(t.max, 1)]),
)}
`
    : ''
}`;
}

// `node bench/report.mjs` renders BENCHMARKS.md again from the last full run.
if (import.meta.url === `file://${process.argv[1]}`) {
  const results = JSON.parse(readFileSync(new URL('./results/latest.json', import.meta.url), 'utf8'));
  writeFileSync(new URL('../BENCHMARKS.md', import.meta.url), renderMarkdown(results));
}
