// What the control API shows of an account and a generation (GET /__sandbox/accounts,
// /__sandbox/generations, the dashboard): the key only as a hint, the limits a client runs into.
import { type Account, inFlight, isTerminal, type StoredGeneration } from '../domain/model.ts';
import { keyHint } from '../key-hint.ts';
import { SCENARIOS } from '../scenarios.ts';

export function accountView(account: Account) {
  const scenario = SCENARIOS.find((s) => s.kind === 'api-key' && s.value === account.apiKey);
  return {
    key_hint: keyHint(account.apiKey),
    /** The magic key's row of the scenarios table (magic keys are public values). */
    scenario: scenario ? { value: scenario.value, effect: scenario.effect } : null,
    balance: account.balance,
    scopes: account.scopes,
    generations: Object.keys(account.generations).length,
    in_flight: inFlight(account),
    max_in_flight: account.maxInFlight,
    webhook: account.webhook?.url ?? null,
  };
}

export function generationView(account: Account, stored: StoredGeneration) {
  const record = stored.record;
  return {
    key_hint: keyHint(account.apiKey),
    generation_id: record.generation_id,
    kind: stored.kind,
    model_identifier: record.model_identifier,
    generation_prompt: record.generation_prompt,
    generation_status: record.generation_status,
    generation_created_at: record.generation_created_at,
    generation_completed_at: record.generation_completed_at ?? null,
    generation_output_file: record.generation_output_file ?? null,
    generation_error_code: record.generation_error_code ?? null,
    cost: stored.cost,
    /** When the generation's timeline ends on the sandbox clock (ms), while it is in flight. */
    ends_at_ms: stored.plan && !isTerminal(record.generation_status) ? stored.plan.endAt : null,
  };
}
