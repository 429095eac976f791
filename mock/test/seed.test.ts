// The example generations a new account starts with obey the rules of new ones: those in flight
// move on the clock and cost what a cancel refunds, finished ones serve their outputs from the
// sandbox, and `exampleGenerations: false` (--empty) starts accounts with none.
import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../src/index.ts';
import { BASE, call, SEEDED, testSandbox } from './helpers.ts';

let sandbox: Sandbox;
afterEach(() => sandbox?.close());

type Record = { generation_id: string; generation_status: string; generation_output_file: string[] | null; generation_removed?: boolean };
const list = async (key?: string) =>
  (await call<{ data: { generations: Record[] } }>(sandbox, 'GET', '/v1/content/list', key ? { key } : {})).json.data.generations;
const balance = async () => (await call(sandbox, 'GET', '/v1/user/billing')).json.data.billing_credit_balance as number;

describe('example generations', () => {
  it('in flight ones move on the clock to a terminal state, as new ones do', async () => {
    sandbox = testSandbox();
    const moving = (await list()).filter((g) => g.generation_status === 'pending' || g.generation_status === 'processing');
    expect(moving.map((g) => g.generation_status).sort()).toEqual(['pending', 'processing']);
    sandbox.clock.advance(10 * 60_000);
    for (const { generation_id } of moving) {
      const { json } = await call(sandbox, 'GET', `/v1/content/${generation_id}`);
      expect(json.data.generation_status).toBe('succeeded');
      expect(json.data.generation_output_file[0]).toMatch(new RegExp(`^${BASE}/__sandbox/media/${generation_id}/0\\.`));
    }
  });

  it('finished ones serve their output files from the sandbox (no CDN)', async () => {
    sandbox = testSandbox();
    const succeeded = (await list()).filter((g) => g.generation_status === 'succeeded' && !g.generation_removed);
    expect(succeeded.length).toBeGreaterThan(0);
    for (const g of succeeded) {
      for (const url of g.generation_output_file!) {
        expect(url.startsWith(`${BASE}/__sandbox/media/${g.generation_id}/`)).toBe(true);
        const file = await sandbox.handle(new Request(url));
        expect(file.status).toBe(200);
        expect(file.headers.get('content-type')).toMatch(/^(image\/png|video\/mp4)$/);
      }
    }
  });

  it('canceling the pending one refunds what it cost', async () => {
    sandbox = testSandbox();
    const pending = (await list()).find((g) => g.generation_status === 'pending')!;
    const before = await balance();
    const canceled = await call(sandbox, 'POST', `/v1/content/generation/cancel/${pending.generation_id}`);
    expect(canceled.json.data).toMatchObject({ generation_status: 'canceled', credits_refunded: true });
    expect(await balance()).toBeGreaterThan(before);
  });

  it('never take an account’s last slot: a key allowed one generation in flight starts with none', async () => {
    sandbox = testSandbox();
    const statuses = (await list('bye_test_one_in_flight')).map((g) => g.generation_status);
    expect(statuses).not.toContain('pending');
    expect(statuses).not.toContain('processing');
    expect(statuses.length).toBe(SEEDED - 2);
  });

  it('exampleGenerations: false starts accounts with none', async () => {
    sandbox = testSandbox({ exampleGenerations: false });
    expect(await list()).toEqual([]);
  });
});
