// Prints "N passed, N failed" from vitest's JSON report, counting a failed non-vitest step as a failure,
// and exits non-zero when anything failed.
import { readFileSync } from 'node:fs';

const [reportPath, ...stepStatuses] = process.argv.slice(2);
let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  passed = report.numPassedTests;
  failed =
    report.numFailedTests +
    (report.numRuntimeErrorTestSuites ?? 0) +
    (report.numFailedTestSuites && !report.numFailedTests ? report.numFailedTestSuites : 0);
} catch {
  console.error(`no vitest report at ${reportPath}: a step before the tests failed.`);
}
const failedSteps = stepStatuses.filter((status) => status !== '0').length;
if (failedSteps > 0 && failed === 0) failed = failedSteps;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || failedSteps > 0 || passed === 0 ? 1 : 0);
