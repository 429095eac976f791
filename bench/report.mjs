// Renders BENCHMARKS.md from the figures bench/run.mjs measured (bench/results/*.json): which
// targets the run meets, then each benchmark's table. Nothing here measures anything.

import { readFileSync, writeFileSync } from 'node:fs';
import { table } from '../scripts/markers.mjs';
import { CLI_BASELINE } from './cli.mjs';
import { fmt } from './harness.mjs';
import { TIMEOUT_BESIDE } from './in-memory.mjs';

/** The bundle budgets CI enforces with size-limit, read from its configuration. */
const { default: budgets } = await import('../.size-limit.mjs');

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
  const client = r.bundles.sizes['babysea `.`, an app importing only BabySea, loaded up front'];
  const fixed = (row) => row.results[0];
  const learned = (row) => row.results.find((x) => x.label === 'adaptive, model seen before');
  const sooner = r.timeToResult.rows.every((row) => learned(row).latencyMs < fixed(row).latencyMs);
  const fewer = r.timeToResult.rows.filter((row) => row.seconds >= 30).every((row) => learned(row).polls < fixed(row).polls);
  const official = (name) => comparison(r, `SDK ${name}`, `official-style ${name}`);
  const batchRow = r.batch.rows[0];
  const batch429 = (batchRow.limited429 + batchRow.refused429) / batchRow.requests;
  const shared = r.shared.rows[0];
  const firstWait = (label) => r.firstWait.rows.find((row) => row.label.startsWith(label));
  const fixedWait = firstWait('fixed');
  const historyWait = firstWait('first wait in a fresh process, the account has history');
  const [hooked, , fixedPoll] = r.webhookWaits.rows;
  return [
    ...['getGeneration', 'listGenerations', 'generate'].map((name) => {
      const c = official(name);
      return [
        `SDK ${name} / the official SDK's per-call steps, CPU in memory (fastest rounds): ≤ 1.00×`,
        `${fmt(c.fastestRatio, 2)}× (${fmt(c.fastestUs, 1)} µs; paired rounds ${fmt(c.ratio, 2)}×)`,
        c.fastestRatio <= 1,
      ];
    }),
    [
      'SDK call − bare openapi-fetch, in memory (fastest rounds): ≤ 3 µs',
      `${fmt(memory.fastestUs, 1)} µs (median of paired rounds ${fmt(memory.us, 1)} µs, ${fmt(memory.ratio, 2)}×)`,
      memory.fastestUs <= 3,
    ],
    ...Object.entries(r.loopback.cpuRatios).map(([name, ratio]) => [
      `${name.split(' / ')[0]} / the official SDK's per-call steps, CPU over loopback (paired rounds): ≤ 1.00×`,
      range(ratio),
      ratio.ratio <= 1,
    ]),
    ['SDK call / bare openapi-fetch, over loopback: ≤ 1.05×', range(loopBare), loopBare.ratio <= 1.05],
    ['SDK call / raw fetch, over loopback: ≤ 1.15×', range(loopRaw), loopRaw.ratio <= 1.15],
    [`${r.concurrency.calls} concurrent calls: all succeed`, `${r.concurrency.failures} failed`, r.concurrency.failures === 0],
    ['`import { BabySea }`, loaded up front: ≤ 8 kB min+gz', `${kB(client.gzip)} kB`, client.gzip <= 8000],
    ['a model seen before: its result is seen sooner than with a fixed 2 s poll, at every duration', sooner ? 'yes' : 'no', sooner],
    ['…with fewer polls, for generations of 30 s and longer', fewer ? 'yes' : 'no', fewer],
    [
      'the first wait of a fresh process for a model (real sandbox): median ≤ 0.5 s after completion, no more requests than a fixed 2 s poll',
      `${fmt(historyWait.medianLatencyMs / 1000, 2)} s, ${fmt(historyWait.meanRequests, 1)} requests (fixed 2 s: ${fmt(fixedWait.medianLatencyMs / 1000, 2)} s, ${fmt(fixedWait.meanRequests, 1)})`,
      historyWait.medianLatencyMs <= 500 && historyWait.meanRequests <= fixedWait.meanRequests,
    ],
    [
      'a wait that receives webhook deliveries: median ≤ 50 ms after completion, ≤ 1 request per generation beyond the submission',
      `${fmt(hooked.medianLatencyMs, 0)} ms, ${fmt(hooked.requestsPerGeneration, 1)} requests (fixed 2 s poll: ${fmt(fixedPoll.medianLatencyMs, 0)} ms, ${fmt(fixedPoll.requestsPerGeneration, 1)})`,
      hooked.medianLatencyMs <= 50 && hooked.requestsPerGeneration <= 1,
    ],
    [
      'a batch: every job once (no duplicate, none lost), billed as estimated',
      `${batchRow.duplicates} duplicates, ${batchRow.lost} lost; ${batchRow.creditsBilled} credits billed, ${batchRow.creditsEstimated} estimated`,
      batchRow.duplicates === 0 && batchRow.lost === 0 && batchRow.creditsBilled === batchRow.creditsEstimated,
    ],
    [
      'a batch within 1.15× of the fastest the limits allow',
      `${fmt(batchRow.vsBound, 2)}× (${fmt(batchRow.makespanS, 0)} s; bound ${fmt(batchRow.boundS, 0)} s)`,
      batchRow.vsBound <= 1.15,
    ],
    [
      'a batch: 429 answers (rate and cap) ≤ 1 % of its requests',
      `${batchRow.limited429 + batchRow.refused429} of ${batchRow.requests} (${fmt(batch429 * 100, 1)} %)`,
      batch429 <= 0.01,
    ],
    [
      `${shared.label}: no duplicate, none lost, 429 answers ≤ 1 % of requests, within 1.15× of the bound`,
      `${shared.duplicates} duplicates, ${shared.lost} lost, ${shared.answered429} of ${shared.requests} (${fmt(shared.share429 * 100, 1)} %), ${fmt(shared.vsBound, 2)}×`,
      shared.duplicates === 0 && shared.lost === 0 && shared.share429 <= 0.01 && shared.vsBound <= 1.15,
    ],
    [
      'a batch killed (SIGKILL) and rerun: no duplicate, none lost, every output saved',
      `${r.killed.duplicates} duplicates, ${r.killed.lost} lost, ${r.killed.outputsSaved} of ${r.killed.jobs} outputs`,
      r.killed.duplicates === 0 && r.killed.lost === 0 && r.killed.outputsSaved === r.killed.jobs,
    ],
  ];
}

