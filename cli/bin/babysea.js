#!/usr/bin/env node
// The package's bin. A file of its own, so npm links `babysea` at install time, before dist/ exists;
// in the repository (where launcher.mjs sits beside it) it first builds dist/ when stale.
import { existsSync } from 'node:fs';

const launcher = new URL('../launcher.mjs', import.meta.url);
if (existsSync(launcher)) {
  const { ensureBuilt } = await import(launcher.href);
  await ensureBuilt();
}
await import('../dist/cli.js');
