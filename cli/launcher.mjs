#!/usr/bin/env node
// In this repository, `babysea` (bin/babysea.js) first builds dist/ when it is missing or older than
// its sources, as the sandbox's launcher does; the sandbox is built too, since the CLI runs it.
// Installed packages have no sources: their bin runs dist/cli.js directly.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const built = join(here, 'dist', 'cli.js');

function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Builds dist/ with tsup when a source is newer than the build (or there is no build), and the sandbox likewise. */
export async function ensureBuilt() {
  const { ensureBuilt: ensureSandboxBuilt } = await import('../mock/cli.mjs');
  ensureSandboxBuilt();
  const sources = [
    join(here, 'src'),
    join(here, 'scripts', 'catalog.mjs'),
    join(here, 'tsup.config.ts'),
    join(here, '..', 'src'),
    join(here, '..', 'generated'),
  ];
  if (newest(built) >= Math.max(...sources.map(newest))) return;
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve('tsup/package.json');
  const bin = join(dirname(pkgPath), require(pkgPath).bin.tsup);
  const result = spawnSync(process.execPath, [bin, '--silent'], { cwd: here, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) {
    console.error('Building the CLI failed (npm run build -w babysea-cli shows why).');
    process.exit(1);
  }
}
