// A consumer module written the way the official SDK's README teaches (a Next.js-style server action):
// estimate → generate → wait → read the outputs → handle errors. It runs unchanged on this package.
import {
  BabySea,
  BabySeaError,
  BabySeaGenerationFailedError,
  BabySeaGenerationTimeoutError,
  BabySeaRetryError,
  BabySeaTimeoutError,
  type Generation,
} from 'babysea';

const client = new BabySea({
  apiKey: process.env.BABYSEA_API_KEY ?? '',
  ...(process.env.BABYSEA_BASE_URL ? { baseUrl: process.env.BABYSEA_BASE_URL } : { region: 'us' as const }),
  timeout: 30_000,
  maxRetries: 2,
});

export type ActionResult =
  | { ok: true; generationId: string; files: string[]; status: Generation['generation_status']; replayed: boolean; cost: number }
  | { ok: false; error: string; code?: string; retryable?: boolean };

export async function generateImage(prompt: string, idempotencyKey: string): Promise<ActionResult> {
  try {
    const estimate = await client.estimate('bfl/flux-schnell', { count: 1 });
    if (estimate.data.credit_balance_can_afford === false) return { ok: false, error: 'Not enough credits' };

    const created = await client.generate('bfl/flux-schnell', { generation_prompt: prompt, generation_ratio: '1:1' }, { idempotencyKey });
    if ('generation_status' in created.data && created.data.generation_status === 'canceled') {
      return { ok: false, error: 'This request was canceled' };
    }

    const result = await client.waitForGeneration(created.data.generation_id, { timeout: 120_000, interval: 2_000 });
    const files = result.data.generation_output_file ?? [];
    const first = files[0];
    if (first === undefined) return { ok: false, error: 'No output' };
    return {
      ok: true,
      generationId: result.data.generation_id,
      files,
      status: result.data.generation_status,
      replayed: created.idempotency_replayed ?? false,
      cost: estimate.data.cost_per_generation,
    };
  } catch (err) {
    if (err instanceof BabySeaGenerationFailedError)
      return { ok: false, error: err.generation.generation_error ?? 'Generation failed', code: err.generation_error_code };
    if (err instanceof BabySeaGenerationTimeoutError) return { ok: false, error: `Still running after ${err.timeoutMs} ms` };
    if (err instanceof BabySeaRetryError)
      return { ok: false, error: `Gave up after ${err.attempts} attempts`, code: err.lastError.code, retryable: true };
    if (err instanceof BabySeaTimeoutError) return { ok: false, error: 'Timed out', retryable: true };
    if (err instanceof BabySeaError && err.code === 'BSE1004') return { ok: false, error: 'Not enough credits', code: err.code };
    if (err instanceof BabySeaError) return { ok: false, error: err.message, code: err.code, retryable: err.retryable };
    throw err;
  }
}
