// `trigger` (POST /__sandbox/trigger, `babysea-mock trigger`, sandbox.trigger()): causes a webhook
// event the way `stripe trigger` does, by making happen what leads to it: a generation that
// starts, completes, fails or is canceled, or a balance that falls under a threshold.
import type { SandboxCore } from '../domain/core.ts';
import type { Account } from '../domain/model.ts';
import { keyHint } from '../key-hint.ts';
import { apiError, errors, violationError } from '../protocol/envelope.ts';
import { WEBHOOK_EVENTS } from '../spec.ts';
import { WebhookPayloadError } from '../webhooks.ts';

/** The generation id of `webhook.test` deliveries, as the spec's example shows. */
export const TEST_GENERATION_ID = '00000000-0000-0000-0000-000000000000';
/** The account `trigger` acts on when no key is given. */
export const DEFAULT_TRIGGER_KEY = 'bye_test_trigger';

export async function trigger(
  core: SandboxCore,
  event: string,
  key: string | undefined,
  overrides: Record<string, unknown>,
  mediaOrigin: string,
): Promise<unknown> {
  if (!WEBHOOK_EVENTS.includes(event)) {
    throw apiError('BSE2001', `No event "${event}"; the events are ${WEBHOOK_EVENTS.join(', ')}.`, {
      details: { field: 'event', allowed: WEBHOOK_EVENTS },
    });
  }
  // The trigger's own account holds only what triggers make: its events are the ones asked for.
  const account = key ? core.store.account(key, mediaOrigin) : core.store.account(DEFAULT_TRIGGER_KEY, mediaOrigin, false);
  const before = new Set(core.webhooks.list().map((d) => d.delivery_id));
  const now = core.clock.now();
  let generationId: string | undefined;
  if (event.startsWith('generation.')) {
    generationId = triggerGeneration(core, account, event, overrides, mediaOrigin);
  } else if (event === 'credits.low_balance') {
    lowBalance(core, account, overrides, now);
  } else {
    try {
      core.deliver(
        account,
        event,
        {
          account_id: account.account.account_id,
          model_identifier: 'bfl/flux-schnell',
          generation_status: 'succeeded',
          generation_id: TEST_GENERATION_ID,
          generation_output_file: [`${mediaOrigin}/__sandbox/media/${TEST_GENERATION_ID}/0.png`],
          ...overrides,
        },
        now,
      );
    } catch (error) {
      if (error instanceof WebhookPayloadError) throw errors.badRequest('overrides', error.message);
      throw error;
    }
  }
  await core.webhooks.settled();
  const deliveries = core.webhooks
    .list()
    .filter((d) => !before.has(d.delivery_id))
    .reverse();
  return { event, key_hint: keyHint(account.apiKey), ...(generationId ? { generation_id: generationId } : {}), deliveries };
}

function triggerGeneration(
  core: SandboxCore,
  account: Account,
  event: string,
  overrides: Record<string, unknown>,
  mediaOrigin: string,
): string {
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
  const stored = core.submitGeneration(account, model.model_type, modelId, body, mediaOrigin, {
    ...(instant ? { instant } : {}),
    failAll: event === 'generation.failed',
  });
  if (event === 'generation.canceled') core.cancel(account, stored);
  return stored.record.generation_id;
}

function lowBalance(core: SandboxCore, account: Account, overrides: Record<string, unknown>, now: number): void {
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
