// The control API under /__sandbox/: scenarios, reset, the clock, the request and delivery logs,
// per-account webhook endpoints, `trigger`, the output files and the control page. Errors use the
// API's error envelope.
import type { Hono } from 'hono';
import type { SandboxCore } from '../domain/core.ts';
import { keyHint } from '../key-hint.ts';
import { serveMedia } from '../media.ts';
import { ApiError, bearerToken, errors, jsonResponse, SANDBOX_NOT_FOUND } from '../protocol/envelope.ts';
import { newRequestId } from '../random.ts';
import type { RequestLog } from '../request-log.ts';
import { SCENARIOS } from '../scenarios.ts';
import { WEBHOOK_EVENTS } from '../spec.ts';
import { renderDashboard } from './dashboard.ts';
import { actOnGeneration, allGenerations } from './generations.ts';
import { runScenario } from './scenarios.ts';
import { trigger } from './trigger.ts';
import { accountView } from './views.ts';

export interface ControlDeps {
  core: SandboxCore;
  requestLog: RequestLog;
  /** Base URL of output files for a request to `url`. */
  mediaOrigin: (url: URL) => string;
}

const json = (body: unknown, status = 200) => jsonResponse(status, body);

/** How many deliveries and requests the overview (the dashboard's one poll) carries. */
const OVERVIEW_LIMIT = 50;

async function readJson(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (text.trim() === '') return {};
  try {
    const value = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value;
  } catch {
    // Reported below.
  }
  throw errors.badRequest('body', 'The control API takes a JSON object body.');
}

function keyOf(body: Record<string, unknown>, request: Request, required: true): string;
function keyOf(body: Record<string, unknown>, request: Request, required: false): string | undefined;
function keyOf(body: Record<string, unknown>, request: Request, required: boolean): string | undefined {
  const key = typeof body.key === 'string' ? body.key : bearerToken(request.headers.get('authorization'));
  if (required && !key) throw errors.badRequest('key', 'Name the API key: a "key" field in the body, or Authorization: Bearer <key>.');
  return key;
}

// biome-ignore lint/suspicious/noExplicitAny: the control routes share the app with the API routes, whatever its variables.
type ControlApp = Hono<any>;
type Handler = (request: Request, params: Record<string, string>) => Promise<unknown> | unknown;
type Route = (handler: Handler) => (c: { req: { raw: Request; param(): Record<string, string> } }) => Promise<Response>;

/** A control route: runs due timers first, answers JSON, and an ApiError as the error envelope. */
const routeWith =
  (core: SandboxCore): Route =>
  (handler) =>
  async (c) => {
    try {
      core.clock.runDue();
      const result = await handler(c.req.raw, c.req.param());
      return result instanceof Response ? result : json(result);
    } catch (error) {
      if (error instanceof ApiError) return json(error.body(newRequestId()), error.status);
      throw error;
    }
  };

export function registerControlRoutes(app: ControlApp, deps: ControlDeps): void {
  const route = routeWith(deps.core);
  for (const group of [pageAndScenarios, clockAndLogs, webhooks, accountsAndGenerations]) group(app, deps, route);
}

/** The dashboard, the scenarios and reset. */
function pageAndScenarios(app: ControlApp, { core }: ControlDeps, route: Route): void {
  app.get('/__sandbox', (c) => c.redirect('/__sandbox/'));
  app.get('/__sandbox/', () => new Response(renderDashboard(), { headers: { 'content-type': 'text/html; charset=utf-8' } }));
  app.get(
    '/__sandbox/scenarios',
    route(() => ({ scenarios: SCENARIOS, events: WEBHOOK_EVENTS })),
  );
  app.post(
    '/__sandbox/scenarios/:name',
    route(async (request, { name }) => {
      const body = await readJson(request);
      return runScenario(core, name!, { body, key: keyOf(body, request, false), now: core.clock.now() });
    }),
  );
  app.post(
    '/__sandbox/reset',
    route(async (request) => {
      const key = keyOf(await readJson(request), request, false);
      core.store.reset(key);
      core.rateLimiter.reset(key);
      if (!key) {
        core.scenarios.failNext = 0;
        core.scenarios.downProviders.clear();
      }
      return { reset: key ? 'account' : 'everything', key: key ?? null };
    }),
  );
}

