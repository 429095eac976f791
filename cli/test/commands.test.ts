// The read commands, --help, --version and the in-process sandbox (--sandbox), as a user runs them:
// human output, JSON lines that parse one by one, exit codes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SandboxServer } from 'babysea-mock/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { babysea, jsonLines, sandbox, start } from './helpers.ts';

const spec = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'generated', 'openapi.json'), 'utf8'));
const catalog: { model_identifier: string; model_type: string }[] =
  spec.paths['/v1/library/models'].get.responses['200'].content['application/json'].examples.catalog.value.data.models;
const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8'));

let server: SandboxServer;
beforeAll(async () => {
  server = await sandbox(20, { examples: true });
});
afterAll(() => server?.close());

const against = (key: string) => ['--base-url', server.url, '--api-key', key];

describe('read commands', () => {
  it('models --json: one model per line, the whole catalog', async () => {
    const run = await babysea([...against('bye_cmd_models'), '--json', 'models']);
    expect(run.code).toBe(0);
    const models = jsonLines(run.stdout);
    expect(models.map((m) => m.model_identifier).sort()).toEqual(catalog.map((m) => m.model_identifier).sort());
    expect(models[0]).toHaveProperty('schema');
  });

  it('models --type video: a table of video models only', async () => {
    const run = await babysea([...against('bye_cmd_models'), 'models', '--type', 'video']);
    expect(run.code).toBe(0);
    const [header, ...rows] = run.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^MODEL +TYPE +PRICE +PROVIDERS$/);
    expect(rows.length).toBe(catalog.filter((m) => m.model_type === 'video').length);
    for (const row of rows) expect(row).toMatch(/^\S+ +video +[\d.–]+\/s +\w/);
  });

  it('models --type with another value is exit 2', async () => {
    const run = await babysea([...against('bye_cmd_models'), 'models', '--type', 'audio']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Allowed choices are image, video/);
  });

  it('estimate prices images against the balance', async () => {
    const run = await babysea([...against('bye_cmd_estimate'), 'estimate', 'bfl/flux-schnell', '--count', '4']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^bfl\/flux-schnell: 0\.02 credits for 4 image\(s\)$/m);
    expect(run.stdout).toMatch(/^balance 184\.25: enough/m);
  });

  it('estimate --json of a video', async () => {
    const run = await babysea([...against('bye_cmd_estimate'), '--json', 'estimate', 'google/veo-2', '--duration', '8']);
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout)).toEqual([
      expect.objectContaining({ model_identifier: 'google/veo-2', model_type: 'video', cost_total_consumed: 4 }),
    ]);
  });

  it('balance, and balance --quiet prints the number alone', async () => {
    expect((await babysea([...against('bye_cmd_balance'), 'balance'])).stdout).toMatch(/^184\.25 credits · plan \w+/);
    expect((await babysea([...against('bye_cmd_balance'), '--quiet', 'balance'])).stdout).toBe('184.25\n');
  });

  it('usage, status and health answer, in text and in JSON', async () => {
    for (const command of ['usage', 'status', 'health']) {
      const text = await babysea([...against('bye_cmd_read'), command]);
      expect(text.code, `${command}: ${text.stderr}`).toBe(0);
      expect(text.stdout.length).toBeGreaterThan(0);
      const json = await babysea([...against('bye_cmd_read'), '--json', command]);
      expect(json.code).toBe(0);
      expect(jsonLines(json.stdout).length).toBeGreaterThan(0);
    }
    expect((await babysea([...against('bye_cmd_read'), 'status'])).stdout).toMatch(/^key: +bye_\w+… /m);
    expect((await babysea([...against('bye_cmd_read'), 'health'])).stdout).toMatch(/^storage: (healthy|unhealthy)/m);
  });

  it('list shows a table, newest first', async () => {
    const run = await babysea([...against('bye_cmd_list'), 'list', '--limit', '3']);
    expect(run.code).toBe(0);
    const [header, ...rows] = run.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^ID +STATUS +MODEL +CREATED$/);
    expect(rows).toHaveLength(3);
  });

  it('environment variables stand for the flags', async () => {
    const run = await babysea(['balance'], { env: { BABYSEA_API_KEY: 'bye_cmd_env', BABYSEA_BASE_URL: server.url } });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/credits/);
  });
});

describe('--sandbox: a sandbox in the process, no key, no network', () => {
  it('models --sandbox needs no key', async () => {
    const run = await babysea(['models', '--sandbox', '--json']);
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout)).toHaveLength(catalog.length);
  });

  it('a magic key picks a scenario there too', async () => {
    const run = await babysea(['--sandbox', '--api-key', 'bye_test_zero_balance', 'generate', 'bfl/flux-schnell', 'A seal']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/BSE1004/);
  });
});

describe('sandbox command', () => {
  it('serves until SIGTERM, then stops cleanly', async () => {
    const started = start(['sandbox', '--port', '0', '--speed', '10']);
    await started.waitFor(/BabySea sandbox on http:\/\/127\.0\.0\.1:\d+/, 'stdout');
    const url = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(started.printed().stdout)![1]!;
    const billing = await fetch(`${url}/v1/user/billing`, { headers: { authorization: 'Bearer bye_cmd_sandbox' } });
    expect(billing.status).toBe(200);
    started.child.kill('SIGTERM');
    const run = await started.done;
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/export BABYSEA_BASE_URL=http:\/\/127\.0\.0\.1:\d+ BABYSEA_API_KEY=bye_/);
    expect(run.stderr).toMatch(/Sandbox stopped/);
  });
});

describe('help and version', () => {
  it('--version prints the package version', async () => {
    const run = await babysea(['--version']);
    expect(run).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it('--help lists every command and the exit codes', async () => {
    const run = await babysea(['--help']);
    expect(run.code).toBe(0);
    for (const command of [
      'generate',
      'wait',
      'get',
      'list',
      'cancel',
      'delete',
      'models',
      'estimate',
      'balance',
      'usage',
      'status',
      'health',
      'batch',
      'sandbox',
      'completion',
    ])
      expect(run.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(run.stdout).toMatch(/Exit codes: 0 success, 1 .* 2 bad input/);
  });

  it('no command: the help, and exit 2', async () => {
    const run = await babysea([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Usage: babysea/);
  });
});
