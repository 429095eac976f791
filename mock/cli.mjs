#!/usr/bin/env node
// `npm run mock` in this repository: runs the sandbox's CLI (dist/cli.js), building the package
// first when the build is missing or older than its sources (bin/babysea-mock.js does the same for
// `npx babysea-mock` here). Installed packages have no sources: their bin runs dist/cli.js.
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

/** Builds dist/ with tsup when a source is newer than the build (or there is no build). */
export function ensureBuilt() {
  const sources = [
    join(here, 'src'),
    join(here, '..', 'generated'),
    // The SDK modules the sandbox bundles: webhook signing (src/webhooks/) and what it imports.
    join(here, '..', 'src'),
    join(here, 'tsup.config.ts'),
  ];
  if (newest(built) >= Math.max(...sources.map(newest))) return;
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve('tsup/package.json');
  const bin = join(dirname(pkgPath), require(pkgPath).bin.tsup);
  // Declarations are skipped here for speed (those of the last full build are kept, not cleaned);
  // `npm run build` (and prepack) emits them.
  const result = spawnSync(process.execPath, [bin, '--silent', '--no-dts', '--no-clean'], {
    cwd: here,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) {
    console.error('Building the sandbox failed (npm run build -w babysea-mock shows why).');
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  ensureBuilt();
  await import('./dist/cli.js');
}
