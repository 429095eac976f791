// Mutation testing of the SDK's core, lib and webhooks (`npm run mutate`, the full run). Each mutant
// runs the tests that cover it (perTest coverage), two at a time (the machines have 2 cores).
// docs/mutation-testing.md says how to read and run it, and lists every exclusion.
import { base } from './base.mjs';

export default {
  ...base,
  mutate: ['src/core/**/*.ts', 'src/lib/**/*.ts', 'src/webhooks/**/*.ts'],
  vitest: { configFile: 'stryker/vitest.sdk.config.ts' },
  jsonReporter: { fileName: 'reports/mutation/sdk.json' },
  htmlReporter: { fileName: 'reports/mutation/sdk.html' },
  // Incremental between local runs: only what changed is tested again (`-- --force` tests everything).
  incremental: true,
  incrementalFile: 'reports/mutation/sdk.incremental.json',
};
