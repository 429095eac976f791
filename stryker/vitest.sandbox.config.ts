import { defineConfig } from 'vitest/config';

// The sandbox's tests that run its sources in-process (or on a local port), for Stryker
// (stryker/sandbox.config.mjs). Left out: the tests of the built package (cli, package: a mutant
// in mock/src never reaches mock/dist/) and the two that drive Chromium (browser, dashboard).
export default defineConfig({
  test: {
    name: 'sandbox-mutation',
    root: new URL('../mock', import.meta.url).pathname,
    include: ['test/**/*.test.ts'],
    exclude: ['test/cli.test.ts', 'test/package.test.ts', 'test/browser.test.ts', 'test/dashboard.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
