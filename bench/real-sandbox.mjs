// The sandbox at the API's real speed, as the wait benchmarks use it: no rate limit or cap in the
// way (only the waits are measured), no example generations, quiet.
import { startSandboxServer } from 'babysea-mock/server';

export function startRealSpeedSandbox(options = {}) {
  return startSandboxServer({
    port: 0,
    speed: 1,
    maxInFlight: 1_000,
    rateLimit: false,
    exampleGenerations: false,
    logger: () => {},
    ...options,
  });
}
