// Type tests of the typed escape hatch (compiled by `npm run typecheck`): what compiles is typed by
// the spec's `paths`, and every @ts-expect-error line is a mistake tsc must reject (an unused
// expectation fails the build).
import type { BabySea, components, paths } from '../../src/index.js';

const ID = '5c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

export async function typedCalls(client: BabySea): Promise<void> {
  const generation = await client.get('/v1/content/{generation_id}', { params: { path: { generation_id: ID } } });
  const status: components['schemas']['GenerationStatus'] | undefined = generation.data.generation_status;
  const usage = await client.get('/v1/usage', { params: { query: { days: 7 } } });
  const days: number = usage.data.usage_period_days;
  const noParams = await client.get('/v1/status');
  const prefix: string | null = noParams.data.apikey_prefix;
  const submitted = await client.post(
    '/v1/generate/image/{model_owner}/{model_name}',
    { params: { path: { model_owner: 'bfl', model_name: 'flux-schnell' } }, body: { generation_prompt: 'A seal' } },
    { idempotencyKey: 'k', timeout: 5_000 },
  );
  const id: string = submitted.data.generation_id;
  const deleted = await client.delete('/v1/content/{generation_id}', { params: { path: { generation_id: ID } } }).withResponse();
  const files: number = deleted.data.data.files_deleted;
  // The generated types are exported for users' own code.
  type ListOk = paths['/v1/content/list']['get']['responses'][200]['content']['application/json'];
  const total: ListOk['total'] = 1;
  void [status, days, prefix, id, files, total];
}

export async function mistakesThatDoNotCompile(client: BabySea): Promise<void> {
  // @ts-expect-error a path that is not in the spec
  await client.get('/v1/nowhere');
  // @ts-expect-error a route that does not take this verb
  await client.post('/v1/status');
  // @ts-expect-error the path parameter is required
  await client.get('/v1/content/{generation_id}');
  // @ts-expect-error a misspelled path parameter
  await client.get('/v1/content/{generation_id}', { params: { path: { generationId: ID } } });
  // @ts-expect-error a query parameter of the wrong type
  await client.get('/v1/usage', { params: { query: { days: '7' } } });
  // @ts-expect-error the body needs generation_prompt
  await client.post('/v1/generate/image/{model_owner}/{model_name}', { params: { path: { model_owner: 'a', model_name: 'b' } }, body: {} });
  const ok = await client.get('/v1/status');
  // @ts-expect-error a field the success body does not have
  void ok.data.apikey_secret;
}
