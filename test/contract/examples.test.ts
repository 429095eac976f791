// The scripts in examples/ (the .ts ones type-checked by `npm run typecheck`) run against both
// engines, Prism's examples and the stateful sandbox, as a user would run them; the tour runs as
// `npm run demo` does.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { transform } from 'esbuild';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestSandbox } from '../helpers/sandbox.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Inside the package, so `import 'babysea'` resolves to the built package as it would for a user.
const dir = mkdtempSync(join(root, 'test', '.samples-'));
let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await sandbox?.close();
});

const media = String.raw`http:\/\/127\.0\.0\.1:\d+\/__sandbox\/media\/`;
// `prism: null`: not run against Prism, whose static examples give every job of a batch one generation id.
const expected: Record<string, { prism: RegExp | null; sandbox: RegExp }> = {
  'generate-and-wait.ts': {
    prism: /done: \[ 'https:\/\/cdn\.babysea\.ai\/outputs\/5c1e2d3f\/0\.png' \]/,
    // The test sandbox runs a hundred times faster, so a loaded machine may see only the end.
    sandbox: new RegExp(String.raw`(status: (pending|processing)\n)*status: succeeded\ndone: \[\s*'${media}[0-9a-f-]+\/0\.png'\s*\]`),
  },
  'video-with-audio.ts': {
    prism: /8 s at 720p: 0\.025 with audio, 0\.025 without[\s\S]*video: https:/,
    // The catalog's seedance-1.5-pro: 0.07/s with audio, 0.05/s without.
    sandbox: new RegExp(String.raw`8 s at 720p: 0\.56 with audio, 0\.4 without[\s\S]*video: ${media}`),
  },
  'pagination.ts': {
    prism: /2 generations in all[\s\S]*by status: \{ succeeded: 1, processing: 1 \}/,
    sandbox: /6 generations in all; the first page holds 6[\s\S]*by status: \{ (\w+: \d+(, )?)+ \}/,
  },
  'error-handling.ts': {
    prism:
      /bad model id: bad argument model[\s\S]*insufficient credits: 402 BSE1004 retryable=false[\s\S]*rate limited: gave up after 2 attempts \(BSE1005[\s\S]*aborted: aborted/,
    sandbox:
      /bad model id: bad argument model[\s\S]*insufficient credits: 402 BSE1004 retryable=false[\s\S]*rate limited: gave up after 2 attempts \(BSE1005[\s\S]*aborted: aborted/,
  },
  'many-generations.ts': {
    prism: null,
    sandbox: /seal-\w+: saved 1 file\(s\)[\s\S]*4 succeeded, 0 failed; \d+ requests; 0\.02 credits/,
  },
  'webhook-handler-hono.ts': {
    prism: /signed delivery → 204; tampered delivery → 400 no_matching_signature/,
    sandbox: /signed delivery → 204; tampered delivery → 400 no_matching_signature/,
  },
};

it('every TypeScript example is covered here', () => {
  expect(
    readdirSync(join(root, 'examples'))
      .filter((f) => f.endsWith('.ts'))
      .sort(),
  ).toEqual(Object.keys(expected).sort());
});

describe.each(['prism', 'sandbox'] as const)('against %s', (engine) => {
  it.each(Object.keys(expected).filter((file) => expected[file]![engine] !== null))('examples/%s runs', async (file) => {
    const { code } = await transform(readFileSync(join(root, 'examples', file), 'utf8'), { loader: 'ts', format: 'esm' });
    const script = join(dir, `${engine}-${file.replace(/\.ts$/, '.mjs')}`);
    writeFileSync(script, code);
    const baseUrl = engine === 'prism' ? inject('prismUrl') : sandbox.url;
    const { stdout } = await promisify(execFile)(process.execPath, [script], {
      cwd: root,
      env: { ...process.env, BABYSEA_API_KEY: `bye_example_${engine}_${file.length}`, BABYSEA_BASE_URL: baseUrl },
      timeout: 30_000,
    });
    expect(stdout).toMatch(expected[file]![engine]!);
  });
});

it('the tour (npm run demo) calls every method against its own sandbox and receives verified webhooks', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['examples/tour.mjs'], { cwd: root, timeout: 60_000 });
  expect(stdout).toMatch(/progress=\["pending","processing","succeeded"\]/);
  expect(stdout).toMatch(/class="BabySeaInsufficientCreditsError"\s+code="BSE1004"/);
  expect(stdout).toMatch(
    /events=\["generation\.started \(processing\)","generation\.completed \(succeeded\)","generation\.canceled \(canceled\)"\]/,
  );
  expect(stdout).toMatch(/Every method answered from the sandbox/);
});
