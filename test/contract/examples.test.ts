// The scripts in examples/ (type-checked by `npm run typecheck`) run against the mock.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { transform } from 'esbuild';
import { afterAll, expect, inject, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Inside the package, so `import 'babysea'` resolves to the built package as it would for a user.
const dir = mkdtempSync(join(root, 'test', '.samples-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const expected: Record<string, RegExp> = {
  'generate-and-wait.ts': /done: \[ 'https:\/\/cdn\.babysea\.ai\/outputs\/5c1e2d3f\/0\.png' \]/,
  'video-with-audio.ts': /8 s at 720p: 0\.025 with audio, 0\.025 without[\s\S]*video: https:/,
  'pagination.ts': /2 generations in all[\s\S]*by status: \{ succeeded: 1, processing: 1 \}/,
  'error-handling.ts':
    /bad model id: bad argument model[\s\S]*insufficient credits: 402 BSE1004 retryable=false[\s\S]*rate limited: gave up after 2 attempts \(BSE1005[\s\S]*aborted: aborted/,
  'webhook-handler-hono.ts': /signed delivery → 204; tampered delivery → 400 no_matching_signature/,
};

it('every example is covered here', () => {
  expect(
    readdirSync(join(root, 'examples'))
      .filter((f) => f.endsWith('.ts'))
      .sort(),
  ).toEqual(Object.keys(expected).sort());
});

it.each(Object.keys(expected))('examples/%s runs against the mock', async (file) => {
  const { code } = await transform(readFileSync(join(root, 'examples', file), 'utf8'), { loader: 'ts', format: 'esm' });
  const script = join(dir, file.replace(/\.ts$/, '.mjs'));
  writeFileSync(script, code);
  const { stdout } = await promisify(execFile)(process.execPath, [script], {
    cwd: root,
    env: { ...process.env, BABYSEA_API_KEY: 'bs_example_key', BABYSEA_BASE_URL: inject('prismUrl') },
    timeout: 30_000,
  });
  expect(stdout).toMatch(expected[file]!);
});
