// The sandbox's core: its state (clock, store, catalog) and the operations that change it, shared
// by the API handlers, the control API and the timers that move generations. Events about an
// account go to its webhook endpoint (or the global one) through the WebhookSender.
import type { SandboxClock } from '../clock.ts';
import { keyHint } from '../key-hint.ts';
import type { RateLimiter } from '../protocol/rate-limit.ts';
import type { OperationSpec } from '../spec.ts';
import type { SpecValidator } from '../validation.ts';
import { type WebhookEndpoint, WebhookPayloadError, type WebhookSender } from '../webhooks.ts';
import { adjustBalance } from './billing.ts';
import type { Catalog, MediaKind } from './catalog.ts';
import { advanceGeneration, cancelGeneration, type LifecycleHooks } from './lifecycle.ts';
import { outputUrls } from './media-urls.ts';
import type { Account, StoredGeneration } from './model.ts';
import { replanToEndNow } from './settle.ts';
import type { Store } from './store.ts';
import { type SubmitOptions, submitGeneration } from './submit.ts';

export type { SubmitOptions };

/** The sandbox's state, as the core is built with it. */
interface CoreState {
  clock: SandboxClock;
  store: Store;
  catalog: Catalog;
  validator: SpecValidator;
  operations: OperationSpec[];
  rateLimiter: RateLimiter;
  webhooks: WebhookSender;
  speed: number;
  /** The next generation's multiplier of its model's durations (1 under --exact-durations). */
  durationFactor: () => number;
  thresholds: readonly number[];
  /** Global scenario state (per-key state lives on the account). */
  scenarios: { failNext: number; downProviders: Set<string> };
  globalWebhook: WebhookEndpoint | undefined;
  log: (line: string) => void;
}

export interface SandboxCore extends CoreState {
  /** Sends (or logs) an event about the account; a body that breaks the spec is reported, not thrown. */
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
    mediaOrigin: string,
    options?: SubmitOptions,
  ): StoredGeneration;
  cancel(account: Account, stored: StoredGeneration): void;
  /** Ends a generation in flight now (the dashboard's buttons); false when its model is gone from the catalog. */
  settleNow(account: Account, stored: StoredGeneration, outcome: 'succeeded' | 'failed'): boolean;
  /** Starts moving every generation of an account (a new seeded one, or one restored by --state). */
  startTimelines(account: Account): void;
  /** Runs due transitions of one generation and schedules the next. */
  track(account: Account, stored: StoredGeneration): void;
}

export interface CoreOptions extends CoreState {
  /** An event that breaks the spec, sent from a timer where nobody could catch it. */
  reportViolation: (message: string) => void;
}

export function createCore({ reportViolation, ...state }: CoreOptions): SandboxCore {
  const core: SandboxCore = {
    ...state,

    deliver(account, event, data, at) {
      core.webhooks.send(event, data, at, account.webhook ?? core.globalWebhook, keyHint(account.apiKey));
    },

    emit(account, event, data, at) {
      try {
        core.deliver(account, event, data, at);
      } catch (error) {
        if (!(error instanceof WebhookPayloadError)) throw error;
        reportViolation(error.message);
      }
    },

    adjustBalance: (account, delta, at) => adjustBalance(account, delta, at, core.thresholds, core.emit),

    submitGeneration: (account, kind, modelId, body, mediaOrigin, options) =>
      submitGeneration(core, account, kind, modelId, body, mediaOrigin, options),

    settleNow(account, stored, outcome) {
      if (!replanToEndNow(core.catalog, stored, outcome, core.clock.now())) return false;
      core.track(account, stored);
      return true;
    },

    startTimelines(account) {
      for (const stored of Object.values(account.generations)) core.track(account, stored);
    },

    cancel(account, stored) {
      cancelGeneration(account, stored, hooks(account));
    },

    track(account, stored) {
      if (core.store.peek(account.apiKey) !== account) return;
      const next = advanceGeneration(account, stored, hooks(account));
      if (next !== undefined) core.clock.schedule(next, () => core.track(account, stored));
    },
  };

  function hooks(account: Account): LifecycleHooks {
    return {
      now: core.clock.now(),
      emit: (event, data, at) => core.emit(account, event, data, at),
      refund: (stored) => {
        if (!stored.refunded && stored.cost > 0) core.adjustBalance(account, stored.cost, core.clock.now());
        stored.refunded = true;
      },
      outputUrls: (stored) => outputUrls(stored),
    };
  }

  return core;
}
