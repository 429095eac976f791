// What every Stryker run of this repository shares.
export const base = {
  testRunner: 'vitest',
  coverageAnalysis: 'perTest',
  // The machines have 2 cores.
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  // Generous: a loaded machine must not turn a slow kill into a timeout, nor a timeout into a survivor.
  timeoutMS: 10_000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  // Only what the tests read: no build output, reports or caches in the sandboxes.
  ignorePatterns: ['dist', 'mock/dist', 'build', 'reports', 'bench/results', 'test-results', '.cache', 'coverage'],
  thresholds: { high: 90, low: 75, break: null },
};
