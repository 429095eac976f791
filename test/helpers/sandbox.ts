// The sandbox engine on a local port, fast and strict, for tests that run against both engines
// (Prism's examples, and the stateful sandbox): generations take a hundredth of their usual time,
// there is no rate limit, and an answer that breaks the spec fails the request. It is the built
// package, as users get it (npm test builds before running vitest).
import { startSandboxServer } from 'babysea-mock/server';
import { expectFreshBuild } from './built.js';

export function startTestSandbox() {
  expectFreshBuild('sandbox');
  return startSandboxServer({ port: 0, speed: 100, rateLimit: false, validate: 'throw' });
}
