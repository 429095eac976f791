// What handlers and the control API reach of the engine (defined here so neither imports engine.ts).
import type { Catalog, MediaKind } from './catalog.ts';
import type { SandboxClock } from './clock.ts';
import type { RateLimiter } from './protocol/rate-limit.ts';
import type { OperationSpec } from './spec.ts';
import type { Account, Store, StoredGeneration } from './store.ts';
import type { SpecValidator } from './validation.ts';
import type { WebhookEndpoint, WebhookSender } from './webhooks.ts';

export interface SubmitOptions {
  /** trigger: `start` moves the generation to processing at once, `finish` runs its whole timeline now. */
  instant?: 'start' | 'finish';
  /** trigger generation.failed: every provider fails. */
  failAll?: boolean;
}

export interface EngineCore {
  clock: SandboxClock;
  store: Store;
  catalog: Catalog;
  validator: SpecValidator;
  operations: OperationSpec[];
  rateLimiter: RateLimiter;
  webhooks: WebhookSender;
  speed: number;
  thresholds: readonly number[];
  /** Global scenario state (per-key state lives on the account). */
  scenarios: { failNext: number; downProviders: Set<string> };
  globalWebhook: WebhookEndpoint | undefined;
  log: (line: string) => void;
  /** Sends (or logs) an event about the account to its webhook endpoint. */
  emit(account: Account, event: string, data: Record<string, unknown>, at: number): void;
  /** Sends an event about the account to its webhook endpoint (or the global one); a body that breaks the spec throws WebhookPayloadError. */
  deliver(account: Account, event: string, data: Record<string, unknown>, at: number): void;
  /** Changes the balance; a fall below a threshold sends credits.low_balance. */
  adjustBalance(account: Account, delta: number, at: number): void;
  /** Checks a generation (its body already valid against the spec) against the catalog, charges it and starts its timeline. */
  submitGeneration(
    account: Account,
    kind: MediaKind,
    model: string,
    body: Record<string, unknown>,
    origin: string,
    options?: SubmitOptions,
  ): StoredGeneration;
  cancel(account: Account, stored: StoredGeneration): void;
  /** Runs due transitions of one generation and schedules the next. */
  track(account: Account, stored: StoredGeneration): void;
}

export interface HandlerContext {
  engine: EngineCore;
  account: Account;
  operation: OperationSpec;
  path: Record<string, string>;
  query: Record<string, unknown>;
  body: Record<string, unknown> | undefined;
  now: number;
  /** Origin of the request (the sandbox as the client sees it), for media URLs. */
  origin: string;
}

export interface HandlerResult {
  data: unknown;
  /** Fields next to `data` (the list's total, limit, offset). */
  extra?: Record<string, unknown>;
  headers?: Record<string, string>;
  /** A success body other than the envelope around `data` (idempotent replays). */
  rawBody?: Record<string, unknown>;
  /** The generation a generate call created (kept with an Idempotency-Key). */
  generationId?: string;
}

export type Handler = (context: HandlerContext) => HandlerResult;
