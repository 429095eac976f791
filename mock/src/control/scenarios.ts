// The control scenarios of scenarios.json (POST /__sandbox/scenarios/<name>): each row's behaviour
// is one entry of CONTROL_BEHAVIOUR, keyed by the row's value, so a row without behaviour (or
// behaviour without a row) fails the scenarios test.
import type { SandboxCore } from '../domain/core.ts';
import { inFlight } from '../domain/model.ts';
import { ApiError, errors, SANDBOX_NOT_FOUND } from '../protocol/envelope.ts';
import { CONTROL_SCENARIOS } from '../scenarios.ts';

export interface ScenarioInput {
  body: Record<string, unknown>;
  /** The key the call names (its `key` field or its Authorization header). */
  key: string | undefined;
  now: number;
}

type Behaviour = (core: SandboxCore, input: ScenarioInput) => Record<string, unknown>;

const requireKey = (key: string | undefined, example: string): string => {
  if (!key) throw errors.badRequest('key', `Name the API key: ${example}.`);
  return key;
};

export const CONTROL_BEHAVIOUR: Record<string, Behaviour> = {
  'fail-next': (core, { body, key }) => {
    const count = body.count === undefined ? 1 : Number(body.count);
    if (!Number.isInteger(count) || count < 0) throw errors.badRequest('count', 'count must be an integer ≥ 0.');
    if (key) core.store.account(key).failNext += count;
    else core.scenarios.failNext += count;
    return { key: key ?? null, count };
  },
  'provider-down': (core, { body }) => {
    if (typeof body.provider !== 'string') throw errors.badRequest('provider', 'Name the provider, e.g. { "provider": "fal" }.');
    core.scenarios.downProviders.add(body.provider);
    return { down: [...core.scenarios.downProviders] };
  },
  'provider-up': (core, { body }) => {
    if (typeof body.provider === 'string') core.scenarios.downProviders.delete(body.provider);
    else core.scenarios.downProviders.clear();
    return { down: [...core.scenarios.downProviders] };
  },
  'rate-limit-now': (core, { key, now }) => {
    const named = requireKey(key, 'to rate limit: { "key": "bye_…" }');
    core.rateLimiter.drain(named, now);
    return { key: named };
  },
  'set-max-in-flight': (core, { body, key }) => {
    const named = requireKey(key, '{ "key": "bye_…", "max_in_flight": 2 }');
    const max = Number(body.max_in_flight);
    if (!Number.isInteger(max) || max < 1) throw errors.badRequest('max_in_flight', 'max_in_flight must be an integer ≥ 1.');
    const account = core.store.account(named);
    account.maxInFlight = max;
    return { key: named, max_in_flight: max, in_flight: inFlight(account) };
  },
  'set-balance': (core, { body, key, now }) => {
    const named = requireKey(key, '{ "key": "bye_…", "balance": 0.4 }');
    const balance = Number(body.balance);
    if (!Number.isFinite(balance)) throw errors.badRequest('balance', 'balance must be a number.');
    const account = core.store.account(named);
    core.adjustBalance(account, balance - account.balance, now);
    return { key: named, balance: account.balance };
  },
};

export function runScenario(core: SandboxCore, name: string, input: ScenarioInput): Record<string, unknown> {
  const behaviour = Object.hasOwn(CONTROL_BEHAVIOUR, name) ? CONTROL_BEHAVIOUR[name] : undefined;
  if (!behaviour || !CONTROL_SCENARIOS.includes(name)) {
    throw new ApiError(
      404,
      SANDBOX_NOT_FOUND,
      'scenario_not_found',
      `No scenario "${name}"; the scenarios are ${CONTROL_SCENARIOS.join(', ')}.`,
      {
        details: { field: 'scenario', allowed: CONTROL_SCENARIOS },
      },
    );
  }
  return { scenario: name, ...behaviour(core, input) };
}
