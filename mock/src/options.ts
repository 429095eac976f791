// The sandbox's public shape: what createSandbox takes (SandboxOptions), what it returns
// (Sandbox) and what --state saves (SandboxState).
import type { ChaosOptions } from './chaos.ts';
import type { ClockMode, SandboxClock } from './clock.ts';
import type { StoreSnapshot } from './domain/model.ts';
import type { Store } from './domain/store.ts';
import type { RequestLogEntry } from './request-log.ts';
import type { OpenApiDocument } from './spec.ts';
import type { Delivery, WebhookEndpoint } from './webhooks.ts';

export interface SandboxOptions {
  /** `real` (default): time follows the wall clock; `manual`: it moves only with `clock.advance(ms)`. */
  clock?: ClockMode;
  /** Runs generations this many times faster than usual (default 1; 10 turns 30 s into 3 s). */
  speed?: number;
  /** Credit balance of a new account (default: the spec's billing example, 184.25). */
  startingBalance?: number;
  /** Balances under which credits.low_balance fires (default 1 and 0.5). */
  lowBalanceThresholds?: number[];
  /** Requests per window and key (default 60 a minute); `false` turns the limit off. */
  rateLimit?: { limit: number; windowMs?: number } | false;
  /**
   * What a request or answer that breaks the spec does: `log` (default) prints it loudly, `throw`
   * makes `handle()` reject (tests), `off` ignores it.
   */
  validate?: 'throw' | 'log' | 'off';
  /** Where every account's events go, unless an account sets its own (POST /__sandbox/webhooks). */
  webhook?: WebhookEndpoint;
  /** Waits before each webhook retry, in ms (default 1000, 2000, 4000, 8000, 16000). */
  webhookRetryDelaysMs?: number[];
  webhookTimeoutMs?: number;
  /** Seed of the chaos generator (default 1). */
  seed?: number;
  chaos?: ChaosOptions;
  /** The fetch webhooks are sent with (default: the global one). */
  fetch?: typeof fetch;
  /** Where the sandbox writes what it has to say (default console.error). */
  logger?: (line: string) => void;
  /** State saved by `sandbox.state()` (the Node server's --state file). */
  initialState?: SandboxState;
  /** The sandbox's own URL, when a server serves it (sandbox.url; media URLs of `trigger()` calls made in-process). Media URLs of API calls use the request's origin, as the client sees the sandbox. */
  url?: string;
  /** Generations in flight an account allows at once (default 10); past it, 429 BSE1009. Per key: the set-max-in-flight scenario. */
  maxInFlight?: number;
  /** Keep every generation to its model's usual durations (default false: each varies by up to ±20 %, drawn from `seed`). */
  exactDurations?: boolean;
  /** The base of the output URLs handed out (default: the origin the client called), e.g. an https:// tunnel in front of the sandbox. */
  publicUrl?: string;
  /** false: accounts start without the spec's example generations (default true). */
  exampleGenerations?: boolean;
  /** Advanced: another OpenAPI document (tests of the handler check). */
  spec?: OpenApiDocument;
}

export interface SandboxState extends StoreSnapshot {
  clockOffset: number;
  failNext: number;
  downProviders: string[];
}

export interface Sandbox {
  /** Answers one request, as the API would. A chaos reset rejects with a TypeError, as fetch does. */
  handle(request: Request): Promise<Response>;
  clock: SandboxClock;
  store: Store;
  deliveries: {
    list(): Delivery[];
    get(deliveryId: string): Delivery | undefined;
    replay(deliveryId: string): Promise<Delivery | undefined>;
    /** Resolves once every webhook queued so far had its first attempt. */
    settled(): Promise<void>;
  };
  /** The sandbox's URL when a server serves it. */
  url?: string;
  /** The last 500 API requests, newest first. */
  requests(): RequestLogEntry[];
  /** Runs a control scenario (the same as POST /__sandbox/scenarios/<name>). */
  scenario(name: string, body?: Record<string, unknown>): Promise<unknown>;
  /** Causes a webhook event (the same as POST /__sandbox/trigger); resolves after the first delivery attempts. */
  trigger(event: string, options?: { key?: string; overrides?: Record<string, unknown> }): Promise<unknown>;
  /** Everything --state saves. */
  state(): SandboxState;
  close(): Promise<void>;
}
