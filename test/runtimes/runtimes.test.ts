// "Works everywhere fetch works": the built package runs in Bun and Deno (binaries from their npm
// packages), calls the Prism mock, identifies the runtime in its headers and verifies a webhook.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, inject, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = (name: string) => `${root}node_modules/.bin/${name}`;
const smoke = 'test/runtimes/smoke.mjs';

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
    expect(report).toMatchObject({ prefix: 'bye_7Kx2', total: 2, invalid: true, event: 'webhook.test', runtime });
    expect(report.userAgent).toMatch(new RegExp(`^babysea/\\d+\\.\\d+\\.\\d+ \\(${runtime}/\\d`));
  },
  90_000,
);
