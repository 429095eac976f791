// `batch` as a user runs it against a sandbox on 127.0.0.1: JSON Lines and CSV files, --json
// results, a run killed with SIGKILL and rerun (nothing created twice, nothing lost, every output
// saved), and Ctrl-C cancelling what is in flight.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SandboxServer } from 'babysea-mock/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { babysea, createdGenerations, jsonLines, kindOf, sandbox, start } from './helpers.ts';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'babysea-cli-batch-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function jobsFile(name: string, jobs: Record<string, unknown>[]): string {
  const file = join(work, name);
  writeFileSync(file, `${jobs.map((job) => JSON.stringify(job)).join('\n')}\n`);
  return file;
}

/** The manifest's records of one type. */
function records(manifest: string, type: string): Record<string, any>[] {
  if (!existsSync(manifest)) return [];
  return readFileSync(manifest, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((line) => {
      try {
        return [JSON.parse(line)];
      } catch {
        return []; // a line cut by the kill
      }
    })
    .filter((record) => record.type === type);
}

describe('batch', () => {
  let server: SandboxServer;
  beforeAll(async () => {
    server = await sandbox(20);
  });
  afterAll(() => server?.close());

  it('runs a JSON Lines file: a result line per job, a summary, outputs named after the jobs, exit 1 when one failed', async () => {
    const file = jobsFile('mixed.jsonl', [
      { id: 'seal-1', model: 'bfl/flux-schnell', prompt: 'A baby seal', ratio: '16:9' },
      { id: 'seal-2', model: 'bfl/flux-schnell', prompt: 'Another seal', params: { generation_output_format: 'png' } },
      { id: 'doomed', model: 'bfl/flux-schnell', prompt: 'A seal [fail]' },
    ]);
    const out = join(work, 'mixed-out');
    const run = await babysea(['--base-url', server.url, '--api-key', 'bye_batch_mixed', '--json', 'batch', file, '--out', out]);
    expect(run.code).toBe(1);
    const lines = jsonLines(run.stdout);
    const results = lines.filter((line) => line.type === 'result');
    expect(results.map((r) => `${r.id}:${r.status}`).sort()).toEqual(['doomed:failed', 'seal-1:succeeded', 'seal-2:succeeded']);
    expect(results.find((r) => r.id === 'doomed')!.error.code).toBe('BSE3003');
    const summary = lines.at(-1)!;
    expect(summary).toMatchObject({ type: 'summary', succeeded: 2, canceled: [], notStarted: [], manifest: `${file}.manifest.jsonl` });
    expect(summary.failed).toEqual([expect.objectContaining({ id: 'doomed', code: 'BSE3003' })]);
    expect(readdirSync(out).sort()).toEqual(['seal-1.png', 'seal-2.png']);
    for (const name of readdirSync(out)) expect(kindOf(join(out, name))).toBe('png');
  });

  it('runs a CSV file (quoted cells, numbers as numbers), a video job included', async () => {
    const file = join(work, 'jobs.csv');
    writeFileSync(file, 'id,model,prompt,duration,ratio\nclip,google/veo-2,"Waves, at dawn",5,16:9\n,bfl/flux-schnell,A seal,,1:1\n');
    const out = join(work, 'csv-out');
    const run = await babysea(['--base-url', server.url, '--api-key', 'bye_batch_csv', 'batch', file, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^✔ clip {2}.*clip\.mp4$/m);
    expect(run.stdout).toMatch(/^✔ row-2 {2}.*row-2\.png$/m);
    expect(run.stderr).toMatch(/Batch of 2 job\(s\) · manifest .*jobs\.csv\.manifest\.jsonl/);
    expect(run.stderr).toMatch(/2 succeeded · 0 failed/);
    expect(kindOf(join(out, 'clip.mp4'))).toBe('mp4');
    const clip = createdGenerations(server, 'bye_batch_csv').find((g) => g.generation_prompt === 'Waves, at dawn');
    expect(clip).toMatchObject({ generation_duration: 5, generation_ratio: '16:9' });
  });

  it('checks every job against the catalog before sending any: a bad one is exit 2 naming its line', async () => {
    const file = jobsFile('bad.jsonl', [
      { id: 'fine', model: 'bfl/flux-schnell', prompt: 'A seal' },
      { id: 'wrong', model: 'bfl/flux-schnell', prompt: 'A seal', ratio: '7:3' },
    ]);
    const run = await babysea(['--base-url', server.url, '--api-key', 'bye_batch_bad', 'batch', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad\.jsonl line 2: bfl\/flux-schnell takes --ratio/);
    expect(createdGenerations(server, 'bye_batch_bad')).toEqual([]);
  });
});

describe('batch stopped and resumed', () => {
  let server: SandboxServer;
  beforeAll(async () => {
    // Slow enough that the kill lands mid-batch.
    server = await sandbox(3);
  });
  afterAll(() => server?.close());

  it('killed with SIGKILL mid-batch and rerun: no job created twice, none lost, every output saved', async () => {
    const key = 'bye_batch_resume';
    const ids = Array.from({ length: 8 }, (_, i) => `seal-${i + 1}`);
    const file = jobsFile(
      'resume.jsonl',
      ids.map((id) => ({ id, model: 'bfl/flux-schnell', prompt: `Seal ${id}` })),
    );
    const manifest = `${file}.manifest.jsonl`;
    const out = join(work, 'resume-out');
    const args = ['--base-url', server.url, '--api-key', key, '--json', 'batch', file, '--out', out, '--concurrency', '3'];

    const first = start(args);
    // Killed once a job has ended and others are still in flight or queued.
    await first.waitFor(/"type":"result"/, 'stdout');
    first.child.kill('SIGKILL');
    const killed = await first.done;
    expect(killed.signal).toBe('SIGKILL');
    const endedBefore = records(manifest, 'ended').length;
    expect(endedBefore).toBeGreaterThan(0);
    expect(endedBefore).toBeLessThan(ids.length);

    const rerun = await babysea(args);
    expect(rerun.code).toBe(0);
    const lines = jsonLines(rerun.stdout);
    const results = lines.filter((line) => line.type === 'result');
    expect(results.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(results.every((r) => r.status === 'succeeded')).toBe(true);
    expect(results.filter((r) => r.resumed).length).toBeGreaterThanOrEqual(endedBefore);
    expect(lines.at(-1)).toMatchObject({ type: 'summary', succeeded: ids.length, failed: [] });

    // One generation per job in the account, whatever the kill interrupted.
    const created = createdGenerations(server, key);
    expect(created).toHaveLength(ids.length);
    expect(new Set(created.map((g) => g.generation_prompt)).size).toBe(ids.length);
    expect(readdirSync(out).sort()).toEqual(ids.map((id) => `${id}.png`).sort());
    for (const id of ids) expect(kindOf(join(out, `${id}.png`))).toBe('png');
  });

  it('Ctrl-C cancels the generations in flight, lists them and those not started, and says how to resume', async () => {
    const key = 'bye_batch_sigint';
    const ids = ['slow-1', 'slow-2', 'slow-3', 'later-1', 'later-2'];
    const file = jobsFile(
      'sigint.jsonl',
      ids.map((id) => ({ id, model: 'bfl/flux-schnell', prompt: `${id} [slow]` })),
    );
    const manifest = `${file}.manifest.jsonl`;
    const args = ['--base-url', server.url, '--api-key', key, 'batch', file, '--concurrency', '3'];
    const first = start(args);
    await first.waitFor(/Batch of 5 job/, 'stderr');
    // Ctrl-C once three are in flight (the manifest records each submission).
    await expect.poll(() => records(manifest, 'submitted').length, { timeout: 20_000 }).toBe(3);
    first.child.kill('SIGINT');
    const run = await first.done;
    expect(run.code).toBe(130);
    const canceled = /Canceled 3 generation\(s\) in flight: (.*)\./.exec(run.stderr)?.[1]?.split(', ');
    expect(canceled?.sort()).toEqual(['slow-1', 'slow-2', 'slow-3']);
    expect(run.stderr).toMatch(/Not started: later-1, later-2\./);
    expect(run.stderr).toMatch(/Rerun the same command to resume/);
    expect(run.stdout).toMatch(/^⊘ slow-1 {2}canceled$/m);
    expect(createdGenerations(server, key).map((g) => g.generation_status)).toEqual(['canceled', 'canceled', 'canceled']);
  });
});
