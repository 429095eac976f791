// What a generation costs: the one set of rules that both `estimate` and the generate routes use.
//
//   image   cost per generation = model_pricing (a number per image); total = count (or
//           generation_output_number) × that.
//   video   cost per generation = per-second rate × duration, where the rate is
//             - model_pricing itself when it is a number;
//             - else the map entry `<resolution>_audio` / `<resolution>_noaudio` when the map has
//               audio-keyed prices for that resolution (audio defaults to true, as `estimate` says),
//             - else the entry `<resolution>`.
//           The resolution defaults to the model's first listed one, the duration to its first
//           listed one. A resolution the map does not price is a 422.
//   total = count × cost per generation. Amounts keep six decimals.

import { roundCredits } from '../random.ts';
import type { Violation } from '../validation.ts';
import type { CatalogModel } from './catalog.ts';

export interface PriceQuote {
  costPerGeneration: number;
  costPerSecond?: number;
  durationSeconds?: number;
  resolution?: string;
  /** Whether the audio rate was charged (audio-priced models only). */
  audio?: boolean;
}

export interface PriceInput {
  duration?: number | undefined;
  resolution?: string | undefined;
  audio?: boolean | undefined;
}

/** Whether the model's price map distinguishes audio from no audio. */
export function isAudioPriced(model: CatalogModel): boolean {
  const pricing = model.model_pricing;
  return typeof pricing === 'object' && Object.keys(pricing).some((key) => /_(no)?audio$/.test(key));
}

export function quote(model: CatalogModel, input: PriceInput = {}): PriceQuote | Violation {
  const pricing = model.model_pricing ?? 0;
  if (model.model_type === 'image') {
    const price = typeof pricing === 'number' ? pricing : (Object.values(pricing)[0] ?? 0);
    return { costPerGeneration: roundCredits(price) };
  }
  const durationSeconds = input.duration ?? model.schema.generation_duration?.[0] ?? 5;
  if (typeof pricing === 'number') {
    return { costPerSecond: pricing, durationSeconds, costPerGeneration: roundCredits(pricing * durationSeconds) };
  }
  const resolution = input.resolution ?? model.schema.generation_resolution?.[0] ?? Object.keys(pricing)[0]!.split('_')[0]!;
  const audio = input.audio ?? true;
  const audioKey = `${resolution}_${audio ? 'audio' : 'noaudio'}`;
  const rate = pricing[audioKey] ?? pricing[resolution];
  if (rate === undefined) {
    const priced = [...new Set(Object.keys(pricing).map((key) => key.split('_')[0]!))];
    return {
      status: 422,
      field: 'generation_resolution',
      message: `generation_resolution ${resolution} has no price for ${model.model_identifier} (priced: ${priced.join(', ')}).`,
      allowed: priced,
    };
  }
  return {
    costPerSecond: rate,
    durationSeconds,
    resolution,
    ...(isAudioPriced(model) ? { audio } : {}),
    costPerGeneration: roundCredits(rate * durationSeconds),
  };
}

export function isViolation(value: unknown): value is Violation {
  return typeof value === 'object' && value !== null && 'field' in value && 'status' in value;
}
