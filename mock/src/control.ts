// The control API under /__sandbox/: scenarios, reset, the clock, the request and delivery logs,
// per-account webhook endpoints, `trigger` (the `stripe trigger` equivalent), the placeholder media
// and the small HTML page that drives all of it. Errors use the API's error envelope.
import type { Hono } from 'hono';
import type { EngineCore } from './context.ts';
import type { Sandbox } from './engine.ts';
import { placeholderPng } from './media.ts';
import { renderControlPage } from './page.ts';
import { ApiError, bearerToken, errors, jsonResponse, violationError } from './protocol/envelope.ts';
import { newRequestId } from './random.ts';
import { CONTROL_SCENARIOS, SCENARIOS } from './scenarios.ts';
import { WEBHOOK_EVENTS } from './spec.ts';
import type { Account } from './store.ts';
import { VIDEO_CLIPS } from './video-clips.ts';
import { WebhookPayloadError } from './webhooks.ts';

/** The generation id of `webhook.test` deliveries, as the spec's example shows. */
export const TEST_GENERATION_ID = '00000000-0000-0000-0000-000000000000';
/** The account `trigger` acts on when no key is given. */
export const DEFAULT_TRIGGER_KEY = 'bye_test_trigger';

const json = (body: unknown, status = 200) => jsonResponse(status, body);

const failure = (error: ApiError) => json(error.body(newRequestId()), error.status);

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

