// Property-based: random sequences of generate / get / list / cancel / delete / clock jumps /
// idempotent replays against the sandbox (every answer validated against the spec, since the
// sandbox runs with validate: 'throw'), checked against a model of what must hold. The model keeps
// the money: each generation's price (from the estimate route, the catalog's prices), charged at
// submission, refunded when it fails or is canceled, added to the usage's estimated cost when it
// succeeds; after every step the account's balance and usage must be what the model says.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
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
  /** Every generation of the account (seeded ones too) with the last status seen and its price. */
  watched: Map<string, { status: Status; cost: number }>;
  /** What the account's balance must be. */
  balance: number;
  /** What GET /v1/usage must say: generations submitted, and the estimated cost of those that succeeded. */
  usageGenerations: number;
  estimatedCost: number;
}

const STARTING_BALANCE = 2;
const MAX_IN_FLIGHT = 10;
/** Credits keep six decimals (as roundCredits does); the model adds and subtracts the same way. */
const credits = (value: number) => Math.round(value * 1e6) / 1e6;

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

/** The estimate route's total for a generation of these parameters: the price the generate route charges. */
async function priceOf(sandbox: Real['sandbox'], model: string, params: Record<string, unknown>): Promise<number> {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== null) query.set(name, String(value));
  const answer = await call(sandbox, 'GET', `/v1/estimate/${model}?${query}`);
  expect(answer.status).toBe(200);
  return answer.json.data.cost_total_consumed as number;
}

/** The price of each of GENERATIONS, read once from the estimate route. */
const PRICES: number[] = [];
beforeAll(async () => {
  const sandbox = testSandbox({ rateLimit: false });
  for (const { model, body } of GENERATIONS) {
    const b = body as Record<string, unknown>;
    PRICES.push(
      await priceOf(sandbox, model, {
        count: b.generation_output_number,
        duration: b.generation_duration,
        resolution: b.generation_resolution,
      }),
    );
  }
  await sandbox.close();
  // The sessions need both outcomes: some generations the starting balance pays for, and one it does not.
  expect(PRICES.some((price) => price > STARTING_BALANCE)).toBe(true);
  expect(PRICES.filter((price) => price > 0 && price <= STARTING_BALANCE).length).toBeGreaterThan(1);
});

const inFlight = (model: Model) => [...model.watched.values()].filter((g) => !terminal(g.status)).length;

/**
 * Reads every generation of the account, applies what the model says each end costs (a generation
 * that failed or was canceled gives its price back; one that succeeded adds it to the estimated
 * cost), then checks the balance and the usage against the model.
 */
async function reconcile(model: Model, real: Real) {
  const { json } = await call(real.sandbox, 'GET', '/v1/content/list?limit=100');
  for (const record of json.data.generations as Record<string, any>[]) {
    const id = record.generation_id as string;
    const status = record.generation_status as Status;
    let watched = model.watched.get(id);
    if (!watched) {
      // Only a seeded generation can be new here (generate adds each of the session's at once). One
      // in flight was charged before the session began: its price comes back if it fails or is canceled.
      expect(model.generations.has(id), id).toBe(false);
      const cost = terminal(status)
        ? 0
        : await priceOf(real.sandbox, record.model_identifier, {
            count: record.generation_output_number,
            duration: record.generation_duration,
            resolution: record.generation_resolution,
            audio: record.generation_generate_audio,
          });
      watched = { status, cost };
      model.watched.set(id, watched);
      continue;
    }
    if (model.generations.has(id)) observe(model, id, status);
    if (!terminal(watched.status) && terminal(status)) {
      if (status === 'succeeded') model.estimatedCost = credits(model.estimatedCost + watched.cost);
      else model.balance = credits(model.balance + watched.cost);
    }
    watched.status = status;
  }
  const usage = (await call(real.sandbox, 'GET', '/v1/usage')).json.data;
  expect(await balanceOf(real)).toBe(model.balance);
  expect(usage.usage_credit_balance).toBe(model.balance);
  expect(usage.usage_total_generations).toBe(model.usageGenerations);
  expect(usage.usage_total_estimated_cost).toBeCloseTo(model.estimatedCost, 6);
  expect(model.balance).toBeGreaterThanOrEqual(0);
}

/** A command, then the model's reconciliation of the money. */
abstract class Step implements fc.AsyncCommand<Model, Real> {
  abstract check(model: Readonly<Model>): boolean;
  abstract step(model: Model, real: Real): Promise<void>;
  async run(model: Model, real: Real) {
    await this.step(model, real);
    await reconcile(model, real);
  }
}

function observe(model: Model, id: string, status: Status) {
  const before = model.generations.get(id);
  if (before) {
    expect(RANK[status]).toBeGreaterThanOrEqual(RANK[before]);
    if (terminal(before)) expect(status).toBe(before);
  }
  model.generations.set(id, status);
}

