// The sandbox's state: one account per API key, created on first use and seeded from the spec's
// named examples (so the reference and the sandbox show the same records), its generations, and
// the counters that usage and billing are derived from. Plain data, so --state can save it as JSON.
import type { components } from '../../generated/babysea.d.ts';
import type { MediaKind } from './catalog.ts';
import type { LifecyclePlan } from './lifecycle.ts';
import { roundCredits } from './random.ts';
import { keyEffect } from './scenarios.ts';
import { type JsonObject, namedExample, type OperationSpec, scopePresets } from './spec.ts';

/** A generation as the API shows it (the spec's `Generation`). */
export type GenerationRecord = JsonObject & {
  account_id: string;
  generation_id: string;
  generation_status: components['schemas']['GenerationStatus'];
};

export interface StoredGeneration {
  record: GenerationRecord;
  kind: MediaKind;
  /** What was debited; refunded on cancel and on failure. */
  cost: number;
  refunded: boolean;
  /** The timeline the generation follows; null for the seeded example records, which stay as they are. */
  plan: LifecyclePlan | null;
  /** Creation order, for the list (newest first). */
  seq: number;
  /** Origin of the API the generation was submitted to, for its media URLs. */
  mediaOrigin: string;
}

export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: JsonObject;
}

export interface IdempotencyEntry {
  fingerprint: string;
  state: 'in-flight' | 'done';
  response?: StoredResponse;
  generationId?: string;
  expiresAt: number;
}

/** The usage counters, as the spec's UsageEndpoint and UsageProvider schemas type them. */
export type UsageEndpointCounters = components['schemas']['UsageEndpoint'];
export type UsageProviderCounters = components['schemas']['UsageProvider'];

export interface Account {
  apiKey: string;
  scopes: string[];
  /** A magic key that every request rejects with 401 BSE1002. */
  invalid: boolean;
  /** Generations allowed in flight (BSE1009 past it); undefined = no cap. */
  maxInFlight: number | undefined;
  balance: number;
  status: JsonObject;
  account: JsonObject;
  billing: JsonObject;
  usage: {
    endpoints: UsageEndpointCounters[];
    providers: UsageProviderCounters[];
    requests: { total: number; success: number; clientErrors: number; serverErrors: number };
    generations: number;
    submissions: number;
    estimatedCost: number;
  };
  generations: Record<string, StoredGeneration>;
  nextSeq: number;
  idempotency: Record<string, IdempotencyEntry>;
  webhook: { url: string; secret: string } | undefined;
  /** Low-balance thresholds already crossed (re-armed when the balance rises above them again). */
  thresholdsCrossed: number[];
  failNext: number;
}

export interface StoreSnapshot {
  version: 1;
  accounts: Account[];
}

export interface StoreOptions {
  operations: OperationSpec[];
  startingBalance: number;
  /** Low-balance alert thresholds; those above the starting balance count as already crossed. */
  thresholds: readonly number[];
  now: () => number;
}

export class Store {
  readonly #options: StoreOptions;
  #accounts = new Map<string, Account>();

  constructor(options: StoreOptions) {
    this.#options = options;
  }

  /** The key's account, created and seeded on first use. */
  account(apiKey: string): Account {
    let account = this.#accounts.get(apiKey);
    if (!account) {
      account = this.#seed(apiKey);
      this.#accounts.set(apiKey, account);
    }
    return account;
  }

  peek(apiKey: string): Account | undefined {
    return this.#accounts.get(apiKey);
  }

  accounts(): Account[] {
    return [...this.#accounts.values()];
  }

  /** Forgets one key's account (or all of them): the next request starts from the seed again. */
  reset(apiKey?: string): void {
    if (apiKey === undefined) this.#accounts.clear();
    else this.#accounts.delete(apiKey);
  }

  /** A generation by id, whichever account holds it (media URLs carry no key). */
  findGeneration(generationId: string): StoredGeneration | undefined {
    for (const account of this.#accounts.values()) {
      const found = account.generations[generationId];
      if (found) return found;
    }
    return undefined;
  }

  /** The account's generations, newest first. */
  listGenerations(account: Account): StoredGeneration[] {
    return Object.values(account.generations).sort((a, b) => b.seq - a.seq);
  }

  snapshot(): StoreSnapshot {
    return structuredClone({ version: 1, accounts: [...this.#accounts.values()] });
  }

  restore(snapshot: StoreSnapshot): void {
    if (snapshot?.version !== 1 || !Array.isArray(snapshot.accounts)) throw new Error('Not a sandbox state snapshot (version 1).');
    this.#accounts = new Map(structuredClone(snapshot.accounts).map((a) => [a.apiKey, a]));
  }

  #seed(apiKey: string): Account {
    const { operations } = this.#options;
    const example = (operationId: string, name: string) => namedExample(operations, operationId, '200', name).data as JsonObject;
    const effect = keyEffect(apiKey) ?? {};
    const presets = scopePresets();
    const scopes = presets[effect.preset ?? 'full_access'] ?? presets.full_access!;
    const nowIso = new Date(this.#options.now()).toISOString();
    const balance = roundCredits(effect.balance ?? this.#options.startingBalance);

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
      thresholdsCrossed: this.#options.thresholds.filter((t) => balance < t),
      failNext: 0,
    };
  }
}

/** Counts one answered API request into the account's usage. */
export function countRequest(account: Account, endpoint: string, status: number, code: string | undefined): void {
  const usage = account.usage;
  let counters = usage.endpoints.find((e) => e.endpoint === endpoint);
  if (!counters) {
    counters = { endpoint, total_requests: 0, success_count: 0, client_error_count: 0, server_error_count: 0, error_codes: {} };
    usage.endpoints.push(counters);
  }
  counters.total_requests++;
  usage.requests.total++;
  if (status < 400) {
    counters.success_count++;
    usage.requests.success++;
  } else if (status < 500) {
    counters.client_error_count++;
    usage.requests.clientErrors++;
  } else {
    counters.server_error_count++;
    usage.requests.serverErrors++;
  }
  if (code) counters.error_codes[code] = (counters.error_codes[code] ?? 0) + 1;
}

export type SubmissionOutcome = 'used' | 'failed' | 'cancelled' | 'discarded';

/** Counts one provider submission into the account's usage; `cost` is what it cost (wasted unless used). */
export function countSubmission(account: Account, provider: string, outcome: SubmissionOutcome, cost: number): void {
  const usage = account.usage;
  let counters = usage.providers.find((p) => p.provider === provider);
  if (!counters) {
    counters = {
      provider,
      total_submissions: 0,
      used_count: 0,
      cancelled_count: 0,
      discarded_count: 0,
      failed_count: 0,
      total_estimated_cost: 0,
      wasted_estimated_cost: 0,
    };
    usage.providers.push(counters);
  }
  counters.total_submissions++;
  usage.submissions++;
  counters[`${outcome}_count`]++;
  counters.total_estimated_cost = roundCredits(counters.total_estimated_cost + cost);
  if (outcome !== 'used') counters.wasted_estimated_cost = roundCredits(counters.wasted_estimated_cost + cost);
}