/** What the modules of the up-front bundle do, and the gzip share of each group (§5). */
const WEIGHT_GROUPS = [
  ['argument and option checks, with the spec rules they read', ['guards', 'constraints', 'options', 'headers', 'describe']],
  ['typed answers and errors, with redaction of the key', ['errors', 'answer', 'redact', 'log']],
  ['the adaptive waits with their memory of durations, and pagination', ['schedule', 'polling', 'deliveries', 'pagination']],
];
function weightGroups(weights) {
  const name = (m) => m.module.replace(/^.*\//, '').replace(/\.ts$/, '');
  const grouped = new Set(WEIGHT_GROUPS.flatMap(([, modules]) => modules));
  const share = (test) => kB(weights.modules.filter((m) => test(name(m))).reduce((sum, m) => sum + m.gzipShare, 0));
  return [
    ...WEIGHT_GROUPS.map(([what, modules]) => `${what} (${share((n) => modules.includes(n))} kB)`),
    `the client and its request path: the attempt loop with retries and timeouts, the idempotency key, runtime headers (${share((n) => !grouped.has(n))} kB)`,
  ].join('; ');
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

The bundle budgets CI enforces (size-limit, in \`.size-limit.mjs\`): ${budgets.map((b) => `${b.name} ≤ ${b.limit}`).join('; ')}.

Why a target can be missed:

- **Bundle, 8 kB.** What \`import { BabySea }\` loads up front is behaviour the official SDK does not
  have (§5 lists it per module): ${weightGroups(r.bundles.weights)}. openapi-fetch, which runs middleware, is
  loaded on first use. Rules compiled to code weighed more than the table they replace, and shorter
  encodings of the table saved less than 0.1 kB: gzip already shares what repeats. Waits are not
  loaded on first use: a chunk that fails to load (an app redeployed under an open page) would
  break the SDK's main path. The webhook verifier, the handler and the batch runner are entry
  points of their own, with budgets of their own.
- **CPU against the official SDK's per-call steps.** A \`generate\` call always sends an
  \`Idempotency-Key\` (so a retry never bills twice) and checks its body before sending; the official
  SDK does neither. Every call also checks its arguments and the answer's envelope, and parses its
  answer into a typed result, which a raw \`fetch\` that only reads the body does not. On a shared
  machine these ratios move by about ±10 % from run to run; over loopback, the interquartile ranges
  of all three calls against the official SDK's steps hold 1×.
- **A batch within 1.15× of its bound.** The runner never assumes the rate limit refills faster than
  the headers prove (\`X-RateLimit-Reset\` is in whole seconds, \`X-RateLimit-Remaining\` rounded
  down), so it stays under the limit (no rate-limited 429) at the price of some idle time.
- **Processes sharing Redis.** The bound counts no process start-up; the 429s are the cap probes of
  processes that start at the same moment, before one of them has learned the cap for all.

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

The "official-style" variants do per call what the official SDK does (\`bench/official-style-client.mjs\`):
a header record built per call, an \`AbortController\` and timer, \`fetch(url, init)\`, the rate-limit headers
parsed, \`response.json()\`; no argument or envelope checks and no idempotency key.

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
  ['variant', 'median per call (ms)', 'p99 (ms)', 'CPU of this process per call (µs)'],
  Object.entries(r.loopback.stats).map(([name, s]) => [name, fmt(s.median, 4), fmt(s.p99, 4), fmt(s.cpuUs, 1)]),
)}

${table(
  ['ratio', 'value'],
  Object.entries(r.loopback.ratios).map(([name, x]) => [name, range(x)]),
)}

The CPU column is the client process's user and system time per call (the server runs in a process of
its own); the "official-style" variants do per call what the official SDK does (see §1).

${table(
  ['CPU ratio', 'value'],
  Object.entries(r.loopback.cpuRatios).map(([name, x]) => [name, range(x)]),
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

### The first wait of a process, on the real sandbox

How soon \`waitForGeneration\` returns after an image finished, and how many requests it makes, when each
wait runs in a fresh process (as a serverless function or a short script does), on the sandbox served
over HTTP at real speed (an image takes 4.5–13.5 s; \`bench/first-wait.mjs\`). ${r.firstWait.count} waits per row,
started a quarter of a second apart.

${table(
  ['wait', 'median latency (s)', 'requests per wait (mean)'],
  r.firstWait.rows.map((row) => [row.label, fmt(row.medianLatencyMs / 1000, 2), fmt(row.meanRequests, 1)]),
)}

A fresh process knows no durations; the first wait reads one page of the account's list
(\`limit=50\`) and paces itself on the generations of the model it finds there. A process that keeps
\`client.durations()\` and hands it back (\`new BabySea({ durations })\`) starts knowing them.

## 5. Bundle size

Each import bundled and minified by esbuild from the built package, then compressed (gzip -9,
brotli -11). "Loaded up front" leaves out what the SDK imports on first use (\`import()\`), which a
bundler puts in a chunk of its own: openapi-fetch, loaded by the first call with middleware.

${table(
  ['bundle', 'min (kB)', 'min+gzip (kB)', 'min+brotli (kB)'],
  Object.entries(r.bundles.sizes).map(([name, b]) => [name, kB(b.min), `**${kB(b.gzip)}**`, kB(b.brotli)]),
)}

Where the ${kB(r.bundles.weights.total)} kB an app importing only BabySea loads up front go, per source
module: its bytes in the minified bundle, and what leaving them out takes off the gzip size
(\`bench/static.mjs\`, through the bundle's source map).

${table(
  ['module', 'min (kB)', 'share of min+gzip (kB)'],
  r.bundles.weights.modules.map((m) => ['`' + m.module + '`', kB(m.min), kB(m.gzipShare)]),
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

## 10. Command line startup

How long \`babysea\` takes from start to exit, median of ${r.cliStartup.runs} runs each, interleaved with \`${CLI_BASELINE}\`
(\`bench/cli.mjs\`): \`--help\` parses the arguments and prints; \`models --sandbox\` also loads the SDK and the
sandbox, starts it on 127.0.0.1, asks it for the catalog and stops it. The built CLI runs as an installed bin does.

${table(
  ['command', 'median (ms)', `ratio to \`${CLI_BASELINE}\` (paired, IQR)`],
  Object.entries(r.cliStartup.stats).map(([name, ms]) => [
    `\`${name}\``,
    fmt(ms, 1),
    name === CLI_BASELINE ? '1×' : range(r.cliStartup.ratios[name]),
  ]),
)}

