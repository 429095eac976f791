// A new account, seeded from the spec's named examples, so the API reference and the sandbox show
// the same account, billing, usage and example generations. A magic key (scenarios.json) changes
// its scopes, balance or limits. The example generations (with the spec's ids) obey the rules of
// new ones: finished ones keep their dates (their outputs served here), the pending and processing
// ones start now on a timeline of their own (with a price that a cancel refunds), and only while
// they leave one slot of the account's in-flight cap free.

import { type ApiKeyScopePreset, scopePresets } from '../../../generated/constraints.ts';
import type { SandboxClock } from '../clock.ts';
import { roundCredits } from '../random.ts';
import { keyEffect } from '../scenarios.ts';
import { type JsonObject, namedExample, type OperationSpec } from '../spec.ts';
import type { Catalog } from './catalog.ts';
import { planGeneration } from './lifecycle.ts';
import { outputUrls } from './media-urls.ts';
import {
  type Account,
  type GenerationRecord,
  isTerminal,
  type StoredGeneration,
  type UsageEndpointCounters,
  type UsageProviderCounters,
} from './model.ts';
import { isViolation, quote } from './pricing.ts';

export interface SeedOptions {
  operations: OperationSpec[];
  catalog: Catalog;
  clock: SandboxClock;
  startingBalance: number;
  /** Low-balance alert thresholds; those above the starting balance count as already crossed. */
  thresholds: readonly number[];
  /** Generations in flight an account allows, unless its magic key says otherwise. */
  maxInFlight: number;
  /** false (--empty): accounts start without example generations. */
  exampleGenerations: boolean;
  speed: number;
  durationFactor: () => number;
}

export function seedAccount(options: SeedOptions, apiKey: string, mediaOrigin: string, examples = true): Account {
  const { operations } = options;
  const example = (operationId: string, name: string) => namedExample(operations, operationId, '200', name).data as JsonObject;
  const effect = keyEffect(apiKey) ?? {};
  const scopes = [...(scopePresets[(effect.preset ?? 'full_access') as ApiKeyScopePreset] ?? scopePresets.full_access)];
  const nowIso = new Date(options.clock.now()).toISOString();
  const balance = roundCredits(effect.balance ?? options.startingBalance);

  const status = example('status', 'active');
  status.apikey_prefix = apiKey.slice(0, 8);
  status.apikey_name = effect.preset ? `Sandbox key (${effect.preset})` : 'Sandbox key';
  const usage = example('usage', 'last30Days');
  const account: Account = {
    apiKey,
    scopes,
    invalid: effect.invalid === true,
    maxInFlight: effect.maxInFlight ?? options.maxInFlight,
    balance,
    status,
    account: example('account', 'team'),
    billing: { ...example('billing', 'subscribed'), billing_credit_balance: balance, billing_updated_at: nowIso },
    usage: {
      endpoints: structuredClone(usage.usage_endpoints as UsageEndpointCounters[]),
      providers: structuredClone(usage.usage_providers as UsageProviderCounters[]),
      requests: {
        total: usage.usage_total_requests as number,
        success: usage.usage_total_success as number,
        clientErrors: usage.usage_total_client_errors as number,
        serverErrors: usage.usage_total_server_errors as number,
      },
      generations: usage.usage_total_generations as number,
      submissions: usage.usage_total_provider_submissions as number,
      estimatedCost: usage.usage_total_estimated_cost as number,
    },
    generations: {},
    nextSeq: 0,
    idempotency: {},
    webhook: undefined,
    thresholdsCrossed: options.thresholds.filter((t) => balance < t),
    failNext: 0,
  };
  if (options.exampleGenerations && examples) seedGenerations(options, account, mediaOrigin);
  return account;
}

/** Every named example of GET /v1/content/{id} becomes a record of the account, oldest first. */
function seedGenerations(options: SeedOptions, account: Account, mediaOrigin: string): void {
  const named = Object.keys(options.operations.find((op) => op.operationId === 'getGeneration')?.responses['200']?.examples ?? {});
  const records = named.map((name) => namedExample(options.operations, 'getGeneration', '200', name).data as GenerationRecord);
  records.sort((a, b) => String(a.generation_created_at).localeCompare(String(b.generation_created_at)));
  let running = 0;
  for (const record of records) {
    const kind = record.generation_duration === undefined ? 'image' : 'video';
    const stored: StoredGeneration = { record, kind, cost: 0, refunded: false, plan: null, seq: 0, mediaOrigin };
    if (!isTerminal(record.generation_status)) {
      // The account's own work must still fit: a seeded generation never takes the last slot.
      if (running + 1 >= account.maxInFlight || !restart(options, stored)) continue;
      running++;
    } else if (record.generation_status === 'succeeded' && !record.generation_removed) {
      record.generation_output_file = outputUrls(stored);
    }
    stored.seq = account.nextSeq++;
    account.generations[record.generation_id] = stored;
  }
}

/** A pending or processing example, started now on its own timeline with its price; false if its model is unknown. */
function restart(options: SeedOptions, stored: StoredGeneration): boolean {
  const record = stored.record;
  const model = options.catalog.find(String(record.model_identifier));
  const price =
    model &&
    quote(model, {
      duration: record.generation_duration as number | undefined,
      resolution: record.generation_resolution as string | undefined,
      audio: record.generation_generate_audio as boolean | undefined,
    });
  if (!model || !price || isViolation(price)) return false;
  const now = options.clock.now();
  const processing = record.generation_status === 'processing';
  const plan = planGeneration({
    model,
    providers: (record.generation_provider_order as string[] | undefined) ?? [...model.model_supported_provider],
    outcomes: new Set(),
    failAll: false,
    downProviders: new Set(),
    now,
    speed: options.speed,
    skipQueue: processing,
    durationFactor: options.durationFactor(),
  });
  Object.assign(record, {
    generation_prediction_id: plan.attempts[0]!.predictionId,
    generation_provider_used: null,
    generation_created_at: new Date(now).toISOString(),
    generation_started_at: processing ? new Date(now).toISOString() : null,
  });
  stored.plan = plan;
  stored.cost = roundCredits(price.costPerGeneration * ((record.generation_output_number as number | undefined) ?? 1));
  return true;
}
