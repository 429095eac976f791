// The sandbox engine: a function from a Web-standard Request to a Response, over the state in
// store.ts. Every operation of the spec's `paths` is routed to its handler (an operation without
// one fails createSandbox), and every request and answer goes through the same pipeline:
//
//   rate limit → key → scope → Prefer override → parameters and body against the spec
//   → Idempotency-Key → chaos → handler → usage, request log → answer checked against the spec
//
// It imports nothing from Node: it runs in browsers (through the MSW adapter) as well as in the
// Node server of src/node/.
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { regions } from '../../generated/constraints.ts';
import { Catalog, type CatalogModel, checkAgainstModel, type MediaKind, resolveProviderOrder, STANDARD_FIELDS } from './catalog.ts';
import { type ChaosOptions, createChaos } from './chaos.ts';
import { type ClockMode, createClock, type SandboxClock } from './clock.ts';
import type { EngineCore, Handler, HandlerContext, SubmitOptions } from './context.ts';
import { registerControlRoutes } from './control.ts';
import { accountHandlers } from './handlers/account.ts';
import { estimateHandlers } from './handlers/estimate.ts';
import { generationHandlers } from './handlers/generations.ts';
import { libraryHandlers } from './handlers/library.ts';
import { advanceGeneration, cancelGeneration, isTerminal, type LifecycleHooks, planGeneration } from './lifecycle.ts';
import { isViolation, quote } from './pricing.ts';
import { ApiError, bearerToken, errors, jsonResponse, violationError } from './protocol/envelope.ts';
import { beginIdempotent, completeIdempotent, fingerprint, releaseIdempotent } from './protocol/idempotency.ts';
import { preferredExample, readPreference } from './protocol/prefer.ts';
import { RateLimiter } from './protocol/rate-limit.ts';
import { newRequestId, roundCredits, uuid } from './random.ts';
import { keyEffect, promptOutcomes } from './scenarios.ts';
import { type JsonObject, listOperations, namedExample, type OpenApiDocument, type OperationSpec, SPEC } from './spec.ts';
import { type Account, countRequest, Store, type StoredGeneration, type StoreSnapshot } from './store.ts';
import { SpecValidator } from './validation.ts';
import { type Delivery, type WebhookEndpoint, WebhookPayloadError, WebhookSender } from './webhooks.ts';

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
  /** Advanced: another OpenAPI document (tests of the handler check). */
  spec?: OpenApiDocument;
}

export interface SandboxState extends StoreSnapshot {
  clockOffset: number;
  failNext: number;
  downProviders: string[];
}

export interface RequestLogEntry {
  at: string;
  method: string;
  path: string;
  status: number;
  code?: string;
  request_id: string;
  key_prefix: string | null;
  /** `reset` or `hang` when chaos ended the request without an answer. */
  fault?: string;
  ms: number;
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

/** The TypeError `handle()` rejects with when chaos resets the connection; servers close the socket. */
export const NETWORK_RESET = Symbol.for('babysea-sandbox.network-reset');

export const HANDLERS: Record<string, Handler> = {
  ...accountHandlers,
  ...libraryHandlers,
  ...estimateHandlers,
  ...generationHandlers,
};

/** Every operation of the spec has a handler and every handler an operation; otherwise throws. */
export function checkHandlers(operations: OperationSpec[], handlers: Record<string, unknown> = HANDLERS): void {
  const ids = operations.map((op) => op.operationId);
  const missing = ids.filter((id) => typeof handlers[id] !== 'function');
  const unknown = Object.keys(handlers).filter((id) => !ids.includes(id));
  if (missing.length > 0) throw new Error(`The sandbox has no handler for the spec's operation(s) ${missing.join(', ')}.`);
  if (unknown.length > 0) throw new Error(`The sandbox has handlers for operations the spec does not declare: ${unknown.join(', ')}.`);
}

/** How usage names an operation: method and path without its parameters (`POST /v1/generate/image`). */
export function endpointName(operation: OperationSpec): string {
  return `${operation.method} ${operation.path.replace(/\/\{[^}]+\}/g, '')}`;
}

const DEFAULT_THRESHOLDS = [1, 0.5];
const REQUEST_LOG_LIMIT = 500;
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
  const validator = options.spec ? new SpecValidator(document) : sharedValidator();
  const log = options.logger ?? ((line: string) => console.error(line));
  const validateMode = options.validate ?? 'log';
  const speed = options.speed ?? 1;
  if (!(speed > 0)) throw new RangeError(`speed must be a number > 0, got ${speed}.`);
  const initial = options.initialState;
  const clock = createClock({ mode: options.clock ?? 'real', offset: initial?.clockOffset ?? 0 });
  const thresholds = [...(options.lowBalanceThresholds ?? DEFAULT_THRESHOLDS)].sort((a, b) => b - a);
  const catalogData = namedExample<JsonObject>(operations, 'libraryModels', '200', 'catalog').data as { models: CatalogModel[] };
  const catalog = new Catalog(catalogData.models);
  const startingBalance =
    options.startingBalance ??
    (namedExample<JsonObject>(operations, 'billing', '200', 'subscribed').data as JsonObject).billing_credit_balance;
  const store = new Store({ operations, startingBalance: startingBalance as number, thresholds, now: clock.now });
  const rateLimit = options.rateLimit === false ? undefined : (options.rateLimit ?? { limit: 60, windowMs: 60_000 });
  const rateLimiter = new RateLimiter(rateLimit?.limit ?? Number.MAX_SAFE_INTEGER, rateLimit?.windowMs ?? 60_000);
  const chaos = createChaos(options.chaos, options.seed ?? 1);
  const webhooks = new WebhookSender({
    validator,
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    retryDelaysMs: options.webhookRetryDelaysMs ?? [1000, 2000, 4000, 8000, 16000],
    timeoutMs: options.webhookTimeoutMs ?? 10_000,
    log,
  });
  const requestLog: RequestLogEntry[] = [];
  const hangs = new Set<() => void>();
  let deferredError: Error | undefined;
  let closed = false;