export function registerControlRoutes(app: Hono, core: EngineCore, sandbox: Sandbox) {
  const scenario = async (name: string, body: Record<string, unknown>, request?: Request): Promise<unknown> => {
    const key = request ? keyOf(body, request, false) : (body.key as string | undefined);
    const now = core.clock.now();
    switch (name) {
      case 'fail-next': {
        const count = body.count === undefined ? 1 : Number(body.count);
        if (!Number.isInteger(count) || count < 0) throw errors.badRequest('count', 'count must be an integer ≥ 0.');
        if (key) core.store.account(key).failNext += count;
        else core.scenarios.failNext += count;
        return { scenario: name, key: key ?? null, count };
      }
      case 'provider-down':
      case 'provider-up': {
        const provider = body.provider;
        if (name === 'provider-down' && typeof provider !== 'string')
          throw errors.badRequest('provider', 'Name the provider, e.g. { "provider": "fal" }.');
        if (name === 'provider-down') core.scenarios.downProviders.add(provider as string);
        else if (typeof provider === 'string') core.scenarios.downProviders.delete(provider);
        else core.scenarios.downProviders.clear();
        return { scenario: name, down: [...core.scenarios.downProviders] };
      }
      case 'rate-limit-now': {
        if (!key) throw errors.badRequest('key', 'Name the API key to rate limit: { "key": "bye_…" }.');
        core.rateLimiter.drain(key, now);
        return { scenario: name, key };
      }
      case 'set-balance': {
        if (!key) throw errors.badRequest('key', 'Name the API key: { "key": "bye_…", "balance": 0.4 }.');
        const balance = Number(body.balance);
        if (!Number.isFinite(balance)) throw errors.badRequest('balance', 'balance must be a number.');
        const account = core.store.account(key);
        core.adjustBalance(account, balance - account.balance, now);
        return { scenario: name, key, balance: account.balance };
      }
      default:
        throw new ApiError(
          404,
          'BSE4004',
          'scenario_not_found',
          `No scenario "${name}"; the scenarios are ${CONTROL_SCENARIOS.join(', ')}.`,
          {
            details: { field: 'scenario', allowed: CONTROL_SCENARIOS },
          },
        );
    }
  };

  const trigger = async (event: string, key: string | undefined, overrides: Record<string, unknown>, origin: string): Promise<unknown> => {
    if (!WEBHOOK_EVENTS.includes(event)) {
      throw new ApiError(400, 'BSE2001', 'invalid_input', `No event "${event}"; the events are ${WEBHOOK_EVENTS.join(', ')}.`, {
        details: { field: 'event', allowed: WEBHOOK_EVENTS },
      });
    }
    const account = core.store.account(key ?? DEFAULT_TRIGGER_KEY);
    const before = new Set(core.webhooks.list().map((d) => d.delivery_id));
    const now = core.clock.now();
    let generationId: string | undefined;
    const send = (data: Record<string, unknown>) => {
      try {
        core.deliver(account, event, data, now);
      } catch (error) {
        if (error instanceof WebhookPayloadError) throw errors.badRequest('overrides', error.message);
        throw error;
      }
    };
    if (event.startsWith('generation.')) {
      generationId = triggerGeneration(core, account, event, overrides, origin);
    } else if (event === 'credits.low_balance') {
      lowBalance(core, account, overrides, now);
    } else {
      send({
        account_id: account.account.account_id,
        model_identifier: 'bfl/flux-schnell',
        generation_status: 'succeeded',
        generation_id: TEST_GENERATION_ID,
        generation_output_file: [`${origin}/__sandbox/media/${TEST_GENERATION_ID}/0.png`],
        ...overrides,
      });
    }
    await core.webhooks.settled();
    const deliveries = core.webhooks
      .list()
      .filter((d) => !before.has(d.delivery_id))
      .reverse();
    return { event, key_prefix: account.apiKey.slice(0, 8), ...(generationId ? { generation_id: generationId } : {}), deliveries };
  };

  const route =
    (handler: (request: Request, params: Record<string, string>) => Promise<unknown> | unknown) =>
    async (c: { req: { raw: Request; param(): Record<string, string> } }) => {
      try {
        core.clock.runDue();
        const result = await handler(c.req.raw, c.req.param());
        return result instanceof Response ? result : json(result);
      } catch (error) {
        if (error instanceof ApiError) return failure(error);
        throw error;
      }
    };

  app.get('/__sandbox', (c) => c.redirect('/__sandbox/'));
  app.get('/__sandbox/', () => new Response(renderControlPage(), { headers: { 'content-type': 'text/html; charset=utf-8' } }));
  app.get(
    '/__sandbox/scenarios',
    route(() => ({ scenarios: SCENARIOS, events: WEBHOOK_EVENTS })),
  );
  app.post(
    '/__sandbox/scenarios/:name',
    route(async (request, { name }) => scenario(name!, await readJson(request), request)),
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
    route(() => ({ requests: sandbox.requests() })),
  );
  app.get(
    '/__sandbox/deliveries',
    route(() => ({ deliveries: core.webhooks.list() })),
  );
  app.post(
    '/__sandbox/deliveries/:id/replay',
    route(async (_request, { id }) => {
      const delivery = await core.webhooks.replay(id!);
      if (!delivery) throw new ApiError(404, 'BSE4004', 'delivery_not_found', `No delivery ${id} in the log.`);
      return { delivery };
    }),
  );
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
      return { key_prefix: account.apiKey.slice(0, 8), url: account.webhook?.url ?? null };
    }),
  );
  app.post(
    '/__sandbox/trigger',
    route(async (request) => {
      const body = await readJson(request);
      const overrides = (body.overrides ?? {}) as Record<string, unknown>;
      if (typeof overrides !== 'object' || Array.isArray(overrides)) throw errors.badRequest('overrides', 'overrides must be an object.');
      return trigger(String(body.event), keyOf(body, request, false), overrides, new URL(request.url).origin);
    }),
  );
  app.get(
    '/__sandbox/accounts',
    route(() => ({
      accounts: core.store.accounts().map((a: Account) => ({
        key_prefix: a.apiKey.slice(0, 8),
        balance: a.balance,
        scopes: a.scopes,
        generations: Object.keys(a.generations).length,
        webhook: a.webhook?.url ?? null,
      })),
    })),
  );
  app.get(
    '/__sandbox/media/:id/:file',
    route((request, { id, file }) => media(core, id!, file!, request)),
  );

  return {
    scenario: (name: string, body: Record<string, unknown>) => scenario(name, body),
    trigger,
  };
}

function clockState(core: EngineCore) {
  const now = core.clock.now();
  return { mode: core.clock.mode, now: new Date(now).toISOString(), now_ms: now, offset_ms: core.clock.offset };
}

