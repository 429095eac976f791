// Where a sandbox generation moves: pending → processing → succeeded | failed (or canceled from
// either of the first two). The whole timeline is planned at submission (durations, which providers
// fail, who serves it) and stored with the record; advanceGeneration() applies whatever part of it
// has come due, so it works the same on a timer, after a clock jump, or after a restart.
import { hashString, randomHex, seededRandom } from '../random.ts';
import type { PromptOutcome } from '../scenarios.ts';
import type { CatalogModel, MediaKind } from './catalog.ts';
import {
  type Account,
  isTerminal,
  type LifecyclePlan,
  type PlannedAttempt,
  type ProviderErrorInfo,
  type StoredGeneration,
} from './model.ts';
import { countSubmission } from './usage.ts';

/** Usual durations (ms, before --speed and the per-generation variation): each model has its own within the range. */
export const DURATION_RANGES: Record<MediaKind, { queue: [number, number]; run: [number, number] }> = {
  image: { queue: [500, 1500], run: [4_000, 12_000] },
  video: { queue: [1_000, 4_000], run: [30_000, 120_000] },
};

/** A failing provider answers after this share of the model's run time; the next one then starts. */
const FAILED_ATTEMPT_SHARE = 0.3;
const SLOW_FACTOR = 10;

function within([min, max]: [number, number], seed: string): number {
  return min + (hashString(seed) % (max - min + 1));
}

/** The model's usual queue and run times, in ms before scaling. */
export function modelDurations(model: CatalogModel): { queueMs: number; runMs: number } {
  const ranges = DURATION_RANGES[model.model_type];
  return { queueMs: within(ranges.queue, `${model.model_identifier}:queue`), runMs: within(ranges.run, model.model_identifier) };
}

/** How far one generation's durations stray from the model's usual ones (±20 %), as real providers' do. */
export const DURATION_VARIATION = 0.2;

/**
 * The multiplier of each new generation's durations, drawn in submission order from a generator
 * seeded with `seed`; always 1 with `exact` (--exact-durations).
 */
export function durationFactors(seed: number, exact: boolean): () => number {
  if (exact) return () => 1;
  const random = seededRandom(seed ^ 0x5bd1e995);
  return () => 1 + DURATION_VARIATION * (2 * random() - 1);
}

export function predictionIdFor(provider: string, now: number): string {
  if (provider === 'byteplus') return `cgt-${new Date(now).toISOString().slice(0, 10).replace(/-/g, '')}-${randomHex(2)}`;
  return `pred_${randomHex(4)}`;
}

export interface PlanInput {
  model: CatalogModel;
  providers: string[];
  outcomes: Set<PromptOutcome>;
  /** fail-next is active for this generation. */
  failAll: boolean;
  downProviders: ReadonlySet<string>;
  now: number;
  /** --speed: 10 runs ten times faster. */
  speed: number;
  /** Starts processing at once (a triggered generation.started, a seeded processing record). */
  skipQueue?: boolean;
  /** This generation's multiplier of the model's durations (durationFactors()). */
  durationFactor?: number;
}

export function planGeneration(input: PlanInput): LifecyclePlan {
  const { model, providers, outcomes, failAll, downProviders, now, speed, skipQueue, durationFactor = 1 } = input;
  const factor = ((outcomes.has('slow') ? SLOW_FACTOR : 1) * durationFactor) / speed;
  const { queueMs, runMs } = modelDurations(model);
  const processingAt = skipQueue ? now : now + Math.round(queueMs * factor);
  const attempts: PlannedAttempt[] = [];
  let at = processingAt;
  const fail = (provider: string, error: Omit<ProviderErrorInfo, 'provider'>, share = FAILED_ATTEMPT_SHARE) => {
    const endAt = at + Math.round(runMs * share * factor);
    attempts.push({ provider, predictionId: predictionIdFor(provider, at), startAt: at, endAt, error: { provider, ...error } });
    at = endAt;
  };
  for (const [index, provider] of providers.entries()) {
    if (outcomes.has('content-policy')) {
      fail(provider, {
        code: 'BSE2006',
        type: 'content_policy_violation',
        message: 'The input was flagged by the content safety filter.',
        retryable: false,
      });
      return { processingAt, endAt: at, outcome: 'failed', failure: { code: 'BSE2006', message: attempts[0]!.error!.message }, attempts };
    }
    if (failAll || outcomes.has('fail')) {
      fail(provider, { code: 'BSE3001', type: 'provider_error', message: `${provider} returned an error.`, retryable: true });
    } else if (downProviders.has(provider)) {
      fail(provider, {
        code: 'BSE3001',
        type: 'provider_error',
        message: `${provider} is down (sandbox scenario provider-down).`,
        retryable: true,
      });
    } else if (outcomes.has('failover') && index === 0) {
      fail(provider, { code: 'BSE3002', type: 'provider_timeout', message: `${provider} did not answer in time.`, retryable: true });
    } else {
      const endAt = at + Math.round(runMs * factor);
      attempts.push({ provider, predictionId: predictionIdFor(provider, at), startAt: at, endAt });
      return { processingAt, endAt, outcome: 'succeeded', attempts };
    }
  }
  return {
    processingAt,
    endAt: at,
    outcome: 'failed',
    failure: { code: 'BSE3003', message: 'All providers in the order failed.' },
    attempts,
  };
}