## 11. Waits that webhooks wake

The same generations, on the sandbox at real speed with its webhooks delivered to a
\`createWebhookHandler({ secret, client })\` endpoint on 127.0.0.1 (\`bench/webhook-waits.mjs\`).
${r.webhookWaits.count} generations per row, started a quarter of a second apart; requests are counted
per generation, beyond its submission.

${table(
  ['wait', 'median latency (s)', 'requests per generation'],
  r.webhookWaits.rows.map((row) => [row.label, fmt(row.medianLatencyMs / 1000, 2), fmt(row.requestsPerGeneration, 1)]),
)}

## 12. Many generations

${r.batch.images} images and ${r.batch.videos} videos on the sandbox with the API's limits (${r.batch.limit} requests a minute, ${r.batch.cap} generations in
flight), its generations ${r.batch.speed}× faster than the API's usual times, on a simulated clock (\`bench/batch.mjs\`):
the batch runner against what users write by hand. The bound is the fastest the limits allow: every job
submitted and seen ending (one page of the list sees ${r.batch.cap} at a time), at the rate, and never more than
${r.batch.cap} generations at a time.

${table(
  ['approach', 'time (s)', '÷ bound', 'requests', '429 (rate)', '429 (cap)', 'duplicates', 'lost', 'credits billed / estimated'],
  r.batch.rows.map((row) => [
    row.label,
    fmt(row.makespanS, 0),
    `${fmt(row.vsBound, 2)}×`,
    row.requests,
    row.limited429,
    row.refused429,
    row.duplicates,
    row.lost,
    `${row.creditsBilled} / ${row.creditsEstimated}`,
  ]),
)}

"Lost" jobs are those that never succeeded: \`generateAndWait\` gives up when its retries meet 429s.

## 13. A batch killed and rerun

A batch of ${r.killed.jobs} jobs in a process of its own, saving outputs and keeping a manifest, killed with SIGKILL
once ${r.killed.resultsBeforeKill} results were out, then run again with the same command (\`bench/batch-processes.mjs\`).

${table(
  ['generations created', 'duplicates', 'lost', 'reported as resumed', 'outputs saved', 'partial files left'],
  [
    [
      r.killed.generations,
      r.killed.duplicates,
      r.killed.lost,
      r.killed.resumed,
      `${r.killed.outputsSaved} of ${r.killed.jobs}`,
      r.killed.partialFiles,
    ],
  ],
)}

## 14. One account, several processes

${r.shared.processes} processes of ${r.shared.jobsPerProcess} jobs each on one account (${r.shared.rows[0].jobs} jobs; a rate limit of 60 requests per 6 s and
4 generations in flight, the sandbox 100× faster: the API's limits ten times compressed), with their limits
shared through a real \`redis-server\` (\`createRedisStore\`), and each process on its own.

${table(
  ['processes', 'time (s)', '÷ bound', 'requests', '429 answered', 'share of 429', 'duplicates', 'lost'],
  r.shared.rows.map((row) => [
    row.label,
    fmt(row.makespanS, 1),
    `${fmt(row.vsBound, 2)}×`,
    row.requests,
    row.answered429,
    `${fmt(row.share429 * 100, 1)} %`,
    row.duplicates,
    row.lost,
  ]),
)}
${
  r.timers
    ? `
## 15. Timer precision

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