/** The clock, the request log, the delivery log and replay. */
function clockAndLogs(app: ControlApp, { core, requestLog }: ControlDeps, route: Route): void {
  app.get(
    '/__sandbox/clock',
    route(() => clockState(core)),
  );
  app.post(
    '/__sandbox/clock/advance',
    route(async (request) => {
      const ms = Number((await readJson(request)).ms);
      if (!Number.isFinite(ms) || ms < 0) throw errors.badRequest('ms', 'Send { "ms": <milliseconds ≥ 0> }.');
      core.clock.advance(ms);
      return clockState(core);
    }),
  );
  app.get(
    '/__sandbox/requests',
    route(() => ({ requests: requestLog.list() })),
  );
  app.get(
    '/__sandbox/deliveries',
    route(() => ({ deliveries: core.webhooks.list() })),
  );
  app.post(
    '/__sandbox/deliveries/:id/replay',
    route(async (_request, { id }) => {
      const delivery = await core.webhooks.replay(id!);
      if (!delivery) throw new ApiError(404, SANDBOX_NOT_FOUND, 'delivery_not_found', `No delivery ${id} in the log.`);
      return { delivery };
    }),
  );
}

/** Per-account webhook endpoints and trigger. */
function webhooks(app: ControlApp, { core, mediaOrigin }: ControlDeps, route: Route): void {
  app.get(
    '/__sandbox/webhooks',
    route((request) => {
      const key = keyOf(Object.fromEntries(new URL(request.url).searchParams), request, false);
      const endpoint = key ? core.store.account(key).webhook : undefined;
      return { key: key ?? null, url: (endpoint ?? core.globalWebhook)?.url ?? null, own: endpoint !== undefined };
    }),
  );
  app.post(
    '/__sandbox/webhooks',
    route(async (request) => {
      const body = await readJson(request);
      const account = core.store.account(keyOf(body, request, true));
      if (body.url === null) account.webhook = undefined;
      else {
        if (typeof body.url !== 'string' || !/^https?:\/\//.test(body.url))
          throw errors.badRequest('url', 'url must be an http(s) URL, or null to remove it.');
        if (typeof body.secret !== 'string' || body.secret === '')
          throw errors.badRequest('secret', 'secret must be the webhook secret (e.g. whsec_…).');
        account.webhook = { url: body.url, secret: body.secret };
      }
      return { key_hint: keyHint(account.apiKey), url: account.webhook?.url ?? null };
    }),
  );
  app.post(
    '/__sandbox/trigger',
    route(async (request) => {
      const body = await readJson(request);
      const overrides = (body.overrides ?? {}) as Record<string, unknown>;
      if (typeof overrides !== 'object' || Array.isArray(overrides)) throw errors.badRequest('overrides', 'overrides must be an object.');
      return trigger(core, String(body.event), keyOf(body, request, false), overrides, mediaOrigin(new URL(request.url)));
    }),
  );
}

/** Accounts, generations and their buttons, the overview, output files. */
function accountsAndGenerations(app: ControlApp, { core, requestLog }: ControlDeps, route: Route): void {
  app.get(
    '/__sandbox/accounts',
    route(() => ({
      accounts: core.store.accounts().map((a) => accountView(a)),
    })),
  );
  app.get(
    '/__sandbox/generations',
    route(() => ({ generations: allGenerations(core) })),
  );
  app.post(
    '/__sandbox/generations/:id/:action',
    route(async (request, { id, action }) => {
      const body = await readJson(request);
      const account = typeof body.key_hint === 'string' ? body.key_hint : keyOf(body, request, false);
      return { generation: actOnGeneration(core, id!, action!, account) };
    }),
  );
  app.get(
    '/__sandbox/overview',
    route(() => ({
      clock: clockState(core),
      accounts: core.store.accounts().map((a) => accountView(a)),
      generations: allGenerations(core),
      deliveries: core.webhooks.list().slice(0, OVERVIEW_LIMIT),
      requests: requestLog.list().slice(0, OVERVIEW_LIMIT),
    })),
  );
  app.get(
    '/__sandbox/media/:id/:file',
    route((request, { id, file }) => serveMedia(core.store, id!, file!, request)),
  );
}

function clockState(core: SandboxCore) {
  const now = core.clock.now();
  return { mode: core.clock.mode, now: new Date(now).toISOString(), now_ms: now, offset_ms: core.clock.offset };
}
