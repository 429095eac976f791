// The sandbox: a function from a Web-standard Request to a Response (`handle`), over the state of
// domain/. The API routes run the pipeline of pipeline/ (one Hono middleware per step), the control
// routes are in control/. It imports nothing from Node: it runs in browsers (through the MSW
// adapter) as well as in the Node server of node/.
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { regions } from '../../generated/constraints.ts';
import type { ChaosOptions } from './chaos.ts';
import { createChaos } from './chaos.ts';
import type { ClockMode } from './clock.ts';
import { createClock, type SandboxClock } from './clock.ts';
import { registerControlRoutes } from './control/routes.ts';
import { runScenario } from './control/scenarios.ts';
import { trigger } from './control/trigger.ts';
import { Catalog, type CatalogModel } from './domain/catalog.ts';
import { createCore, type SandboxCore } from './domain/core.ts';
import { durationFactors } from './domain/lifecycle.ts';
import { DEFAULT_MAX_IN_FLIGHT, type StoreSnapshot } from './domain/model.ts';
import { seedAccount } from './domain/seed.ts';
import { Store } from './domain/store.ts';
import { checkHandlers } from './handlers/index.ts';
import { registerApiRoutes } from './pipeline/index.ts';
import type { PipelineEnv } from './pipeline/types.ts';
import { RateLimiter } from './protocol/rate-limit.ts';
import { RequestLog, type RequestLogEntry } from './request-log.ts';
import { type JsonObject, listOperations, namedExample, type OpenApiDocument, type OperationSpec, SPEC } from './spec.ts';
import { SpecValidator } from './validation.ts';
import { type Delivery, type WebhookEndpoint, WebhookSender } from './webhooks.ts';

export { checkHandlers, HANDLERS } from './handlers/index.ts';
export { endpointName, NETWORK_RESET } from './pipeline/index.ts';
export type { RequestLogEntry } from './request-log.ts';

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

/** A response that breaks the spec, under `validate: 'throw'`. */
export class SandboxContractError extends Error {
  override name = 'SandboxContractError';
}

const DEFAULT_THRESHOLDS = [1, 0.5];

const EXPOSED_HEADERS = [
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
  'X-RateLimit-Reset',
  'Retry-After',
  'X-Request-Id',
  'Idempotency-Replayed',
];

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const document = options.spec ?? SPEC;
  const operations = listOperations(document);
  checkHandlers(operations);
  const log = options.logger ?? ((line: string) => console.error(line));
  const validate = options.validate ?? 'log';
  const speed = options.speed ?? 1;
  if (!(speed > 0)) throw new RangeError(`speed must be a number > 0, got ${speed}.`);
  const initial = options.initialState;
  const clock = createClock({ mode: options.clock ?? 'real', offset: initial?.clockOffset ?? 0 });
  const validator = options.spec ? new SpecValidator(document) : sharedValidator();
  const requestLog = new RequestLog();
  const hangs = new Set<() => void>();
  let deferredError: Error | undefined;
  let closed = false;

  /**
   * A contract violation, printed under `log`; under `throw`, an answer's violation rejects its
   * handle() (thrown here, Hono's onError rethrows it), one from a timer the next handle().
   */
  function reportViolation(message: string, duringRequest = false) {
    if (validate === 'off') return;
    const error = new SandboxContractError(message);
    if (validate === 'log') log(`\n[babysea-sandbox] CONTRACT VIOLATION: ${message}\n`);
    else if (duringRequest) throw error;
    else deferredError ??= error;
  }

  const publicUrl = checkPublicUrl(options.publicUrl);
  const core = buildCore(options, { operations, clock, validator, log, speed, reportViolation, publicUrl });
  if (initial) {
    core.store.restore(initial);
    for (const account of core.store.accounts()) {
      account.maxInFlight ??= options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT;
      core.startTimelines(account);
    }
  }

  /** Waits until the request is aborted or the sandbox closes (a hung connection). */
  function hang(request: Request): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        hangs.delete(done);
        resolve();
      };
      hangs.add(done);
      if (request.signal.aborted) done();
      request.signal.addEventListener('abort', done, { once: true });
    });
  }

  const mediaOrigin = (url: URL) => publicUrl ?? url.origin;
  const app = new Hono<PipelineEnv>();
  app.use('*', cors({ origin: '*', exposeHeaders: EXPOSED_HEADERS, maxAge: 600 }));
  registerApiRoutes(
    app,
    { core, requestLog, validate, reportViolation, chaos: createChaos(options.chaos, options.seed ?? 1), hang, mediaOrigin },
    operations,
  );
  registerControlRoutes(app, { core, requestLog, mediaOrigin });
  app.onError((error) => {
    throw error;
  });

  return {
    async handle(request) {
      if (closed) throw new Error('The sandbox is closed.');
      if (deferredError) {
        const error = deferredError;
        deferredError = undefined;
        throw error;
      }
      return app.fetch(request);
    },
    clock,
    store: core.store,
    deliveries: {
      list: () => core.webhooks.list(),
      get: (id) => core.webhooks.get(id),
      replay: (id) => core.webhooks.replay(id),
      settled: () => core.webhooks.settled(),
    },
    ...(options.url ? { url: options.url } : {}),
    requests: () => requestLog.list(),
    scenario: async (name, body = {}) => runScenario(core, name, { body, key: body.key as string | undefined, now: clock.now() }),
    trigger: (event, { key, overrides } = {}) => trigger(core, event, key, overrides ?? {}, publicUrl ?? options.url ?? regions.us),
    state: () => ({
      ...core.store.snapshot(),
      clockOffset: clock.offset,
      failNext: core.scenarios.failNext,
      downProviders: [...core.scenarios.downProviders],
    }),
    async close() {
      if (closed) return;
      closed = true;
      clock.close();
      for (const release of [...hangs]) release();
      await core.webhooks.close();
    },
  };
}

