import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One real Prism process for the whole run (test/setup/prism.global.ts).
    globalSetup: ['test/setup/prism.global.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // The machines have 2 cores; the browser and package tests start their own processes.
    maxWorkers: 2,
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]] : ['default'],
  },
});
