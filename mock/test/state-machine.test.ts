// Property-based: random sequences of generate / get / list / cancel / delete / clock jumps /
// idempotent replays against the sandbox (every answer validated against the spec, since the
// sandbox runs with validate: 'throw'), checked against a model of what must hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Answer, call, SEEDED, testSandbox } from './helpers.ts';

type Status = 'pending' | 'processing' | 'succeeded' | 'failed' | 'canceled';
const RANK: Record<Status, number> = { pending: 0, processing: 1, succeeded: 2, failed: 2, canceled: 2 };
const terminal = (s: Status) => RANK[s] === 2;

interface Model {
  /** Every id the sandbox created, with the last status seen. */
  generations: Map<string, Status>;
  /** Idempotency key → the body it was first sent with and the generation it created. */
  keys: Map<string, { body: string; id: string }>;
  seeded: number;
}

interface Real {
  sandbox: ReturnType<typeof testSandbox>;
}

const GENERATIONS = [
  { route: 'image', model: 'bfl/flux-schnell', body: { generation_prompt: 'a seal' } },
  { route: 'image', model: 'google/nano-banana', body: { generation_prompt: 'a seal [failover]', generation_output_number: 2 } },
  { route: 'image', model: 'bfl/flux-1.1-pro', body: { generation_prompt: 'a seal [fail]' } },
  {
    route: 'video',
    model: 'bytedance/seedance-1.5-pro',
    body: { generation_prompt: 'waves', generation_duration: 10, generation_resolution: '1080p' },
  },
  { route: 'video', model: 'google/veo-2', body: { generation_prompt: 'waves [slow]', generation_duration: 5 } },
] as const;

const balanceOf = async (real: Real) => (await call(real.sandbox, 'GET', '/v1/user/billing')).json.data.billing_credit_balance as number;

function observe(model: Model, id: string, status: Status) {
  const before = model.generations.get(id);
  if (before) {
    expect(RANK[status]).toBeGreaterThanOrEqual(RANK[before]);
    if (terminal(before)) expect(status).toBe(before);
  }
  model.generations.set(id, status);
}

class Generate implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly which: number,
    readonly key: string | undefined,
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const spec = GENERATIONS[this.which]!;
    const balance = await balanceOf(real);
    const answer: Answer = await call(real.sandbox, 'POST', `/v1/generate/${spec.route}/${spec.model}`, {
      body: spec.body,
      headers: this.key ? { 'idempotency-key': this.key } : {},
    });
    const known = this.key ? model.keys.get(this.key) : undefined;
    if (known && known.body !== JSON.stringify(spec)) {
      expect(answer.json.error.code).toBe('BSE2015');
      return;
    }
    if (known) {
      expect(answer.status).toBe(200);
      expect(answer.headers.get('idempotency-replayed')).toBe('true');
      expect(answer.json.data.generation_id).toBe(known.id);
      return;
    }
    if (answer.status === 402) {
      expect(answer.json.error.details.required).toBeGreaterThan(balance);
      return;
    }
    expect(answer.status).toBe(200);
    const id = answer.json.data.generation_id as string;
    expect(model.generations.has(id), id).toBe(false);
    model.generations.set(id, 'pending');
    if (this.key) model.keys.set(this.key, { body: JSON.stringify(spec), id });
    expect(await balanceOf(real)).toBeGreaterThanOrEqual(0);
  }
  toString = () => `generate(${GENERATIONS[this.which]!.model}${this.key ? `, key ${this.key}` : ''})`;
}

class Get implements fc.AsyncCommand<Model, Real> {
  constructor(readonly pick: number) {}
  check = (model: Readonly<Model>) => model.generations.size > 0;
  async run(model: Model, real: Real) {
    const id = [...model.generations.keys()][this.pick % model.generations.size]!;
    const { json } = await call(real.sandbox, 'GET', `/v1/content/${id}`);
    observe(model, id, json.data.generation_status);
    if (json.data.generation_status !== 'succeeded' || json.data.generation_removed) expect(json.data.generation_output_file).toBeNull();
    if (RANK[json.data.generation_status as Status] < 2) expect(json.data.generation_provider_used).toBeNull();
  }
  toString = () => `get(#${this.pick})`;
}

