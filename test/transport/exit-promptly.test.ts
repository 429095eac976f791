// A script that makes calls and ends must exit by itself: no timer (timeout, backoff) or socket of
// the SDK may keep the process alive. Runs the built package (dist/, checked fresh first) in a child process.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, expect, it, onTestFinished } from 'vitest';
import { expectFreshBuild } from '../helpers/built.js';
import { apiError, startFaultServer } from './fault-server.js';

const dist = new URL('../../dist/index.js', import.meta.url);
let server: Awaited<ReturnType<typeof startFaultServer>>;
beforeAll(async () => (server = await startFaultServer()));
afterAll(() => server.close());

it('a process that made successful, retried, timed-out and aborted calls exits on its own', async () => {
  expectFreshBuild('sdk');
  server.script(
    [
      { example: true },
      { status: 503, body: apiError('BSE5003', 's', 'x', true) },
      { example: true },
      { hang: 'headers' },
      { status: 503, headers: { 'retry-after': '30' }, body: apiError('BSE5003', 's', 'x', true) },
    ],
    { example: true },
  );
  const script = `
    const { BabySea } = await import(${JSON.stringify(dist.href)});
    const client = new BabySea({ apiKey: 'k', baseUrl: ${JSON.stringify(server.url)} });
    await client.status();
    await client.status();
    const timeout = await client.status({ timeout: 100, maxRetries: 0 }).catch((e) => e);
    const controller = new AbortController();
    // Well inside the 30 s Retry-After sleep, however long the 503 takes to arrive on a busy machine.
    setTimeout(() => controller.abort(), 1_000);
    const aborted = await client.status({ signal: controller.signal }).catch((e) => e);
    console.log(JSON.stringify({ errors: [timeout.name, aborted.name], resources: process.getActiveResourcesInfo() }));
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  onTestFinished(() => {
    child.kill('SIGKILL');
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  // Without clean-up the 30 s backoff timer or the 30 s default timeout would hold the process for 30 s.
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const report = JSON.parse(output);
  expect(code).toBe(0);
  expect(report.errors).toEqual(['BabySeaTimeoutError', 'BabySeaAbortError']);
  expect(report.resources).not.toContain('Timeout');
  expect(server.attempts).toHaveLength(5);
}, 20_000);