class Generate extends Step {
  constructor(
    readonly which: number,
    readonly key: string | undefined,
  ) {
    super();
  }
  override check = () => true;
  override async step(model: Model, real: Real) {
    const spec = GENERATIONS[this.which]!;
    const price = PRICES[this.which]!;
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
    // A full account is refused first, then one whose balance does not cover the price; both cost nothing.
    if (inFlight(model) >= MAX_IN_FLIGHT) {
      expect(answer.status).toBe(429);
      expect(answer.json.error.code).toBe('BSE1009');
      return;
    }
    if (model.balance < price) {
      expect(answer.status).toBe(402);
      expect(answer.json.error.details.required).toBe(price);
      return;
    }
    expect(answer.status).toBe(200);
    const id = answer.json.data.generation_id as string;
    expect(model.generations.has(id), id).toBe(false);
    model.generations.set(id, 'pending');
    model.watched.set(id, { status: 'pending', cost: price });
    model.balance = credits(model.balance - price);
    model.usageGenerations++;
    if (this.key) model.keys.set(this.key, { body: JSON.stringify(spec), id });
  }
  override toString = () => `generate(${GENERATIONS[this.which]!.model}${this.key ? `, key ${this.key}` : ''})`;
}

class Get extends Step {
  constructor(readonly pick: number) {
    super();
  }
  override check = (model: Readonly<Model>) => model.generations.size > 0;
  override async step(model: Model, real: Real) {
    const id = [...model.generations.keys()][this.pick % model.generations.size]!;
    const { json } = await call(real.sandbox, 'GET', `/v1/content/${id}`);
    observe(model, id, json.data.generation_status);
    if (json.data.generation_status !== 'succeeded' || json.data.generation_removed) expect(json.data.generation_output_file).toBeNull();
    if (RANK[json.data.generation_status as Status] < 2) expect(json.data.generation_provider_used).toBeNull();
  }
  override toString = () => `get(#${this.pick})`;
}

class List extends Step {
  override check = () => true;
  override async step(model: Model, real: Real) {
    const { json } = await call(real.sandbox, 'GET', '/v1/content/list?limit=100');
    expect(json.total).toBe(model.generations.size + model.seeded);
    const listed = new Map<string, Status>(json.data.generations.map((g: any) => [g.generation_id, g.generation_status]));
    for (const id of model.generations.keys()) {
      expect(listed.has(id), id).toBe(true);
      observe(model, id, listed.get(id)!);
    }
  }
  override toString = () => 'list';
}

class Cancel extends Step {
  constructor(readonly pick: number) {
    super();
  }
  override check = (model: Readonly<Model>) => model.generations.size > 0;
  override async step(model: Model, real: Real) {
    const id = [...model.generations.keys()][this.pick % model.generations.size]!;
    const before = (await call(real.sandbox, 'GET', `/v1/content/${id}`)).json.data.generation_status as Status;
    observe(model, id, before);
    const balance = await balanceOf(real);
    const answer = await call(real.sandbox, 'POST', `/v1/content/generation/cancel/${id}`);
    if (terminal(before)) {
      expect(answer.status).toBe(400);
      expect(answer.json.error.details.generation_status).toBe(before);
      expect(await balanceOf(real)).toBe(balance);
    } else {
      expect(answer.json.data).toMatchObject({ generation_status: 'canceled', credits_refunded: true });
      // The refund the answer claims is there: the balance is up by exactly what the generation cost.
      expect(await balanceOf(real)).toBe(credits(balance + model.watched.get(id)!.cost));
    }
  }
  override toString = () => `cancel(#${this.pick})`;
}

class Delete extends Step {
  constructor(readonly pick: number) {
    super();
  }
  override check = (model: Readonly<Model>) => model.generations.size > 0;
  override async step(model: Model, real: Real) {
    const id = [...model.generations.keys()][this.pick % model.generations.size]!;
    const answer = await call(real.sandbox, 'DELETE', `/v1/content/${id}`);
    expect(answer.json.data.generation_id).toBe(id);
    expect((await call(real.sandbox, 'GET', `/v1/content/${id}`)).json.data).toMatchObject({
      generation_removed: true,
      generation_output_file: null,
    });
  }
  override toString = () => `delete(#${this.pick})`;
}

class Advance extends Step {
  constructor(readonly ms: number) {
    super();
  }
  override check = () => true;
  override async step(_model: Model, real: Real) {
    real.sandbox.clock.advance(this.ms);
  }
  override toString = () => `advance(${this.ms})`;
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
        const sandbox = testSandbox({ startingBalance: STARTING_BALANCE, rateLimit: false, maxInFlight: MAX_IN_FLIGHT });
        const usage = (await call(sandbox, 'GET', '/v1/usage')).json.data;
        const model: Model = {
          generations: new Map(),
          keys: new Map(),
          seeded: SEEDED,
          watched: new Map(),
          balance: STARTING_BALANCE,
          usageGenerations: usage.usage_total_generations,
          estimatedCost: usage.usage_total_estimated_cost,
        };
        try {
          // The seeded generations in flight are watched from the start, before any clock jump ends them.
          await reconcile(model, { sandbox });
          expect(model.watched.size).toBe(SEEDED);
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