  /**
   * A contract violation, printed under `log`; under `throw`, an answer's violation rejects its
   * handle() (thrown here, Hono's onError rethrows it), one from a timer the next handle().
   */
  function reportViolation(message: string, duringRequest = false) {
    if (validateMode === 'off') return;
    const error = new SandboxContractError(message);
    if (validateMode === 'log') log(`\n[babysea-sandbox] CONTRACT VIOLATION: ${message}\n`);
    else if (duringRequest) throw error;
    else deferredError ??= error;
  }

  const core: EngineCore = {
    clock,
    store,
    catalog,
    validator,
    operations,
    rateLimiter,
    webhooks,
    speed,
    thresholds,
    scenarios: { failNext: initial?.failNext ?? 0, downProviders: new Set(initial?.downProviders ?? []) },
    globalWebhook: options.webhook,
    log,

    deliver(account, event, data, at) {
      webhooks.send(event, data, at, account.webhook ?? core.globalWebhook, account.apiKey.slice(0, 8));
    },

    emit(account, event, data, at) {
      try {
        core.deliver(account, event, data, at);
      } catch (error) {
        // Events are sent from timers too, where nobody could catch it: report it like an answer.
        if (!(error instanceof WebhookPayloadError)) throw error;
        reportViolation(error.message);
      }
    },

    adjustBalance(account, delta, at) {
      const before = account.balance;
      const after = roundCredits(before + delta);
      account.balance = after;
      account.billing.billing_updated_at = new Date(at).toISOString();
      account.thresholdsCrossed = account.thresholdsCrossed.filter((t) => after < t);
      const crossed = thresholds.filter((t) => after < t && !account.thresholdsCrossed.includes(t));
      if (crossed.length === 0 || delta >= 0) return;
      account.thresholdsCrossed.push(...crossed);
      core.emit(
        account,
        'credits.low_balance',
        {
          account_id: account.account.account_id,
          current_balance: after,
          thresholds_crossed: crossed.map((threshold) => ({ threshold, balance_at: after })),
        },
        at,
      );
    },

    submitGeneration(account, kind, modelId, body, origin, submit: SubmitOptions = {}) {
      const model = catalog.find(modelId);
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
      if (account.maxInFlight !== undefined) {
        const inFlight = Object.values(account.generations).filter((g) => g.plan && !isTerminal(g.record.generation_status)).length;
        if (inFlight >= account.maxInFlight) throw errors.concurrencyLimited(account.maxInFlight);
      }
      if (account.balance < cost) throw errors.insufficientCredits(cost, account.balance);

      let failAll = submit.failAll === true;
      if (!failAll && account.failNext > 0) {
        account.failNext--;
        failAll = true;
      } else if (!failAll && core.scenarios.failNext > 0) {
        core.scenarios.failNext--;
        failAll = true;
      }
      const now = clock.now();
      const plan = planGeneration({
        model,
        providers,
        outcomes,
        failAll,
        downProviders: core.scenarios.downProviders,
        now,
        speed: submit.instant === 'finish' ? Number.POSITIVE_INFINITY : speed,
        skipQueue: submit.instant === 'start',
      });
      const extras = Object.fromEntries(Object.entries(body).filter(([key]) => !STANDARD_RECORD_FIELDS.has(key)));
      const iso = new Date(now).toISOString();
      const record: StoredGeneration['record'] = {
        account_id: account.account.account_id as string,
        generation_id: uuid(),
        model_identifier: model.model_identifier,
        generation_provider_order: providers,
        generation_provider_used: null,
        // The first provider's prediction exists from submission on (the generate answer names it).
        generation_prediction_id: plan.attempts[0]!.predictionId,
        generation_status: 'pending',
        generation_prompt: body.generation_prompt as string,
        generation_ratio: (body.generation_ratio as string | undefined) ?? model.schema.generation_ratio[0],
        generation_output_format: (body.generation_output_format as string | undefined) ?? model.schema.generation_output_format[0],
        generation_output_number: outputNumber,
        generation_input_file: (body.generation_input_file as string[] | undefined) ?? null,
        generation_output_file: null,
        generation_created_at: iso,
        generation_started_at: null,
        generation_completed_at: null,
        generation_metrics_total_time: null,
        generation_metrics_predict_time: null,
        ...(kind === 'video'
          ? {
              generation_duration: price.durationSeconds,
              ...(price.resolution ? { generation_resolution: price.resolution } : {}),
              ...(price.audio !== undefined
                ? { generation_generate_audio: price.audio, generation_audio_mode: price.audio ? 'audio' : 'noaudio' }
                : {}),
            }
          : {}),
        ...extras,
      };
      const stored: StoredGeneration = {
        record,
        kind,
        cost,
        refunded: false,
        plan,
        seq: account.nextSeq++,
        mediaOrigin: origin,
      };
      account.generations[record.generation_id] = stored;
      account.usage.generations++;
      if (cost > 0) core.adjustBalance(account, -cost, now);
      core.track(account, stored);
      return stored;
    },

    cancel(account, stored) {
      cancelGeneration(account, stored, hooks(account));
    },

    track(account, stored) {
      if (store.peek(account.apiKey) !== account) return;
      const next = advanceGeneration(account, stored, hooks(account));
      if (next !== undefined) clock.schedule(next, () => core.track(account, stored));
    },
  };

