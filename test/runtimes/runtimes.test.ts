// "Works everywhere fetch works": the built package (dist/, checked fresh first) runs in Bun and Deno
// (binaries from their npm packages), Cloudflare Workers (workerd, through miniflare) and Vercel's
// edge runtime (edge-runtime): it calls the Prism mock, identifies the runtime in its headers, and
// signs and verifies the fixed webhook vectors (webhook-vectors.mjs) with that runtime's Web Crypto.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { EdgeRuntime } from 'edge-runtime';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { beforeAll, expect, inject, it } from 'vitest';
import { expectFreshBuild } from '../helpers/built.js';
import { WEBHOOK_VECTOR_CHECKS } from './webhook-vectors.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = (name: string) => `${root}node_modules/.bin/${name}`;
const smoke = 'test/runtimes/smoke.mjs';

beforeAll(() => expectFreshBuild('sdk'));

/** One script of the built package and its entry, as a platform would deploy it. */
async function bundle(entry: string, format: 'esm' | 'iife'): Promise<string> {
  const result = await build({
    entryPoints: [`${root}test/runtimes/${entry}`],
    bundle: true,
    write: false,
    format,
    platform: 'neutral',
    mainFields: ['module', 'main'],
  });
  return result.outputFiles[0]!.text;
}

function expectReport(report: Record<string, unknown>, runtime: string) {
  expect(report).toMatchObject({ prefix: 'bye_7Kx2', total: 2, invalid: true, event: 'webhook.test', runtime, middleware: 'ran' });
  expect(report.vectors).toEqual({ checked: WEBHOOK_VECTOR_CHECKS, failures: [] });
}

it.each([
  ['bun', [bin('bun'), 'run', smoke]],
  ['deno', [bin('deno'), 'run', '--allow-net=127.0.0.1', '--allow-read', '--allow-env', smoke]],
] as const)(
  'runs in %s',
  async (runtime, [command, ...args]) => {
    const { stdout } = await promisify(execFile)(command, [...args, inject('prismUrl')], {
      cwd: root,
      timeout: 60_000,
      env: { ...process.env, NO_COLOR: '1' },
    });
    const report = JSON.parse(stdout.trim().split('\n').pop()!);
    expectReport(report, runtime);
    expect(report.userAgent).toMatch(new RegExp(`^babysea/\\d+\\.\\d+\\.\\d+ \\(${runtime}/\\d`));
  },
  90_000,
);

it('runs in Cloudflare Workers (workerd through miniflare)', async () => {
  const mf = new Miniflare({ modules: true, script: await bundle('worker.mjs', 'esm'), compatibilityDate: '2025-07-01' });
  try {
    const response = await mf.dispatchFetch(`http://worker.test/?base=${encodeURIComponent(inject('prismUrl'))}`);
    expectReport((await response.json()) as Record<string, unknown>, 'workerd');
  } finally {
    await mf.dispose();
  }
}, 90_000);

it('runs in Vercel’s edge runtime (edge-runtime)', async () => {
  const runtime = new EdgeRuntime({ initialCode: await bundle('edge.mjs', 'iife') });
  const response = await runtime.dispatchFetch(`http://edge.test/?base=${encodeURIComponent(inject('prismUrl'))}`);
  expectReport((await response.json()) as Record<string, unknown>, 'edge');
  await response.waitUntil();
}, 60_000);
