// The record a new generation starts with (the spec's `Generation`, status pending): the body's
// values or the model's defaults, and any model-specific field of the body echoed as sent.
import { uuid } from '../random.ts';
import { type CatalogModel, type MediaKind, STANDARD_FIELDS } from './catalog.ts';
import type { Account, GenerationRecord, LifecyclePlan } from './model.ts';
import type { PriceQuote } from './pricing.ts';

/** Standard body fields (the record sets those it knows itself); any other key of the body (model-specific ones) is echoed. */
const STANDARD_RECORD_FIELDS = new Set([...STANDARD_FIELDS.image, ...STANDARD_FIELDS.video]);

export interface NewRecordInput {
  account: Account;
  model: CatalogModel;
  kind: MediaKind;
  body: Record<string, unknown>;
  price: PriceQuote;
  providers: string[];
  outputNumber: number;
  plan: LifecyclePlan;
  now: number;
}

export function newGenerationRecord({
  account,
  model,
  kind,
  body,
  price,
  providers,
  outputNumber,
  plan,
  now,
}: NewRecordInput): GenerationRecord {
  const extras = Object.fromEntries(Object.entries(body).filter(([key]) => !STANDARD_RECORD_FIELDS.has(key)));
  return {
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
    generation_created_at: new Date(now).toISOString(),
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
}
