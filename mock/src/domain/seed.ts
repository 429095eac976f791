// A new account, seeded from the spec's named examples, so the API reference and the sandbox show
// the same account, billing, usage and example generations. A magic key (scenarios.json) changes
// its scopes, balance or limits.
import { roundCredits } from '../random.ts';
import { keyEffect } from '../scenarios.ts';
import { type JsonObject, namedExample, type OperationSpec, scopePresets } from '../spec.ts';
import type { Account, GenerationRecord, StoredGeneration, UsageEndpointCounters, UsageProviderCounters } from './model.ts';

export interface SeedOptions {
  operations: OperationSpec[];
  startingBalance: number;
  /** Low-balance alert thresholds; those above the starting balance count as already crossed. */
  thresholds: readonly number[];
  now: () => number;
}

export function seedAccount(options: SeedOptions, apiKey: string): Account {
  const { operations } = options;
  const example = (operationId: string, name: string) => namedExample(operations, operationId, '200', name).data as JsonObject;
  const effect = keyEffect(apiKey) ?? {};
  const presets = scopePresets();
  const scopes = presets[effect.preset ?? 'full_access'] ?? presets.full_access!;
  const nowIso = new Date(options.now()).toISOString();
  const balance = roundCredits(effect.balance ?? options.startingBalance);

  const status = example('status', 'active');
  status.apikey_prefix = apiKey.slice(0, 8);
  status.apikey_name = effect.preset ? `Sandbox key (${effect.preset})` : 'Sandbox key';
  const account = example('account', 'team');
  const billing = example('billing', 'subscribed');
  const usage = example('usage', 'last30Days');

  const generations: Record<string, StoredGeneration> = {};
  let seq = 0;
  // Every named example of GET /v1/content/{id} is a record of the account, oldest first.
  const named = Object.keys(operations.find((op) => op.operationId === 'getGeneration')?.responses['200']?.examples ?? {});
  const records = named.map((name) => example('getGeneration', name) as GenerationRecord);
  records.sort((a, b) => String(a.generation_created_at).localeCompare(String(b.generation_created_at)));
  for (const record of records) {
    generations[record.generation_id] = {
      record,
      kind: record.generation_duration === undefined ? 'image' : 'video',
      cost: 0,
      refunded: false,
      plan: null,
      seq: seq++,
      mediaOrigin: '',
    };
  }
  return {
    apiKey,
    scopes,
    invalid: effect.invalid === true,
    maxInFlight: effect.maxInFlight,
    balance,
    status,
    account,
    billing: { ...billing, billing_credit_balance: balance, billing_updated_at: nowIso },
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
    generations,
    nextSeq: seq,
    idempotency: {},
    webhook: undefined,
    thresholdsCrossed: options.thresholds.filter((t) => balance < t),
    failNext: 0,
  };
}