function media(core: EngineCore, id: string, file: string, request: Request): Response {
  const match = /^(\d+)\.(png|jpg|webp|mp4)$/.exec(file);
  const stored = core.store.findGeneration(id);
  const index = match ? Number(match[1]) : -1;
  const record = stored?.record;
  const exists =
    (id === TEST_GENERATION_ID && index === 0) ||
    (record?.generation_status === 'succeeded' &&
      !record.generation_removed &&
      index >= 0 &&
      index < ((record.generation_output_number as number | undefined) ?? 1));
  if (!exists) return failure(new ApiError(404, 'BSE4004', 'file_not_found', `No output file ${id}/${file} (never produced, or deleted).`));
  const ratio = id === TEST_GENERATION_ID ? '1:1' : (record!.generation_ratio as string | undefined);
  const headers = { 'cache-control': 'no-store', 'cross-origin-resource-policy': 'cross-origin' };
  if (match![2] === 'mp4' && stored?.kind === 'video') return videoClip(ratio, request, headers);
  // Images are PNG bytes whatever the extension; `<n>.png` of a video is its poster frame.
  return new Response(placeholderPng(`${id}/${index}`, ratio), { headers: { ...headers, 'content-type': 'image/png' } });
}

/** The clip for the ratio, with byte ranges (Safari's <video> asks for them). */
function videoClip(ratio: string | undefined, request: Request, headers: Record<string, string>): Response {
  const clip = clipBytes(VIDEO_CLIPS[ratio ?? ''] === undefined ? '16:9' : ratio!);
  const base = { ...headers, 'content-type': 'video/mp4', 'accept-ranges': 'bytes' };
  const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.get('range') ?? '');
  if (!range || (range[1] === '' && range[2] === '')) return new Response(clip, { headers: base });
  const size = clip.length;
  let start = range[1] === '' ? size - Number(range[2]) : Number(range[1]);
  let end = range[1] === '' || range[2] === '' ? size - 1 : Math.min(Number(range[2]), size - 1);
  start = Math.max(0, start);
  if (start > end || start >= size) return new Response(null, { status: 416, headers: { ...base, 'content-range': `bytes */${size}` } });
  end = Math.min(end, size - 1);
  return new Response(clip.slice(start, end + 1), { status: 206, headers: { ...base, 'content-range': `bytes ${start}-${end}/${size}` } });
}

const decodedClips = new Map<string, Uint8Array<ArrayBuffer>>();
/** The clip of a ratio, decoded once (range requests ask for it piece by piece). */
function clipBytes(ratio: string): Uint8Array<ArrayBuffer> {
  let clip = decodedClips.get(ratio);
  if (!clip) {
    clip = decodeBase64(VIDEO_CLIPS[ratio]!);
    decodedClips.set(ratio, clip);
  }
  return clip;
}

function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function triggerGeneration(core: EngineCore, account: Account, event: string, overrides: Record<string, unknown>, origin: string): string {
  const { model_identifier: modelOverride, ...fields } = overrides;
  const modelId = typeof modelOverride === 'string' ? modelOverride : 'bfl/flux-schnell';
  const model = core.catalog.find(modelId);
  if (!model) throw errors.modelNotFound(modelId);
  const body: Record<string, unknown> = {
    generation_prompt: 'A baby seal on the beach (babysea-mock trigger)',
    ...(model.model_type === 'video' ? { generation_duration: model.schema.generation_duration?.[0] ?? 5 } : {}),
    ...fields,
  };
  // The overrides make a body the API routes would check against the spec: so does the trigger.
  const route = model.model_type === 'image' ? 'generateImage' : 'generateVideo';
  const invalid = core.validator.checkBody(core.operations.find((op) => op.operationId === route)!, body);
  if (invalid) throw violationError(invalid);
  const instant = event === 'generation.started' ? 'start' : event === 'generation.canceled' ? undefined : 'finish';
  const stored = core.submitGeneration(account, model.model_type, modelId, body, origin, {
    ...(instant ? { instant } : {}),
    failAll: event === 'generation.failed',
  });
  if (event === 'generation.canceled') core.cancel(account, stored);
  return stored.record.generation_id;
}

function lowBalance(core: EngineCore, account: Account, overrides: Record<string, unknown>, now: number): void {
  const thresholds = core.thresholds;
  if (thresholds.length === 0) throw errors.badRequest('event', 'The sandbox runs without low-balance thresholds.');
  const target = overrides.current_balance === undefined ? Math.max(0, thresholds.at(-1)! - 0.05) : Number(overrides.current_balance);
  if (!Number.isFinite(target) || target >= thresholds[0]!) {
    throw errors.badRequest('current_balance', `current_balance must be a number below the highest threshold (${thresholds[0]}).`);
  }
  // Raise the balance above every threshold without an event, then let it fall across them.
  account.balance = thresholds[0]! + 1;
  account.thresholdsCrossed = [];
  core.adjustBalance(account, target - account.balance, now);
}
