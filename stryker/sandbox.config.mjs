// Mutation testing of the sandbox's domain (billing, lifecycle, submission, pricing, the store…),
// its idempotency and rate-limit steps and its protocol helpers (`npm run mutate`, the full run).
// docs/mutation-testing.md says how to read and run it, and lists every exclusion.
import { base } from './base.mjs';

export default {
  ...base,
  mutate: ['mock/src/domain/**/*.ts', 'mock/src/pipeline/idempotency.ts', 'mock/src/pipeline/rate-limit.ts', 'mock/src/protocol/**/*.ts'],
  vitest: { configFile: 'stryker/vitest.sandbox.config.ts' },
  jsonReporter: { fileName: 'reports/mutation/sandbox.json' },
  htmlReporter: { fileName: 'reports/mutation/sandbox.html' },
  incrementalFile: 'reports/mutation/sandbox.incremental.json',
};
