import { defineConfig } from 'vitest/config';

// The sandbox's own tests: no Prism global setup (the sandbox runs in-process or on its own port).
export default defineConfig({
  test: {
    name: 'sandbox',
    root: import.meta.dirname,
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/build.global.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    maxWorkers: 2,
  },
});
