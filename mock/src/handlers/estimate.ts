// GET /v1/estimate/{owner}/{name}: the cost rules of pricing.ts, the count clamped to the range of the
// spec's x-clamped, and what the balance covers.
import { checkVideoOptions } from '../domain/catalog.ts';
import { isViolation, quote } from '../domain/pricing.ts';
import { errors, violationError } from '../protocol/envelope.ts';
import { roundCredits } from '../random.ts';
import type { Handlers } from './context.ts';

export const estimateHandlers: Handlers<'estimate'> = {
  estimate: ({ core, account, operation, path, query }) => {
    const id = `${path.model_owner}/${path.model_name}`;
    const model = core.catalog.find(id);
    if (!model) throw errors.modelNotFound(id);
    // The spec clamps count rather than rejecting it: its `x-clamped` says to which range.
    const countSchema = operation.parameters.find((p) => p.name === 'count')?.schema;
    const range = (countSchema?.['x-clamped'] ?? { minimum: 1, maximum: 100 }) as { minimum: number; maximum: number };
    const count = Math.min(
      range.maximum,
      Math.max(range.minimum, (query.count as number | undefined) ?? (countSchema?.default as number) ?? 1),
    );
    const duration = query.duration as number | undefined;
    const resolution = query.resolution as string | undefined;
    if (model.model_type === 'video') {
      const problem = checkVideoOptions(model, { duration, resolution }, { duration: 'duration', resolution: 'resolution' });
      if (problem) throw violationError(problem);
    }
    const price = quote(model, { duration, resolution, audio: query.audio as boolean | undefined });
    if (isViolation(price)) throw violationError({ ...price, field: 'resolution' });
    const total = roundCredits(price.costPerGeneration * count);
    const balance = account.balance;
    return {
      data: {
        model_identifier: id,
        model_type: model.model_type,
        assets_count: count,
        ...(price.costPerSecond !== undefined ? { cost_per_second: price.costPerSecond, duration_seconds: price.durationSeconds } : {}),
        ...(price.resolution !== undefined ? { resolution: price.resolution } : {}),
        cost_per_generation: price.costPerGeneration,
        cost_total_consumed: total,
        credit_balance: balance,
        credit_balance_can_afford: balance >= total,
        credit_balance_max_affordable: price.costPerGeneration > 0 ? Math.floor(balance / price.costPerGeneration + 1e-9) : null,
      },
    };
  },
};
