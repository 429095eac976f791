import { defineConfig } from 'vitest/config';

// Three projects in one run (one report): the SDK's tests, with one real Prism process for the
// contract tests (test/setup/prism.global.ts), the sandbox package's own (mock/vitest.config.ts) and
// the command line's (cli/vitest.config.ts).
export default defineConfig({
  test: {
    // The machines have 2 cores; the browser, package and CLI tests start their own processes.
    maxWorkers: 2,
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]] : ['default'],
    projects: [
      {
        test: {
          name: 'sdk',
          include: ['test/**/*.test.ts'],
          globalSetup: ['test/setup/prism.global.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      'mock/vitest.config.ts',
      'cli/vitest.config.ts',
    ],
  },
});
