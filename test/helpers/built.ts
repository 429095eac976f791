// For the tests that run the built packages (dist/, mock/dist/) instead of the sources: `npm test`
// builds before running vitest, but vitest alone does not, and a build older than its sources tests
// yesterday's code. expectFreshBuild() fails such a test with what to run instead.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Each build: the file it is judged by, what it is built from, and the command that builds it. */
export const BUILDS = {
  sdk: { built: 'dist/index.js', sources: ['src', 'generated', 'tsup.config.ts'], command: 'npm run build' },
  // The sandbox bundles the SDK's webhook signing (src/webhooks and what it imports).
  sandbox: {
    built: 'mock/dist/index.js',
    sources: ['mock/src', 'src', 'generated', 'mock/tsup.config.ts'],
    command: 'npm run build -w babysea-mock',
  },
} as const;

/** The most recently modified file under `path` (a file or a folder). */
function newest(path: string): { file: string; mtimeMs: number } | undefined {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return undefined;
  if (!stat.isDirectory()) return { file: path, mtimeMs: stat.mtimeMs };
  let found: { file: string; mtimeMs: number } | undefined;
  for (const name of readdirSync(path)) {
    const candidate = newest(join(path, name));
    if (candidate && (!found || candidate.mtimeMs > found.mtimeMs)) found = candidate;
  }
  return found;
}

/** Why the build is missing or stale, or undefined when it is at least as new as every source. */
export function buildProblem(which: keyof typeof BUILDS, base = root): string | undefined {
  const { built, sources, command } = BUILDS[which];
  const output = statSync(join(base, built), { throwIfNoEntry: false });
  const advice = `run \`${command}\` first (\`npm test\` builds before running vitest).`;
  if (!output) return `This test runs the built package (${built}), which is missing: ${advice}`;
  for (const source of sources) {
    const latest = newest(join(base, source));
    if (latest && latest.mtimeMs > output.mtimeMs) {
      return `This test runs the built package (${built}), which is older than ${relative(base, latest.file)}: ${advice}`;
    }
  }
  return undefined;
}

/** Throws when a build this test runs is missing or older than its sources. */
export function expectFreshBuild(...which: (keyof typeof BUILDS)[]): void {
  for (const build of which) {
    const problem = buildProblem(build);
    if (problem) throw new Error(problem);
  }
}
