// Ends a generation in flight now, as succeeded or failed (the dashboard's "complete now" and
// "fail now"): its timeline is planned again from this instant, so every transition and event it
// had left happens at once, in order, through the same lifecycle as any other.
import type { Catalog } from './catalog.ts';
import { planGeneration } from './lifecycle.ts';
import type { StoredGeneration } from './model.ts';

export function replanToEndNow(catalog: Catalog, stored: StoredGeneration, outcome: 'succeeded' | 'failed', now: number): boolean {
  const record = stored.record;
  const model = catalog.find(String(record.model_identifier));
  if (!model || !stored.plan) return false;
  const plan = planGeneration({
    model,
    providers: (record.generation_provider_order as string[] | undefined) ?? [...model.model_supported_provider],
    outcomes: new Set(),
    failAll: outcome === 'failed',
    downProviders: new Set(),
    now,
    speed: Number.POSITIVE_INFINITY,
    skipQueue: true,
  });
  // The prediction the generate answer named stays the first attempt's.
  plan.attempts[0]!.predictionId = stored.plan.attempts[0]!.predictionId;
  stored.plan = plan;
  return true;
}