interface CoreParts {
  operations: OperationSpec[];
  clock: SandboxClock;
  validator: SpecValidator;
  log: (line: string) => void;
  speed: number;
  reportViolation: (message: string) => void;
  publicUrl: string | undefined;
}

/** The core (state and the rules that change it) from the options: catalog, store, limits, webhooks. */
function buildCore(
  options: SandboxOptions,
  { operations, clock, validator, log, speed, reportViolation, publicUrl }: CoreParts,
): SandboxCore {
  const initial = options.initialState;
  const thresholds = [...(options.lowBalanceThresholds ?? DEFAULT_THRESHOLDS)].sort((a, b) => b - a);
  const catalogData = namedExample<JsonObject>(operations, 'libraryModels', '200', 'catalog').data as { models: CatalogModel[] };
  const startingBalance =
    options.startingBalance ??
    ((namedExample<JsonObject>(operations, 'billing', '200', 'subscribed').data as JsonObject).billing_credit_balance as number);
  const maxInFlight = options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT;
  if (!(Number.isInteger(maxInFlight) && maxInFlight >= 1)) throw new RangeError(`maxInFlight must be an integer ≥ 1, got ${maxInFlight}.`);
  const catalog = new Catalog(catalogData.models);
  const durationFactor = durationFactors(options.seed ?? 1, options.exactDurations === true);
  const seedOptions = {
    operations,
    catalog,
    clock,
    startingBalance,
    thresholds,
    maxInFlight,
    exampleGenerations: options.exampleGenerations !== false,
    speed,
    durationFactor,
  };
  const store = new Store({
    seed: (apiKey, mediaOrigin) => seedAccount(seedOptions, apiKey, mediaOrigin),
    defaultMediaOrigin: publicUrl ?? options.url ?? regions.us,
  });
  const rateLimit = options.rateLimit === false ? undefined : (options.rateLimit ?? { limit: 60, windowMs: 60_000 });
  const core = createCore({
    clock,
    store,
    catalog,
    validator,
    operations,
    rateLimiter: new RateLimiter(rateLimit?.limit ?? Number.MAX_SAFE_INTEGER, rateLimit?.windowMs ?? 60_000),
    webhooks: new WebhookSender({
      validator,
      fetch: options.fetch ?? ((input, init) => fetch(input, init)),
      retryDelaysMs: options.webhookRetryDelaysMs ?? [1000, 2000, 4000, 8000, 16000],
      timeoutMs: options.webhookTimeoutMs ?? 10_000,
      log,
    }),
    speed,
    durationFactor,
    thresholds,
    scenarios: { failNext: initial?.failNext ?? 0, downProviders: new Set(initial?.downProviders ?? []) },
    globalWebhook: options.webhook,
    log,
    reportViolation,
  });
  store.onCreate((account) => core.startTimelines(account));
  return core;
}

/** --public-url without its trailing slash; anything but an absolute http(s) URL is refused. */
function checkPublicUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  if (!/^https?:\/\/[^/\s]+(\/\S*)?$/.test(url)) {
    throw new TypeError(`publicUrl must be an absolute http(s) URL such as https://sandbox.example.dev, got "${url}".`);
  }
  return url.replace(/\/+$/, '');
}

let defaultValidator: SpecValidator | undefined;
/** Compiled validators of the inlined spec are pure: every sandbox of the process shares them. */
function sharedValidator(): SpecValidator {
  defaultValidator ??= new SpecValidator(SPEC);
  return defaultValidator;
}
