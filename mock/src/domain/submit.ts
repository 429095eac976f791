// Submitting a generation: the checks the API makes after the request schema (model, prompt
// markers, catalog, provider order, price, slots, balance), then the debit and the planned timeline.
import type { SandboxClock } from '../clock.ts';
import { errors, violationError } from '../protocol/envelope.ts';
import { roundCredits } from '../random.ts';
import { promptOutcomes } from '../scenarios.ts';
import { type Catalog, checkAgainstModel, type MediaKind, resolveProviderOrder } from './catalog.ts';
import { planGeneration } from './lifecycle.ts';
import { type Account, inFlight, type StoredGeneration } from './model.ts';
import { isViolation, quote } from './pricing.ts';
import { newGenerationRecord } from './record.ts';

/** What a submission reads and calls of the sandbox's core (core.ts). */
export interface SubmitContext {
  clock: SandboxClock;
  catalog: Catalog;
  speed: number;
  /** The next generation's multiplier of its model's durations. */
  durationFactor: () => number;
  scenarios: { failNext: number; downProviders: Set<string> };
  adjustBalance(account: Account, delta: number, at: number): void;
  track(account: Account, stored: StoredGeneration): void;
}

export interface SubmitOptions {
  /** trigger: `start` moves the generation to processing at once, `finish` runs its whole timeline now. */
  instant?: 'start' | 'finish';
  /** trigger generation.failed: every provider fails. */
  failAll?: boolean;
}

/** Checks a generation (its body already valid against the spec), charges it and starts its timeline. */
export function submitGeneration(
  core: SubmitContext,
  account: Account,
  kind: MediaKind,
  modelId: string,
  body: Record<string, unknown>,
  mediaOrigin: string,
  submit: SubmitOptions = {},
): StoredGeneration {
  const model = core.catalog.find(modelId);
  if (!model) throw errors.modelNotFound(modelId);
  const outcomes = promptOutcomes(String(body.generation_prompt));
  if (outcomes.has('reject')) throw errors.contentPolicy();
  const problem = checkAgainstModel(model, kind, body);
  if (problem) throw violationError(problem);
  const providers = resolveProviderOrder(model, kind, body.generation_provider_order as string | undefined);
  if (isViolation(providers)) throw violationError(providers);
  const price = quote(model, {
    duration: body.generation_duration as number | undefined,
    resolution: body.generation_resolution as string | undefined,
    audio: body.generation_generate_audio as boolean | undefined,
  });
  if (isViolation(price)) throw violationError(price);
  const outputNumber = (body.generation_output_number as number | undefined) ?? 1;
  const cost = roundCredits(price.costPerGeneration * outputNumber);
  if (inFlight(account) >= account.maxInFlight) throw errors.concurrencyLimited(account.maxInFlight);
  if (account.balance < cost) throw errors.insufficientCredits(cost, account.balance);

  const now = core.clock.now();
  const plan = planGeneration({
    model,
    providers,
    outcomes,
    failAll: takeFailure(core, account, submit.failAll === true),
    downProviders: core.scenarios.downProviders,
    now,
    speed: submit.instant === 'finish' ? Number.POSITIVE_INFINITY : core.speed,
    skipQueue: submit.instant === 'start',
    durationFactor: core.durationFactor(),
  });
  const record = newGenerationRecord({ account, model, kind, body, price, providers, outputNumber, plan, now });
  const stored: StoredGeneration = { record, kind, cost, refunded: false, plan, seq: account.nextSeq++, mediaOrigin };
  account.generations[record.generation_id] = stored;
  account.usage.generations++;
  if (cost > 0) core.adjustBalance(account, -cost, now);
  core.track(account, stored);
  return stored;
}

/** Whether this generation fails on every provider: asked for, or a pending fail-next (the key's first). */
function takeFailure(core: SubmitContext, account: Account, asked: boolean): boolean {
  if (asked) return true;
  if (account.failNext > 0) {
    account.failNext--;
    return true;
  }
  if (core.scenarios.failNext > 0) {
    core.scenarios.failNext--;
    return true;
  }
  return false;
}
