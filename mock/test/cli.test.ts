// The CLI as people run it: a free port, a busy port, SIGTERM (no process left behind, Prism's
// included), --help, scenarios, --state across restarts, and `trigger` posting a verifiable webhook.
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../src/webhooks/index.ts';
// @ts-expect-error: the launcher is plain JS without declarations.
import { ensureBuilt } from '../cli.mjs';
import { freePort } from '../prism.mjs';
import { SCENARIOS } from '../src/index.ts';
import { startReceiver } from './receiver.ts';

const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js');
const REPO = join(import.meta.dirname, '..', '..');
const children: ChildProcess[] = [];
let workdir: string;

beforeAll(() => {
  ensureBuilt();
  workdir = mkdtempSync(join(tmpdir(), 'babysea-mock-cli-'));
}, 60_000);
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});
afterAll(() => rmSync(workdir, { recursive: true, force: true }));

/** Runs the CLI to its end (asynchronously: a receiver in this process must keep answering meanwhile). */
function run(args: string[]): Promise<{ stdout: string; code: number }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 15_000 }, (error, stdout, stderr) => {
      resolve({ stdout: stdout + stderr, code: error ? ((error as { code?: number }).code ?? 1) : 0 });
    });
  });
}

/** Starts the CLI (or `command`, e.g. npm) and resolves once its output matches `ready`. */
function start(args: string[], ready = /BabySea sandbox on (http:\S+) /, command: string[] = [process.execPath, CLI]) {
  const child = spawn(command[0]!, [...command.slice(1), ...args], { stdio: ['ignore', 'pipe', 'pipe'], cwd: REPO });
  children.push(child);
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const up = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match) resolve(match[1] ?? '');
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited ${code} before ready:\n${output}`)));
  });
  return { child, up, exited, output: () => output };
}

/** The pids whose parent is `pid` (ps exits 1 when there are none). */
function childrenOf(pid: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .map(Number)
      .filter(Boolean);
  } catch {
    return [];
  }
}
/** Every process under `pid`, children first. */
const descendantsOf = (pid: number): number[] => childrenOf(pid).flatMap((child) => [child, ...descendantsOf(child)]);
/** Running: it exists and is not a zombie that has exited and waits to be reaped. */
const alive = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

describe('babysea-mock', () => {
  it('--help lists every flag and every scenario', async () => {
    const { stdout, code } = await run(['--help']);
    expect(code).toBe(0);
    for (const flag of [
      '--port',
      '--host',
      '--engine',
      '--speed',
      '--clock',
      '--seed',
      '--state',
      '--webhook-url',
      '--webhook-secret',
      '--balance',
      '--rate-limit',
      '--validate',
      '--chaos-latency',
      '--chaos-failure',
      '--chaos-reset',
      '--chaos-hang',
      '--override',
      '--max-in-flight',
      '--exact-durations',
      '--public-url',
      '--empty',
    ]) {
      expect(stdout).toContain(flag);
    }
    for (const scenario of SCENARIOS) expect(stdout).toContain(scenario.value);
  });

  it('scenarios prints every magic value', async () => {
    const { stdout } = await run(['scenarios']);
    for (const scenario of SCENARIOS) expect(stdout).toContain(scenario.value);
  });

  it('starts on a free port, answers, and stops on SIGTERM leaving nothing behind', async () => {
    const port = await freePort();
    const cli = start(['--port', String(port), '--quiet']);
    const url = await cli.up;
    expect(url).toBe(`http://127.0.0.1:${port}`);
    const answer = await fetch(`${url}/v1/status`, { headers: { authorization: 'Bearer bye_test_cli' } });
    expect(answer.status).toBe(200);
    expect(childrenOf(cli.child.pid!)).toEqual([]);
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
    await expect(fetch(`${url}/v1/status`)).rejects.toThrow();
  });

  it.each([
    ['npm run mock', ['npm', 'run', 'mock', '--']],
    ['npx babysea-mock', ['npx', 'babysea-mock']],
  ])(
    'started through %s, SIGTERM to that PID frees the port',
    async (_name, command) => {
      const port = await freePort();
      const cli = start(['--port', String(port), '--quiet'], /BabySea sandbox on (http:\S+) /, command);
      const url = await cli.up;
      expect((await fetch(`${url}/v1/status`, { headers: { authorization: 'Bearer bye_test_cli' } })).status).toBe(200);
      const tree = descendantsOf(cli.child.pid!);
      try {
        // npm runs the sandbox under a shell that does not pass the signal on; the sandbox must notice.
        cli.child.kill('SIGTERM');
        const answering = () =>
          fetch(`${url}/v1/status`).then(
            () => 'answering',
            () => 'free',
          );
        await expect.poll(answering, { timeout: 10_000, interval: 100 }).toBe('free');
        await expect.poll(() => tree.filter(alive), { timeout: 5000 }).toEqual([]);
      } finally {
        for (const pid of tree.filter(alive)) process.kill(pid, 'SIGKILL');
      }
    },
    60_000,
  );

  it('says where to look when it starts: the URL, the dashboard, webhooks and the SDK line', async () => {
    const port = await freePort();
    const cli = start(['--port', String(port), '--quiet', '--webhook-url', 'http://127.0.0.1:9/hook', '--webhook-secret', 'whsec_x']);
    const url = await cli.up;
    await expect.poll(() => cli.output(), { timeout: 10_000 }).toContain('SDK');
    expect(cli.output()).toContain(`Dashboard  ${url}/__sandbox/`);
    expect(cli.output()).toContain('Webhooks   POST http://127.0.0.1:9/hook, signed with whsec_x');
    expect(cli.output()).toContain(`new BabySea({ apiKey: 'bye_test_123', baseUrl: '${url}' })`);
  });

  it.each([
    [
      ['trigger', 'generation.completed', '--webhook-url', 'http://x'],
      'trigger does not take --webhook-url (a flag of start). See babysea-mock trigger --help.',
    ],
    [['--bogus'], 'Unknown flag --bogus for start. See babysea-mock --help.'],
    [['scenarios', '--port', '1'], 'scenarios does not take --port (a flag of start). See babysea-mock scenarios --help.'],
    [['--port'], '--port needs a value: -p, --port N. See babysea-mock --help.'],
    [['--quiet=yes'], '--quiet takes no value. See babysea-mock --help.'],
    [['stop'], 'Unknown command "stop": the commands are start, scenarios, trigger. See babysea-mock --help.'],
    [['--max-in-flight', '0'], '--max-in-flight takes an integer ≥ 1 (got "0"). See babysea-mock --help.'],
    [
      ['--public-url', 'tunnel.example.dev'],
      '--public-url must be an absolute http(s) URL such as https://sandbox.example.dev, got "tunnel.example.dev". See babysea-mock --help.',
    ],
  ])('%j is refused with one line naming the flag and pointing to --help', async (args, message) => {
    const { stdout, code } = await run(args);
    expect(code).toBe(2);
    expect(stdout.trim()).toBe(message);
  });

  it('--public-url, --max-in-flight and --exact-durations reach the sandbox', async () => {
    const port = await freePort();
    const cli = start([
      '--port',
      String(port),
      '--quiet',
      '--empty',
      '--exact-durations',
      '--max-in-flight',
      '1',
      '--public-url',
      'https://tunnel.example.dev/',
    ]);
    const url = await cli.up;
    const headers = { authorization: 'Bearer bye_test_cli_flags', 'content-type': 'application/json' };
    const submit = () =>
      fetch(`${url}/v1/generate/image/bfl/flux-schnell`, { method: 'POST', headers, body: JSON.stringify({ generation_prompt: 'x' }) });
    const { data } = await (await submit()).json();
    expect((await (await submit()).json()).error.code).toBe('BSE1009');
    await fetch(`${url}/__sandbox/generations/${data.generation_id}/complete`, { method: 'POST' });
    const done = await (await fetch(`${url}/v1/content/${data.generation_id}`, { headers })).json();
    expect(done.data.generation_output_file).toEqual([`https://tunnel.example.dev/__sandbox/media/${data.generation_id}/0.png`]);
    expect((await (await fetch(`${url}/v1/content/list`, { headers })).json()).total).toBe(1);
    expect(cli.output()).toContain("baseUrl: 'https://tunnel.example.dev'");
  });

  it('a busy port is one line saying so', async () => {
    const port = await freePort();
    const first = start(['--port', String(port), '--quiet']);
    await first.up;
    const { stdout, code } = await run(['--port', String(port)]);
    expect(code).toBe(1);
    expect(stdout.trim()).toBe(`Port ${port} is already in use: stop the other server or choose another port (--port).`);
  });

  it('--state keeps generations across a restart', async () => {
    const port = await freePort();
    const state = join(workdir, 'state.json');
    const headers = { authorization: 'Bearer bye_test_state', 'content-type': 'application/json' };
    const first = start(['--port', String(port), '--quiet', '--state', state]);
    const url = await first.up;
    const created = await (
      await fetch(`${url}/v1/generate/image/bfl/flux-schnell`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ generation_prompt: 'kept' }),
      })
    ).json();
    first.child.kill('SIGTERM');
    await first.exited;
    const second = start(['--port', String(port), '--quiet', '--state', state]);
    await second.up;
    const again = await (await fetch(`${url}/v1/content/${created.data.generation_id}`, { headers })).json();
    expect(again.data.generation_prompt).toBe('kept');
  });

  it('trigger causes an event on a running sandbox; the delivery verifies with the SDK', async () => {
    const receiver = await startReceiver();
    try {
      const port = await freePort();
      const secret = 'whsec_cli_test';
      const cli = start(['--port', String(port), '--quiet', '--webhook-url', receiver.url, '--webhook-secret', secret]);
      const url = await cli.up;
      const { stdout, code } = await run([
        'trigger',
        'generation.completed',
        '--url',
        url,
        '--override',
        'model_identifier=google/nano-banana',
        '--override',
        'generation_output_number=2',
      ]);
      expect(code).toBe(0);
      expect(stdout).toMatch(/generation\.completed [0-9a-f-]{36}: delivered \(200\)/);
      expect(receiver.events()).toEqual(['generation.started', 'generation.completed']);
      const completed = receiver.received[1]!;
      const event = await verifyWebhook(completed.body, completed.headers as Record<string, string>, secret);
      expect(event.webhook_data).toMatchObject({ model_identifier: 'google/nano-banana', generation_status: 'succeeded' });
      expect((event.webhook_data as { generation_output_file: string[] }).generation_output_file).toHaveLength(2);
      const refused = await run(['trigger', 'nothing.happened', '--url', url]);
      expect(refused.code).toBe(1);
      expect(refused.stdout).toMatch(/the events are generation\.started, .*webhook\.test/);
    } finally {
      await receiver.close();
    }
  });

  it('--engine prism runs Prism and SIGTERM stops its child too', async () => {
    const port = await freePort();
    const cli = start(
      ['--engine', 'prism', '--port', String(port)],
      /Prism serving the BabySea spec's examples \(no state\) on (http:\S+)\./,
    );
    const url = await cli.up;
    const answer = await fetch(`${url}/v1/user/billing`, { headers: { authorization: 'Bearer x', prefer: 'example=lowCredits' } });
    expect((await answer.json()).data.billing_credit_balance).toBe(0.4);
    const prismPids = childrenOf(cli.child.pid!);
    expect(prismPids.length).toBeGreaterThan(0);
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
    await expect.poll(() => prismPids.filter(alive), { timeout: 5000 }).toEqual([]);
  }, 60_000);
});
