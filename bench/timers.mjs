// 10. Timer precision on the real clock: how late a timed-out call's BabySeaTimeoutError arrives
// after its timeout, and how long the SDK really waits before retrying a 429 that asks for
// `retry-after-ms: 30`. The tests check both on fake timers (what must happen, and when in simulated
// time); the wall-clock figures belong here, measured, never asserted.
import { BabySea, BabySeaTimeoutError } from 'babysea';
import { median, quantile } from './harness.mjs';

const ID = '00000000-0000-4000-8000-000000000001';
const summary = (values) => ({ median: median(values), p95: quantile(values, 0.95), max: Math.max(...values) });

export async function timerPrecision({ rounds }) {
  // A fetch that never settles: the call ends at its timeout.
  const hanging = new BabySea({ apiKey: 'bye_bench', baseUrl: 'http://bench.test', maxRetries: 0, fetch: () => new Promise(() => {}) });
  const timeoutMs = 100;
  const late = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    const error = await hanging.status({ timeout: timeoutMs }).catch((e) => e);
    if (!(error instanceof BabySeaTimeoutError)) throw new Error(`expected a timeout, got ${error}`);
    late.push(performance.now() - start - timeoutMs);
  }

  // A 429 asking for 30 ms, then a success: the gap between the two attempts.
  const askedMs = 30;
  const waits = [];
  let last = 0;
  let attempt = 0;
  const rateLimited = new BabySea({
    apiKey: 'bye_bench',
    baseUrl: 'http://bench.test',
    fetch: async () => {
      const now = performance.now();
      if (attempt++ % 2 === 0) {
        last = now;
        return Response.json(
          {
            status: 'error',
            request_id: 'r',
            error: { code: 'BSE1005', type: 'rate_limit_exceeded', message: 'slow down', retryable: true },
          },
          { status: 429, headers: { 'retry-after-ms': String(askedMs), 'retry-after': '120' } },
        );
      }
      waits.push(now - last);
      return Response.json({
        status: 'success',
        request_id: 'r',
        message: 'ok',
        timestamp: new Date().toISOString(),
        data: { account_id: ID, generation_id: ID, generation_status: 'pending', model_identifier: 'bfl/flux-schnell' },
      });
    },
  });
  for (let i = 0; i < rounds; i++) await rateLimited.getGeneration(ID);

  return { rounds, timeoutMs, timeoutLateMs: summary(late), retryAfterMs: askedMs, retryWaitMs: summary(waits) };
}
