// `npm run setup` as the README describes it: one line when everything is there, apt-get's output
// only when a step fails. A stand-in apt-get (and sudo) on PATH plays the installs.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = mkdtempSync(join(tmpdir(), 'babysea-setup-'));
afterAll(() => rmSync(bin, { recursive: true, force: true }));

/** Runs the setup script with a stand-in apt-get that prints 300 lines and exits with `aptStatus`. */
function setup(env: Record<string, string>, aptStatus?: number) {
  if (aptStatus !== undefined) {
    writeFileSync(join(bin, 'apt-get'), `#!/bin/sh\nfor i in $(seq 300); do echo "Get:$i apt line"; done\nexit ${aptStatus}\n`);
    writeFileSync(join(bin, 'sudo'), '#!/bin/sh\nexec "$@"\n');
    chmodSync(join(bin, 'apt-get'), 0o755);
    chmodSync(join(bin, 'sudo'), 0o755);
  }
  const result = spawnSync(process.execPath, ['scripts/setup.mjs'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, ...env },
  });
  return { status: result.status, lines: `${result.stdout}${result.stderr}`.trim().split('\n') };
}

it('with Chromium, curl and redis-server installed, prints one line saying what is ready', () => {
  const { status, lines } = setup({});
  expect(status).toBe(0);
  expect(lines).toEqual([
    expect.stringMatching(
      /^Ready: Chromium \S+ for the browser tests; curl \S+ for the API reference's curl samples; Redis server v=\S+ for the Redis store tests\.$/,
    ),
  ]);
});

it('installs what is missing without showing apt-get’s output when it succeeds', () => {
  const { status, lines } = setup({ CHROMIUM_PATH: join(bin, 'no-chromium') }, 0);
  expect(lines[0]).toBe('Installing chromium (the browser tests) with apt-get…');
  expect(lines.filter((line) => line.includes('apt line'))).toEqual([]);
  // The stand-in installed nothing, so the script says so instead of claiming it is ready.
  expect(status).toBe(1);
  expect(lines.at(-1)).toMatch(/^Still missing after apt-get: chromium/);
});

it('shows apt-get’s output, and what failed, when a step fails', () => {
  const { status, lines } = setup({ CHROMIUM_PATH: join(bin, 'no-chromium') }, 100);
  expect(status).toBe(1);
  expect(lines.filter((line) => line.includes('apt line'))).toHaveLength(300);
  expect(lines.at(-1)).toMatch(/^`apt-get update .*` failed: install chromium yourself\.$/);
});