class List implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(model: Model, real: Real) {
    const { json } = await call(real.sandbox, 'GET', '/v1/content/list?limit=100');
    expect(json.total).toBe(model.generations.size + model.seeded);
    const listed = new Map<string, Status>(json.data.generations.map((g: any) => [g.generation_id, g.generation_status]));
    for (const id of model.generations.keys()) {
      expect(listed.has(id), id).toBe(true);
      observe(model, id, listed.get(id)!);
    }
  }
  toString = () => 'list';
}

class Cancel implements fc.AsyncCommand<Model, Real> {
  constructor(readonly pick: number) {}
  check = (model: Readonly<Model>) => model.generations.size > 0;
  async run(model: Model, real: Real) {
    const id = [...model.generations.keys()][this.pick % model.generations.size]!;
    const before = (await call(real.sandbox, 'GET', `/v1/content/${id}`)).json.data.generation_status as Status;
    observe(model, id, before);
    const answer = await call(real.sandbox, 'POST', `/v1/content/generation/cancel/${id}`);
    if (terminal(before)) {
      expect(answer.status).toBe(400);
      expect(answer.json.error.details.generation_status).toBe(before);
    } else {
      expect(answer.json.data).toMatchObject({ generation_status: 'canceled', credits_refunded: true });
      observe(model, id, 'canceled');
    }
  }
  toString = () => `cancel(#${this.pick})`;
}

class Delete implements fc.AsyncCommand<Model, Real> {
  constructor(readonly pick: number) {}
  check = (model: Readonly<Model>) => model.generations.size > 0;
  async run(model: Model, real: Real) {
    const id = [...model.generations.keys()][this.pick % model.generations.size]!;
    const answer = await call(real.sandbox, 'DELETE', `/v1/content/${id}`);
    expect(answer.json.data.generation_id).toBe(id);
    expect((await call(real.sandbox, 'GET', `/v1/content/${id}`)).json.data).toMatchObject({
      generation_removed: true,
      generation_output_file: null,
    });
  }
  toString = () => `delete(#${this.pick})`;
}

class Advance implements fc.AsyncCommand<Model, Real> {
  constructor(readonly ms: number) {}
  check = () => true;
  async run(_model: Model, real: Real) {
    real.sandbox.clock.advance(this.ms);
  }
  toString = () => `advance(${this.ms})`;
}

const commands = [
  fc
    .tuple(fc.nat(GENERATIONS.length - 1), fc.option(fc.constantFrom('k1', 'k2', 'k3'), { nil: undefined }))
    .map(([which, key]) => new Generate(which, key)),
  fc.nat(50).map((pick) => new Get(pick)),
  fc.constant(new List()),
  fc.nat(50).map((pick) => new Cancel(pick)),
  fc.nat(50).map((pick) => new Delete(pick)),
  fc.integer({ min: 0, max: 150_000 }).map((ms) => new Advance(ms)),
];

describe('the sandbox as a state machine', () => {
  it('holds its invariants over random sessions', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 30 }), async (cmds) => {
        const sandbox = testSandbox({ startingBalance: 2, rateLimit: false });
        const model: Model = { generations: new Map(), keys: new Map(), seeded: SEEDED };
        try {
          await fc.asyncModelRun(() => ({ model, real: { sandbox } }), cmds);
          // The balance never went below zero (a generation it could not pay for was a 402) …
          expect(await balanceOf({ sandbox })).toBeGreaterThanOrEqual(0);
          // … and each idempotency key made exactly one generation.
          const ids = [...model.keys.values()].map((k) => k.id);
          expect(new Set(ids).size).toBe(model.keys.size);
        } finally {
          await sandbox.close();
        }
      }),
      { numRuns: 100 },
    );
  });
});
