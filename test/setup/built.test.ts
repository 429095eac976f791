// expectFreshBuild(), which the tests that run dist/ or mock/dist/ call first: a build older than
// any of its sources, or none at all, is refused with the command to run.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { buildProblem } from '../helpers/built.js';

let base: string;
afterEach(() => rmSync(base, { recursive: true, force: true }));

/** A checkout with the SDK's sources and (optionally) its build, each file dated `seconds` since the epoch. */
function checkout(files: Record<string, number>) {
  base = mkdtempSync(join(tmpdir(), 'babysea-built-'));
  for (const [file, seconds] of Object.entries(files)) {
    mkdirSync(join(base, file, '..'), { recursive: true });
    writeFileSync(join(base, file), '');
    utimesSync(join(base, file), seconds, seconds);
  }
}

it('a build newer than every source passes', () => {
  checkout({ 'src/index.ts': 1_000, 'src/core/call.ts': 1_500, 'generated/constraints.ts': 900, 'dist/index.js': 2_000 });
  expect(buildProblem('sdk', base)).toBeUndefined();
});

it('a source changed after the build, however deep, is named with the command to run', () => {
  checkout({ 'src/index.ts': 1_000, 'src/core/call.ts': 3_000, 'dist/index.js': 2_000 });
  expect(buildProblem('sdk', base)).toBe(
    'This test runs the built package (dist/index.js), which is older than src/core/call.ts: run `npm run build` first (`npm test` builds before running vitest).',
  );
});

it('no build at all is named too', () => {
  checkout({ 'src/index.ts': 1_000 });
  expect(buildProblem('sdk', base)).toMatch(/^This test runs the built package \(dist\/index\.js\), which is missing: run `npm run build`/);
});

it('the sandbox build is stale when the SDK’s webhook signing it bundles changed', () => {
  checkout({ 'mock/src/index.ts': 1_000, 'src/webhooks/verify.ts': 3_000, 'mock/dist/index.js': 2_000 });
  expect(buildProblem('sandbox', base)).toMatch(/older than src\/webhooks\/verify\.ts: run `npm run build -w babysea-mock`/);
});