export type WebhookEmitter = (event: string, data: Record<string, unknown>, at: number) => void;

export interface LifecycleHooks {
  now: number;
  emit: WebhookEmitter;
  /** Returns the credits of a generation that will not be delivered. */
  refund: (stored: StoredGeneration) => void;
  outputUrls: (stored: StoredGeneration) => string[];
}

const iso = (ms: number) => new Date(ms).toISOString();
const seconds = (ms: number) => Math.round(ms) / 1000;

/** Applies every transition of the plan that is due by `hooks.now`; returns when the next one is due, if any. */
export function advanceGeneration(account: Account, stored: StoredGeneration, hooks: LifecycleHooks): number | undefined {
  const { record, plan } = stored;
  if (!plan || isTerminal(record.generation_status)) return undefined;
  const first = plan.attempts[0]!;
  if (record.generation_status === 'pending') {
    if (hooks.now < plan.processingAt) return plan.processingAt;
    record.generation_status = 'processing';
    record.generation_started_at = iso(plan.processingAt);
    record.generation_prediction_id = first.predictionId;
    hooks.emit(
      'generation.started',
      {
        ...eventBase(record),
        generation_provider_initialize: first.provider,
        generation_status: 'processing',
        generation_prediction_id: first.predictionId,
      },
      plan.processingAt,
    );
  }
  if (hooks.now < plan.endAt) return plan.endAt;

  const last = plan.attempts.at(-1)!;
  for (const attempt of plan.attempts) {
    const outcome = attempt.error ? 'failed' : 'used';
    countSubmission(account, attempt.provider, outcome, stored.cost);
  }
  record.generation_provider_used = last.provider;
  record.generation_prediction_id = last.predictionId;
  record.generation_completed_at = iso(plan.endAt);
  record.generation_metrics_total_time = seconds(plan.endAt - Date.parse(record.generation_created_at as string));
  record.generation_metrics_predict_time = seconds(last.endAt - last.startAt);
  const providerErrors = plan.attempts.flatMap((a) => (a.error ? [a.error] : []));
  if (providerErrors.length > 0) record.generation_provider_errors = providerErrors;
  if (plan.outcome === 'succeeded') {
    record.generation_status = 'succeeded';
    const files = record.generation_removed ? null : hooks.outputUrls(stored);
    record.generation_output_file = files;
    account.usage.estimatedCost += stored.cost;
    hooks.emit(
      'generation.completed',
      {
        ...eventBase(record),
        generation_provider_used: last.provider,
        generation_status: 'succeeded',
        generation_prediction_id: last.predictionId,
        ...(files ? { generation_output_file: files } : {}),
      },
      plan.endAt,
    );
  } else {
    record.generation_status = 'failed';
    record.generation_error = plan.failure!.message;
    record.generation_error_code = plan.failure!.code;
    hooks.refund(stored);
    hooks.emit(
      'generation.failed',
      {
        ...eventBase(record),
        generation_status: 'failed',
        generation_error: plan.failure!.message,
        generation_error_code: plan.failure!.code,
      },
      plan.endAt,
    );
  }
  return undefined;
}

/** Cancels a pending or processing generation (the caller checked it is not terminal). */
export function cancelGeneration(account: Account, stored: StoredGeneration, hooks: LifecycleHooks): void {
  const { record, plan } = stored;
  const running = plan?.attempts.find((a) => a.startAt <= hooks.now && hooks.now < a.endAt);
  if (plan) {
    for (const attempt of plan.attempts) {
      if (attempt.endAt <= hooks.now) countSubmission(account, attempt.provider, 'failed', stored.cost);
      else if (attempt === running) countSubmission(account, attempt.provider, 'cancelled', stored.cost);
    }
  }
  record.generation_status = 'canceled';
  record.generation_provider_used = running?.provider ?? (record.generation_provider_used as string | null | undefined) ?? null;
  record.generation_completed_at = iso(hooks.now);
  record.generation_output_file = null;
  hooks.refund(stored);
  hooks.emit(
    'generation.canceled',
    {
      ...eventBase(record),
      generation_status: 'canceled',
      credits_refunded: true,
      ...(record.generation_prediction_id ? { generation_prediction_id: record.generation_prediction_id } : {}),
    },
    hooks.now,
  );
}

function eventBase(record: StoredGeneration['record']) {
  return { account_id: record.account_id, model_identifier: record.model_identifier, generation_id: record.generation_id };
}