  function hooks(account: Account): LifecycleHooks {
    return {
      now: clock.now(),
      emit: (event, data, at) => core.emit(account, event, data, at),
      refund: (stored) => {
        if (!stored.refunded && stored.cost > 0) core.adjustBalance(account, stored.cost, clock.now());
        stored.refunded = true;
      },
      outputUrls: (stored) => {
        const record = stored.record;
        const ext = stored.kind === 'video' ? 'mp4' : String(record.generation_output_format ?? 'png');
        const count = (record.generation_output_number as number | undefined) ?? 1;
        return Array.from({ length: count }, (_, i) => `${stored.mediaOrigin}/__sandbox/media/${record.generation_id}/${i}.${ext}`);
      },
    };
  }

  if (initial) {
    store.restore(initial);
    for (const account of store.accounts()) for (const stored of Object.values(account.generations)) core.track(account, stored);
  }

  function logRequest(entry: RequestLogEntry) {
    requestLog.unshift(entry);
    if (requestLog.length > REQUEST_LOG_LIMIT) requestLog.pop();
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

  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  async function runOperation(operation: OperationSpec, request: Request, pathParams: Record<string, string>): Promise<Response> {
    clock.runDue();
    const started = Date.now();
    const now = clock.now();
    const url = new URL(request.url);
    const requestId = newRequestId();
    const token = bearerToken(request.headers.get('authorization'));
    const limit = rateLimiter.take(token ?? 'anonymous', now, token !== undefined && keyEffect(token)?.rateLimited === true);
    const headers: Record<string, string> = { ...RateLimiter.headers(limit), 'x-request-id': requestId };
    let account: Account | undefined;
    let reservedKey: string | undefined;
    let status = 200;
    let body: JsonObject;
    let fault: string | undefined;
    let sandboxAnswer = false;
    try {
      if (!limit.allowed) throw errors.rateLimited(limit.retryAfter, limit.limit);
      if (!token) throw errors.missingKey();
      const current = store.account(token);
      account = current;
      if (current.invalid) throw errors.invalidKey();
      const missingScope = operation.scopes.find((scope) => !current.scopes.includes(scope));
      if (missingScope) throw errors.missingScope(missingScope);

      const preference = readPreference(request.headers, url);
      if (preference) {
        const example = preferredExample(operation, preference);
        status = example.status;
        body = example.body;
        if ('request_id' in body) body.request_id = requestId;
        if ('timestamp' in body) body.timestamp = new Date(now).toISOString();
        if (status === 429 || status === 503) headers['retry-after'] = '2';
      } else {
        const query: Record<string, unknown> = {};
        for (const [key, value] of url.searchParams) if (!key.startsWith('__') && !(key in query)) query[key] = value;
        const headerParams: Record<string, unknown> = {};
        for (const p of operation.parameters) {
          const value = p.in === 'header' ? request.headers.get(p.name) : null;
          if (value !== null) headerParams[p.name.toLowerCase()] = value;
        }
        const path = { ...pathParams };
        const invalid =
          validator.checkParameters(operation, 'path', path) ??
          validator.checkParameters(operation, 'query', query) ??
          validator.checkParameters(operation, 'header', headerParams);
        if (invalid) throw violationError(invalid);
        let parsed: Record<string, unknown> | undefined;
        if (operation.requestBodyPointer) {
          const text = await request.text();
          try {
            parsed = JSON.parse(text);
          } catch {
            throw errors.badRequest(
              'body',
              text.trim() === '' ? 'The request body is empty; send a JSON object.' : 'The request body is not valid JSON.',
            );
          }
          const badBody = validator.checkBody(operation, parsed);
          if (badBody) throw violationError(badBody);
        }

        const idempotencyKey = headerParams['idempotency-key'] as string | undefined;
        let replayed = false;
        if (idempotencyKey) {
          const decision = beginIdempotent(current, idempotencyKey, fingerprint(request.method, url.pathname, parsed), now);
          if (decision.kind === 'conflict') throw errors.keyReused();
          if (decision.kind === 'in-flight') throw errors.keyInFlight();
          if (decision.kind === 'new') reservedKey = idempotencyKey;
          else {
            replayed = true;
            const first = decision.entry.response!;
            const generation = decision.entry.generationId ? current.generations[decision.entry.generationId] : undefined;
            status = first.status;
            body =
              generation?.record.generation_status === 'canceled'
                ? {
                    status: 'success',
                    request_id: requestId,
                    message: 'Generation already canceled',
                    timestamp: new Date(now).toISOString(),
                    data: { generation_id: generation.record.generation_id, generation_status: 'canceled' },
                  }
                : structuredClone(first.body);
            headers['idempotency-replayed'] = 'true';
          }
        }
        if (!replayed) {
          const decision = chaos?.();
          if (decision && decision.latencyMs > 0) await sleep(decision.latencyMs);
          if (decision?.fault === 'internal') throw errors.internal();
          if (decision?.fault === 'unavailable') throw errors.unavailable();
          if (decision?.fault === 'reset' || decision?.fault === 'hang') {
            if (decision.fault === 'hang') await hang(request);
            fault = decision.fault;
            throw new NetworkFault();
          }
          const context: HandlerContext = {
            engine: core,
            account: current,
            operation,
            path,
            query,
            body: parsed,
            now: clock.now(),
            origin: url.origin,
          };
          const result = HANDLERS[operation.operationId]!(context);
          Object.assign(headers, result.headers);
          body = result.rawBody ?? {
            status: 'success',
            request_id: requestId,
            message: successMessage(operation),
            timestamp: new Date(clock.now()).toISOString(),
            ...result.extra,
            data: result.data,
          };
          if (reservedKey) {
            completeIdempotent(current, reservedKey, { status: 200, headers: {}, body: structuredClone(body) }, result.generationId);
            reservedKey = undefined;
          }
        }
      }
    } catch (error) {
      if (reservedKey && account) releaseIdempotent(account, reservedKey);
      if (error instanceof NetworkFault) {
        logRequest(entryFor(request, url, 0, requestId, token, started, undefined, fault));
        throw new TypeError('fetch failed (sandbox chaos: connection reset)', { cause: NETWORK_RESET });
      }
      const apiError = error instanceof ApiError ? error : errors.internal();
      if (!(error instanceof ApiError)) log(`[babysea-sandbox] ${operation.operationId} failed: ${(error as Error)?.stack ?? error}`);
      status = apiError.status;
      body = apiError.body(requestId);
      sandboxAnswer = apiError.sandbox;
      Object.assign(headers, apiError.headers);
    }
    const code = (body!.error as JsonObject | undefined)?.code as string | undefined;
    if (account) countRequest(account, endpointName(operation), status, code);
    logRequest(entryFor(request, url, status, requestId, token, started, code));
    const response = jsonResponse(status, body!, headers);
    if (validateMode !== 'off') {
      const problems = sandboxAnswer
        ? validator.checkSchema('ErrorResponse', body!)
        : validator.checkResponse(operation, status, response.headers, body!);
      if (problems.length > 0) reportViolation(`${operation.operationId} answered ${status}: ${problems.join('; ')}`, true);
    }
    return response;
  }

  function notFound(request: Request): Response {
    clock.runDue();
    const url = new URL(request.url);
    const requestId = newRequestId();
    const token = bearerToken(request.headers.get('authorization'));
    const headers: Record<string, string> = { 'x-request-id': requestId };
    if (url.pathname.startsWith('/v1/')) Object.assign(headers, RateLimiter.headers(rateLimiter.take(token ?? 'anonymous', clock.now())));
    const body = errors.routeNotFound(request.method, url.pathname).body(requestId);
    const problems = validateMode === 'off' ? [] : validator.checkSchema('ErrorResponse', body);
    if (problems.length > 0) reportViolation(`the 404 answer breaks ErrorResponse: ${problems.join('; ')}`, true);
    logRequest(entryFor(request, url, 404, requestId, token, Date.now(), 'BSE4004'));
    return jsonResponse(404, body, headers);
  }

  function entryFor(
    request: Request,
    url: URL,
    status: number,
    requestId: string,
    token: string | undefined,
    started: number,
    code?: string,
    fault?: string,
  ): RequestLogEntry {
    return {
      at: new Date(clock.now()).toISOString(),
      method: request.method,
      path: url.pathname + url.search,
      status,
      ...(code ? { code } : {}),
      request_id: requestId,
      key_prefix: token ? token.slice(0, 8) : null,
      ...(fault ? { fault } : {}),
      ms: Date.now() - started,
    };
  }

  const app = new Hono();
  app.use('*', cors({ origin: '*', exposeHeaders: EXPOSED_HEADERS, maxAge: 600 }));
  // Static paths before parameterized ones, so /v1/content/list is never read as a generation id.
  const routes = [...operations].sort((a, b) => (a.path.match(/\{/g)?.length ?? 0) - (b.path.match(/\{/g)?.length ?? 0));
  for (const operation of routes) {
    app.on(operation.method, operation.path.replace(/\{([^}]+)\}/g, ':$1'), (c) => runOperation(operation, c.req.raw, c.req.param()));
  }

  const sandbox: Sandbox = {
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
    store,
    deliveries: {
      list: () => webhooks.list(),
      get: (id) => webhooks.get(id),
      replay: (id) => webhooks.replay(id),
      settled: () => webhooks.settled(),
    },
    ...(options.url ? { url: options.url } : {}),
    requests: () => [...requestLog],
    scenario: (name, body) => control.scenario(name, body ?? {}),
    trigger: (event, { key, overrides } = {}) => control.trigger(event, key, overrides ?? {}, options.url ?? regions.us),
    state: () => ({
      ...store.snapshot(),
      clockOffset: clock.offset,
      failNext: core.scenarios.failNext,
      downProviders: [...core.scenarios.downProviders],
    }),
    async close() {
      if (closed) return;
      closed = true;
      clock.close();
      for (const release of [...hangs]) release();
      await webhooks.close();
    },
  };

  const control = registerControlRoutes(app, core, sandbox);
  app.notFound((c) => notFound(c.req.raw));
  app.onError((error) => {
    throw error;
  });
  return sandbox;
}

/** Standard body fields (the record sets those it knows itself); any other key of the body (model-specific ones) is echoed. */
const STANDARD_RECORD_FIELDS = new Set([...STANDARD_FIELDS.image, ...STANDARD_FIELDS.video]);

class NetworkFault extends Error {}

let defaultValidator: SpecValidator | undefined;
/** Compiled validators of the inlined spec are pure: every sandbox of the process shares them. */
function sharedValidator(): SpecValidator {
  defaultValidator ??= new SpecValidator(SPEC);
  return defaultValidator;
}

/** The message of the operation's first success example (`Generation retrieved`, …). */
function successMessage(operation: OperationSpec): string {
  const example = Object.values(operation.responses['200']?.examples ?? {})[0] as JsonObject | undefined;
  return (example?.message as string | undefined) ?? 'OK';
}

export type { MediaKind };
