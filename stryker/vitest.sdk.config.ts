import { defineConfig } from 'vitest/config';
import { cheapFirst } from './cheap-first.js';

// The SDK's tests that exercise src/core, src/lib and src/webhooks from their sources, for Stryker
// (stryker/*.config.mjs). Left out: the tests that run the built package (runtimes, browser, package,
// exit-promptly: a mutant in src/ never reaches dist/), the contract tests (they need a Prism process;
// every-request and wire run against Prism and the sandbox), the framework endpoints (they import
// the package by name, which resolves to dist/), the type tests, the docs and spec checks,
// and the batch runner (not mutated, and it starts redis-server and child processes).
export default defineConfig({
  test: {
    name: 'sdk-mutation',
    root: new URL('..', import.meta.url).pathname,
    include: ['test/core/**/*.test.ts', 'test/lib/**/*.test.ts', 'test/webhooks/**/*.test.ts', 'test/transport/**/*.test.ts'],
    exclude: ['test/transport/exit-promptly.test.ts', 'test/webhooks/built.test.ts', 'test/webhooks/frameworks.test.ts'],
    // Measured: from 10 ms (schedule) to 13 s (faults, real backoff sleeps) for a whole file.
    sequence: {
      sequencer: cheapFirst([
        'test/lib/schedule.test.ts',
        'test/core/retry-policy.test.ts',
        'test/core/api-promise.test.ts',
        'test/core/validation.test.ts',
        'test/core/options.test.ts',
        'test/webhooks/webhooks.test.ts',
        'test/webhooks/handler.test.ts',
        'test/lib/pagination.test.ts',
        'test/core/middleware.test.ts',
        'test/transport/hostile-input.test.ts',
        'test/lib/polling.test.ts',
        'test/core/errors.test.ts',
        'test/transport/properties.test.ts',
        'test/transport/faults.test.ts',
      ]),
    },
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
