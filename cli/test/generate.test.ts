// `generate`, `wait`, `get`, `list`, `cancel`, `delete` as a user runs them, against a sandbox on
// 127.0.0.1: real output files, JSON output, exit codes, and Ctrl-C cancelling what it started.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SandboxServer } from 'babysea-mock/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { babysea, createdGenerations, jsonLines, kindOf, sandbox, start } from './helpers.ts';

let server: SandboxServer;
let work: string;
beforeAll(async () => {
  server = await sandbox();
  work = mkdtempSync(join(tmpdir(), 'babysea-cli-generate-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

const against = (key: string) => ['--base-url', server.url, '--api-key', key];

describe('generate', () => {
  it('makes an image, saves it with --out as a real PNG and prints its path', async () => {
    const out = join(work, 'image');
    const run = await babysea([
      ...against('bye_gen_image'),
      'generate',
      'bfl/flux-schnell',
      'A baby seal',
      '--ratio',
      '16:9',
      '--out',
      out,
    ]);
    expect(run.code).toBe(0);
    const files = readdirSync(out);
    expect(files).toHaveLength(1);
    expect(kindOf(join(out, files[0]!))).toBe('png');
    expect(run.stdout.trim()).toBe(join(out, files[0]!));
    expect(run.stderr).toMatch(/succeeded in .* \(bfl\/flux-schnell via \w+\)/);
    const [created] = createdGenerations(server, 'bye_gen_image');
    expect(created?.generation_ratio).toBe('16:9');
  });

  it('sends a video model to the video endpoint with its first duration, and saves a real MP4', async () => {
    const out = join(work, 'video');
    const run = await babysea([...against('bye_gen_video'), 'generate', 'google/veo-2', 'Waves at dawn', '--out', out]);
    expect(run.code).toBe(0);
    const files = readdirSync(out);
    expect(files.map((file) => kindOf(join(out, file)))).toEqual(['mp4']);
    const [created] = createdGenerations(server, 'bye_gen_video');
    expect(created?.generation_duration).toBe(5);
    expect(server.sandbox.requests().some((r) => r.method === 'POST' && r.path === '/v1/generate/video/google/veo-2')).toBe(true);
  });

  it('--json prints the finished generation as one JSON object, with the saved files', async () => {
    const out = join(work, 'json');
    const run = await babysea([
      ...against('bye_gen_json'),
      '--json',
      'generate',
      'qwen/image',
      'A lighthouse',
      '--count',
      '2',
      '--param',
      'seed=42',
      '--out',
      out,
    ]);
    expect(run.code).toBe(0);
    const [line, ...rest] = jsonLines(run.stdout);
    expect(rest).toEqual([]);
    expect(line).toMatchObject({ generation_status: 'succeeded', model_identifier: 'qwen/image', generation_seed: 42 });
    expect(line!.files).toHaveLength(2);
    for (const file of line!.files) expect(kindOf(file)).toBe('png');
    expect(run.stderr).toBe('');
  });

  it('--no-wait prints the id at once; wait, get and list pick it up', async () => {
    const key = 'bye_gen_nowait';
    const submitted = await babysea([...against(key), 'generate', 'bfl/flux-schnell', 'A seal', '--no-wait']);
    expect(submitted.code).toBe(0);
    const id = submitted.stdout.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    const waited = await babysea([...against(key), '--json', 'wait', id]);
    expect(waited.code).toBe(0);
    expect(jsonLines(waited.stdout)[0]).toMatchObject({ generation_id: id, generation_status: 'succeeded' });

    const got = await babysea([...against(key), 'get', id]);
    expect(got.stdout).toMatch(new RegExp(`^id: +${id}$`, 'm'));
    expect(got.stdout).toMatch(/^status: +succeeded$/m);

    const listed = await babysea([...against(key), '--json', 'list', '--limit', '100']);
    expect(jsonLines(listed.stdout).map((g) => g.generation_id)).toContain(id);

    const deleted = await babysea([...against(key), 'delete', id]);
    expect(deleted.code).toBe(0);
    expect(deleted.stdout).toMatch(/Deleted 1 file\(s\)/);
  });

  it('cancel stops a generation in flight and says its credits were refunded', async () => {
    const key = 'bye_gen_cancel';
    const submitted = await babysea([...against(key), 'generate', 'bfl/flux-schnell', 'A seal [slow]', '--no-wait']);
    const id = submitted.stdout.trim();
    const canceled = await babysea([...against(key), 'cancel', id]);
    expect(canceled.code).toBe(0);
    expect(canceled.stdout).toMatch(/Canceled .*credits refunded/);
    expect(createdGenerations(server, key)[0]?.generation_status).toBe('canceled');
  });

  it('a generation that fails exits 1 and says why, with its error code', async () => {
    const run = await babysea([...against('bye_gen_fail'), 'generate', 'bfl/flux-schnell', 'A seal [fail]']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Generation \S+ failed: .*\(BSE3003\)/);
  });

  it('the next run knows how long the model usually takes (learned durations are kept between runs)', async () => {
    const cache = join(work, 'cache');
    const run = () =>
      babysea(['--sandbox', '--sandbox-speed', '5', 'generate', 'bfl/flux-schnell', 'A seal'], { env: { XDG_CACHE_HOME: cache } });
    const first = await run();
    expect(first.code).toBe(0);
    expect(first.stderr).not.toMatch(/usually ~/);
    const saved = JSON.parse(readFileSync(join(cache, 'babysea', 'durations.json'), 'utf8'));
    expect(saved['sandbox x5']['bfl/flux-schnell'].total).toHaveLength(1);
    const second = await run();
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/(pending|processing) · .* · usually ~/);
  });

  it('Ctrl-C while waiting cancels the generation it started, says so, and exits 130', async () => {
    const key = 'bye_gen_sigint';
    const started = start([...against(key), 'generate', 'bfl/flux-schnell', 'A seal [slow]']);
    await started.waitFor(/Submitted (\S+)/, 'stderr');
    started.child.kill('SIGINT');
    const run = await started.done;
    expect(run.code).toBe(130);
    const [created] = createdGenerations(server, key);
    expect(run.stderr).toContain(`Canceled generation ${created?.generation_id}`);
    expect(created?.generation_status).toBe('canceled');
  });

  it('Ctrl-C while waiting for a generation it did not start leaves it running', async () => {
    const key = 'bye_gen_watch';
    const submitted = await babysea([...against(key), 'generate', 'bfl/flux-schnell', 'A seal [slow]', '--no-wait']);
    const id = submitted.stdout.trim();
    const started = start([...against(key), 'wait', id]);
    await started.waitFor(/pending|processing/, 'stderr');
    started.child.kill('SIGINT');
    const run = await started.done;
    expect(run.code).toBe(130);
    expect(run.stderr).toContain(`generation ${id} goes on`);
    expect(createdGenerations(server, key)[0]?.generation_status).not.toBe('canceled');
  });
});
