// What a user sees when something is wrong: bad input is one line and exit code 2 before anything is
// sent; API errors show their code, message, request id and what to do next, and never the key.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SandboxServer } from 'babysea-mock/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { babysea, jsonLines, requestsTo, sandbox } from './helpers.ts';

let server: SandboxServer;
let work: string;
beforeAll(async () => {
  server = await sandbox();
  work = mkdtempSync(join(tmpdir(), 'babysea-cli-errors-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

const against = (key: string) => ['--base-url', server.url, '--api-key', key];

/** Runs a command that must fail with one line and exit code 2, without a generation being submitted. */
async function usageError(args: string[], pattern: RegExp) {
  const before = requestsTo(server, 'POST', '/v1/generate/').length;
  const run = await babysea(args);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(pattern);
  expect(requestsTo(server, 'POST', '/v1/generate/').length).toBe(before);
  return run;
}

describe('bad input: one line, exit code 2, nothing submitted', () => {
  it('an unknown model, with the nearest model ids', async () => {
    await usageError(
      [...against('bye_err_model'), 'generate', 'bfl/flux-snell', 'A seal'],
      /Unknown model "bfl\/flux-snell" \(did you mean bfl\/flux-schnell\?\).*babysea models/,
    );
  });

  it('a flag value the model does not take, with the values it takes', async () => {
    await usageError(
      [...against('bye_err_ratio'), 'generate', 'bfl/flux-schnell', 'A seal', '--ratio', '7:3'],
      /bfl\/flux-schnell takes --ratio 1:1, 16:9.*\(got "7:3"\)/,
    );
  });

  it('a flag value that is not a number, before any request', async () => {
    const before = server.sandbox.requests().length;
    await usageError(
      [...against('bye_err_count'), 'generate', 'bfl/flux-schnell', 'A seal', '--count', 'abc'],
      /--count.*'abc' is invalid.*integer/,
    );
    expect(server.sandbox.requests().length).toBe(before);
  });

  it('a misspelt flag, with the flag meant', async () => {
    await usageError(
      [...against('bye_err_flag'), 'generate', 'bfl/flux-schnell', 'A seal', '--ratoi', '1:1'],
      /unknown option '--ratoi' \(Did you mean --ratio\?\)/,
    );
  });

  it('a video flag on an image model', async () => {
    await usageError(
      [...against('bye_err_video'), 'generate', 'bfl/flux-schnell', 'A seal', '--duration', '5'],
      /image model: --duration is for video models/,
    );
  });

  it('a --param the model does not take, with those it takes', async () => {
    await usageError(
      [...against('bye_err_param'), 'generate', 'qwen/image', 'A seal', '--param', 'strength=2'],
      /qwen\/image takes no generation_strength; its own parameters \(--param\): negative_prompt, seed, guidance/,
    );
  });

  it('an unreadable batch file', async () => {
    await usageError(
      [...against('bye_err_batch'), 'batch', join(work, 'missing.jsonl')],
      /Cannot read the batch file .*missing\.jsonl \(ENOENT\)/,
    );
  });

  it('a batch line that is not JSON, naming the line', async () => {
    const file = join(work, 'broken.jsonl');
    writeFileSync(file, '{"model":"bfl/flux-schnell","prompt":"ok"}\n{oops\n');
    await usageError([...against('bye_err_line'), 'batch', file], /broken\.jsonl line 2: not JSON/);
  });

  it('an output folder it cannot write (a path under a file)', async () => {
    const file = join(work, 'a-file');
    writeFileSync(file, '');
    await usageError(
      [...against('bye_err_out'), 'generate', 'bfl/flux-schnell', 'A seal', '--out', join(file, 'out')],
      /--out .*cannot write there \(\w+\)/,
    );
  });

  it('no key and no --sandbox: how to get a key, or how to try the sandbox', async () => {
    const before = server.sandbox.requests().length;
    const run = await babysea(['models']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/No API key: pass --api-key KEY or set BABYSEA_API_KEY .*--sandbox/);
    expect(server.sandbox.requests().length).toBe(before);
  });

  it('--sandbox with --base-url', async () => {
    await usageError(['--sandbox', '--base-url', server.url, 'models'], /--sandbox and --base-url/);
  });

  it('an unknown command exits 2', async () => {
    const run = await babysea(['generat']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown command 'generat'.*generate/);
  });
});

describe('API errors: code, message, request id, what to do next; never the key', () => {
  it('402 insufficient credits', async () => {
    const key = 'bye_test_zero_balance';
    const run = await babysea(['--base-url', server.url, '--api-key', key, 'generate', 'bfl/flux-schnell', 'A seal']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: Insufficient credits.*\(BSE1004, HTTP 402, request id req_\w+\)$/m);
    expect(run.stderr).toMatch(/required: 0\.005, balance: 0/);
    expect(run.stderr).toMatch(/babysea estimate MODEL/);
    expect(run.stdout + run.stderr).not.toContain(key);
  });

  it('429 rate limited, with when to try again', async () => {
    const key = 'bye_test_throttled';
    const run = await babysea(['--base-url', server.url, '--api-key', key, 'balance']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: Rate limit exceeded.*\(BSE1005, HTTP 429, request id req_\w+\)$/m);
    expect(run.stderr).toMatch(/try again in \d+ s/);
    expect(run.stdout + run.stderr).not.toContain(key);
  });

  it('with --json, the error is one JSON object on stderr and stdout stays empty', async () => {
    const key = 'bye_test_zero_balance';
    const run = await babysea(['--base-url', server.url, '--api-key', key, '--json', 'generate', 'bfl/flux-schnell', 'A seal']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const [line] = jsonLines(run.stderr);
    expect(line!.error).toMatchObject({ code: 'BSE1004', status: 402, type: 'insufficient_credits' });
    expect(line!.error.request_id).toMatch(/^req_/);
  });

  it('an unknown generation id says where to find ids', async () => {
    const run = await babysea([...against('bye_err_404'), 'get', '00000000-0000-4000-8000-000000000000']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/BSE4001, HTTP 404/);
    expect(run.stderr).toMatch(/babysea list/);
  });
});
