import { defineConfig } from 'vitest/config';
// @ts-expect-error: a plain JS build helper without declarations.
import { catalogDefine } from './scripts/catalog.mjs';

// The CLI's tests: most spawn the built `babysea` against a sandbox on 127.0.0.1 (test/build.global.ts
// builds it once first).
export default defineConfig({
  define: catalogDefine(),
  test: {
    name: 'cli',
    root: import.meta.dirname,
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/build.global.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
  },
});
