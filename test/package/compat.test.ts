// Drop-in for code written for the official SDK: the official public API, written down as facts in
// test/package/official/official-api.ts, and a consumer module written the way the official README
// teaches (server action + webhook route), compile strictly (strict, noUncheckedIndexedAccess) against
// the packed tarball and run against the mock, and against a local server for the failure paths.
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { expectFreshBuild } from '../helpers/built.js';
import { example } from '../helpers/spec.js';
import { apiError, startFaultServer } from '../transport/fault-server.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'babysea-compat-'));
const consumer = join(work, 'consumer');
const run = (file: string, args: string[], cwd: string, env: Record<string, string> = {}) =>
  execFileSync(file, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
let server: Awaited<ReturnType<typeof startFaultServer>>;
let compiled = 'not compiled';

beforeAll(async () => {
  // npm test built dist/ already; prepack would rebuild it (tsup empties dist/ first) under the tests running beside this one.
  expectFreshBuild('sdk');
  const packed = run('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', work], root).trim().split('\n').pop()!;
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '0.0.0', type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', join(work, packed)], consumer);
  for (const file of readdirSync(join(root, 'test/package/official')))
    cpSync(join(root, 'test/package/official', file), join(consumer, file));
  // @types/node from this repository, as the consumer's own dev dependency would provide it.
  writeFileSync(
    join(consumer, 'tsconfig.json'),
    JSON.stringify({ extends: './tsconfig.base.json', compilerOptions: { typeRoots: [join(root, 'node_modules/@types')] } }),
  );
  cpSync(join(root, 'test/package/official/tsconfig.json'), join(consumer, 'tsconfig.base.json'));
  server = await startFaultServer();
  compiled = (() => {
    try {
      run(join(root, 'node_modules/.bin/tsc'), ['-p', consumer], consumer);
      return '';
    } catch (error) {
      return String((error as { stdout?: string }).stdout ?? error);
    }
  })();
}, 180_000);
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  await server?.close();
});

// Asynchronous: the misbehaving server lives in this process and must keep answering meanwhile.
const runAction = async (baseUrl: string) => {
  const env = { ...process.env, BABYSEA_API_KEY: 'bye_compat_key', BABYSEA_BASE_URL: baseUrl, BABYSEA_WEBHOOK_SECRET: 'whsec_compat' };
  const { stdout } = await promisify(execFile)('node', [join(consumer, 'out/run.js')], { cwd: consumer, env, timeout: 60_000 });
  return JSON.parse(stdout);
};

it('the official API facts and the consumer module type-check strictly against the packed package', () => {
  // tsc's errors, if any (compiled once in beforeAll: the other tests run its output).
  expect(compiled).toBe('');
});

it('test suites written for the official SDK (a stubbed global fetch, signatures made by hand) pass against the packed package', async () => {
  const suites = readdirSync(consumer).filter((file) => file.endsWith('.suite.mjs'));
  expect(suites.sort()).toEqual(['client.suite.mjs', 'exports.suite.mjs', 'webhooks.suite.mjs']);
  const { stdout } = await promisify(execFile)('node', ['--test', '--test-reporter=tap', ...suites], {
    cwd: consumer,
    timeout: 60_000,
  }).catch((error: { stdout?: string }) => ({ stdout: String(error.stdout) }));
  expect(stdout).toMatch(/^# fail 0$/m);
  expect(stdout).toMatch(/^# pass 11$/m);
});

it('they run against the mock: the action reads the outputs, the webhook route verifies, every run-time fact holds', async () => {
  const report = await runAction(inject('prismUrl'));
  expect(report.problems).toEqual([]);
  expect(report.action).toMatchObject({
    ok: true,
    status: 'succeeded',
    files: example('getGeneration').data.generation_output_file,
    cost: 0.005,
  });
  expect(report.webhook).toEqual([200, { generation: 'g', status: 'succeeded', files: ['https://x/0.png'] }, 400]);
});

it('insufficient credits: the official check `err instanceof BabySeaError && err.code === "BSE1004"` matches', async () => {
  server.script([{ example: true }, { status: 402, body: example('generateImage', 'insufficientCredits', '402') }], { example: true });
  expect((await runAction(server.url)).action).toEqual({ ok: false, error: 'Not enough credits', code: 'BSE1004' });
});

it('a retryable failure that outlasts the retries: the official `instanceof BabySeaRetryError` and `lastError` match', async () => {
  const unavailable = { status: 503, headers: { 'retry-after-ms': '1' }, body: apiError('BSE5003', 'service_unavailable', 'down', true) };
  server.script([{ example: true }], unavailable);
  expect((await runAction(server.url)).action).toEqual({ ok: false, error: 'Gave up after 3 attempts', code: 'BSE5003', retryable: true });
});

it('a failed generation: the official `instanceof BabySeaGenerationFailedError` and `generation_error_code` match', async () => {
  server.script([{ example: true }, { example: true }, { status: 200, body: example('getGeneration', 'failed') }], { example: true });
  expect((await runAction(server.url)).action).toEqual({
    ok: false,
    error: 'The input was flagged by the content safety filter.',
    code: 'BSE2006',
  });
});
