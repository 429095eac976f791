// The run CI makes (`npm run mutate:ci`, in .ci/run): the parts of the SDK where a one-line bug is
// silent and costly (signature checks, the replay window and duplicate deliveries, when to stop
// paging, when to poll, how long to back off, what is redacted), incremental: only the mutants whose
// code or covering tests changed since stryker/incremental.json (committed) are tested again, the
// others' results reused. Below `thresholds.break` the run fails. The full run of src/core, src/lib
// and src/webhooks is sdk.config.mjs (docs/mutation-testing.md).
import sdk from './sdk.config.mjs';

export const CI_SCOPE = [
  'src/webhooks/verify.ts',
  'src/webhooks/handler.ts',
  'src/webhooks/delivery-store.ts',
  'src/lib/pagination.ts',
  'src/lib/schedule.ts',
  'src/lib/deliveries.ts',
  'src/core/retry.ts',
  'src/core/redact.ts',
  'src/core/headers.ts',
];

export default {
  ...sdk,
  mutate: CI_SCOPE,
  incremental: true,
  incrementalFile: 'stryker/incremental.json',
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/core.json' },
  htmlReporter: { fileName: 'reports/mutation/core.html' },
  thresholds: { ...sdk.thresholds, break: 90 },
};
