#!/usr/bin/env node
// The package's bin. A file of its own, so npm links `babysea-mock` at install time, before dist/
// exists; in the repository (where cli.mjs sits beside it) it first builds dist/ when stale.
import { existsSync } from 'node:fs';

const launcher = new URL('../cli.mjs', import.meta.url);
if (existsSync(launcher)) {
  const { ensureBuilt } = await import(launcher.href);
  ensureBuilt();
}
await import('../dist/cli.js');
