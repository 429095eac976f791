// The answers and arguments every benchmark uses, so the in-memory and loopback baselines answer the
// same bodies and the variants send the same requests.

/** The n-th generation id (n = 1 is the one the single-generation calls ask for). */
export const generationId = (n) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
export const ID = generationId(1);
export const MODEL = { model_owner: 'google', model_name: 'nano-banana' };
export const BODY = { generation_prompt: 'A cute baby seal on the beach at sunset', generation_ratio: '16:9' };

export const envelope = (data, extra = {}) =>
  JSON.stringify({ status: 'success', request_id: 'req_bench', message: 'ok', timestamp: '2026-11-24T10:00:00Z', ...extra, data });

export const generation = (n) => ({
  account_id: generationId(0),
  generation_id: generationId(n),
  model_identifier: 'google/nano-banana',
  generation_status: 'succeeded',
  generation_prompt: BODY.generation_prompt,
  generation_output_file: ['https://cdn.babysea.ai/outputs/0.png'],
  generation_created_at: '2026-11-24T10:00:00Z',
});

/** The generate answer. */
export const SUBMITTED = envelope({
  model_identifier: 'google/nano-banana',
  generation_provider_order: ['fal', 'replicate'],
  generation_prediction_id: 'p',
  generation_id: ID,
  generation_initialized: true,
});
