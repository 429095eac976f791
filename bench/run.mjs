// `npm run bench`: measures what the SDK (and its command line) costs its users, each figure against a baseline measured in
// the same run, saves the figures to bench/results/ and writes BENCHMARKS.md from them
// (bench/report.mjs). `npm run bench -- --quick` only proves the benchmark runs: few iterations,
// results in bench/results/, no assertions on timings.

import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { startRedis } from '../test/helpers/redis.mjs';
import { batchComparison } from './batch.mjs';
import { killAndRerun, sharedAccount } from './batch-processes.mjs';
import { cliStartup } from './cli.mjs';
import { firstWait } from './first-wait.mjs';
import { inMemoryFloor } from './in-memory.mjs';
import { paginationMemory, webhookThroughput } from './lifecycle.mjs';
import { concurrency, perCallOverhead } from './overhead.mjs';
import { renderMarkdown } from './report.mjs';
import { bundleSizes, bundleWeights, coldImport, typeCheckCost } from './static.mjs';
import { timeToResult } from './time-to-result.mjs';
import { timerPrecision } from './timers.mjs';
import { webhookWaits } from './webhook-waits.mjs';

const quick = process.argv.includes('--quick');
const root = fileURLToPath(new URL('../', import.meta.url));
const size = quick
  ? {
      rounds: 5,
      perVariant: 100,
      concurrentCalls: 100,
      concurrentRounds: 2,
      importRuns: 2,
      tscRuns: 1,
      generations: 1_000,
      batches: 2,
      perBatch: 200,
      phases: 1,
      cliRuns: 2,
      waits: 2,
      batch: { images: 16, videos: 2 },
      killed: { jobs: 8, killAfter: 3 },
      shared: { processes: 2, jobs: 6 },
      timerRounds: 5,
    }
  : {
      rounds: 100,
      perVariant: 5_000,
      concurrentCalls: 1_000,
      concurrentRounds: 7,
      importRuns: 15,
      tscRuns: 3,
      generations: 10_000,
      batches: 10,
      perBatch: 2_000,
      phases: 5,
      cliRuns: 15,
      waits: 20,
      batch: { images: 200, videos: 20 },
      killed: { jobs: 40, killAfter: 15 },
      shared: { processes: 4, jobs: 50 },
      timerRounds: 50,
    };
const started = Date.now();
const step = async (label, run) => {
  process.stdout.write(`${label}… `);
  const t = Date.now();
  const result = await run();
  console.log(`${((Date.now() - t) / 1000).toFixed(1)} s`);
  return result;
};

const results = {
  inMemory: await step('1. in-memory floor', () => inMemoryFloor({ rounds: size.rounds })),
  loopback: await step('2. loopback per-call overhead', () => perCallOverhead({ perVariant: size.perVariant })),
  concurrency: await step('3. concurrency', () => concurrency({ calls: size.concurrentCalls, rounds: size.concurrentRounds })),
  timeToResult: await step('4. time to result', () => timeToResult({ phases: size.phases })),
  firstWait: await step('4. the first wait of a process, on the sandbox', () => firstWait({ count: size.waits })),
  bundles: await step('5. bundle size', async () => ({ sizes: await bundleSizes(), weights: await bundleWeights() })),
  coldImport: await step('6. cold import', () => coldImport({ runs: size.importRuns })),
  typecheck: await step('7. type-check cost', () => typeCheckCost({ runs: size.tscRuns })),
  pagination: await step('8. pagination memory', () => paginationMemory({ generations: size.generations })),
  webhooks: await step('9. webhook verification', () => webhookThroughput({ batches: size.batches, perBatch: size.perBatch })),
  cliStartup: await step('10. CLI startup', () => cliStartup({ runs: size.cliRuns })),
  webhookWaits: await step('11. waits with webhook deliveries', () => webhookWaits({ count: size.waits })),
  batch: await step('12. many generations', () => batchComparison(size.batch)),
  killed: await step('13. a batch killed and rerun', () => killAndRerun(size.killed)),
  shared: await step('14. one account, several processes', async () => {
    const redis = await startRedis();
    try {
      return await sharedAccount({ ...size.shared, redisUrl: redis.url });
    } finally {
      await redis.stop();
    }
  }),
  timers: await step('15. timer precision', () => timerPrecision({ rounds: size.timerRounds })),
};
results.meta = {
  quick,
  date: new Date().toISOString().slice(0, 10),
  cores: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown CPU',
  node: process.version,
  platform: `${process.platform}/${process.arch}`,
  seconds: Math.round((Date.now() - started) / 1000),
};

mkdirSync(`${root}bench/results`, { recursive: true });
writeFileSync(`${root}bench/results/${quick ? 'quick' : 'latest'}.json`, `${JSON.stringify(results, null, 2)}\n`);
const md = renderMarkdown(results);
const out = quick ? 'bench/results/BENCHMARKS.quick.md' : 'BENCHMARKS.md';
writeFileSync(`${root}${out}`, md);
console.log(`\n${md}\nwrote ${out} in ${results.meta.seconds} s`);
