/** How a generation reads for people (`get`, `list`). */
import { fields } from './format.ts';
import type { Generation } from './sdk.ts';

export function generationLines(g: Generation): string[] {
  return fields([
    ['id', g.generation_id],
    ['status', g.generation_status],
    ['model', g.model_identifier],
    ['prompt', g.generation_prompt],
    ['ratio', g.generation_ratio],
    ['format', g.generation_output_format],
    ['duration', g.generation_duration === undefined || g.generation_duration === null ? undefined : `${g.generation_duration} s`],
    ['provider', g.generation_provider_used],
    ['created', g.generation_created_at],
    ['completed', g.generation_completed_at],
    ['took', typeof g.generation_metrics_total_time === 'number' ? `${g.generation_metrics_total_time} s` : undefined],
    ['error', g.generation_error ? `${g.generation_error}${g.generation_error_code ? ` (${g.generation_error_code})` : ''}` : undefined],
    ['outputs', (g.generation_output_file as string[] | null | undefined) ?? undefined],
  ]);
}
