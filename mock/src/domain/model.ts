// The sandbox's state as plain data (so --state can save it as JSON): accounts, their generations
// and the timeline each generation follows. Types only: the store, the lifecycle and the pipeline
// all read them, and none of those import each other for it.
import type { components } from '../../../generated/babysea.d.ts';
import type { JsonObject } from '../spec.ts';
import type { MediaKind } from './catalog.ts';

/** A generation as the API shows it (the spec's `Generation`). */
export type GenerationRecord = JsonObject & {
  account_id: string;
  generation_id: string;
  generation_status: components['schemas']['GenerationStatus'];
};

/** A provider's failure, as the spec's ProviderError types it. */
export type ProviderErrorInfo = components['schemas']['ProviderError'];

export interface PlannedAttempt {
  provider: string;
  predictionId: string;
  startAt: number;
  endAt: number;
  error?: ProviderErrorInfo;
}

/** A generation's whole timeline, planned when it is submitted. */
export interface LifecyclePlan {
  processingAt: number;
  endAt: number;
  outcome: 'succeeded' | 'failed';
  failure?: { code: string; message: string };
  attempts: PlannedAttempt[];
}

export interface StoredGeneration {
  record: GenerationRecord;
  kind: MediaKind;
  /** What was debited; refunded on cancel and on failure. */
  cost: number;
  refunded: boolean;
  /** The timeline the generation follows; null once it can no longer move (a terminal record). */
  plan: LifecyclePlan | null;
  /** Creation order, for the list (newest first). */
  seq: number;
  /** Base URL of its output files (--public-url, else the origin it was submitted to). */
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
  /** Generations allowed in flight at once (429 BSE1009 past it). */
  maxInFlight: number;
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

/** A plan's usual cap on generations in flight (--max-in-flight changes it). */
export const DEFAULT_MAX_IN_FLIGHT = 10;

const TERMINAL = new Set(['succeeded', 'failed', 'canceled']);
export const isTerminal = (status: string) => TERMINAL.has(status);

/** The account's generations that hold a slot: submitted and not yet succeeded, failed or canceled. */
export function inFlight(account: Account): number {
  let count = 0;
  for (const stored of Object.values(account.generations)) if (!isTerminal(stored.record.generation_status)) count++;
  return count;
}
