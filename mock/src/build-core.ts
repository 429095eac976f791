// The sandbox's core from its options: the catalog (the spec's example), the accounts and how a new
// one is seeded, the rate limiter, the webhook sender, the limits and the run-time draws.
import { regions } from '../../generated/constraints.ts';
import type { SandboxClock } from './clock.ts';
import { Catalog, type CatalogModel } from './domain/catalog.ts';
import { createCore, type SandboxCore } from './domain/core.ts';
import { durationFactors } from './domain/lifecycle.ts';
import { DEFAULT_MAX_IN_FLIGHT } from './domain/model.ts';
import { seedAccount } from './domain/seed.ts';
import { Store } from './domain/store.ts';
import type { SandboxOptions } from './options.ts';
import { RateLimiter } from './protocol/rate-limit.ts';
import { type JsonObject, namedExample, type OperationSpec } from './spec.ts';
import type { SpecValidator } from './validation.ts';
import { WebhookSender } from './webhooks.ts';

const DEFAULT_THRESHOLDS = [1, 0.5];

export interface CoreParts {
  operations: OperationSpec[];
  clock: SandboxClock;
  validator: SpecValidator;
  log: (line: string) => void;
  speed: number;
  reportViolation: (message: string) => void;
  publicUrl: string | undefined;
}

/** The core (state and the rules that change it) from the options: catalog, store, limits, webhooks. */
export function buildCore(
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
    seed: (apiKey, mediaOrigin, examples) => seedAccount(seedOptions, apiKey, mediaOrigin, examples),
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
export function checkPublicUrl(url: string | undefined, name = 'publicUrl'): string | undefined {
  if (url === undefined) return undefined;
  if (!/^https?:\/\/[^/\s]+(\/\S*)?$/.test(url)) {
    throw new TypeError(`${name} must be an absolute http(s) URL such as https://sandbox.example.dev, got "${url}".`);
  }
  return url.replace(/\/+$/, '');
}
