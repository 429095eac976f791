// Tag "Library": the provider and model catalog, against the Prism mock.
import { describe, expect, it } from 'vitest';
import type { LibraryModel, LibraryProvider } from '../../src/index.js';
import { contractClient, wire } from '../helpers/contract.js';
import { example } from '../helpers/spec.js';

describe('libraryProviders: GET /v1/library/providers', () => {
  it('sends GET /v1/library/providers; the implementation descriptors are the fixed strings of the sources', async () => {
    const { client, calls } = contractClient();
    const res = await client.library.providers();
    expect(wire(calls[0]!)).toBe('GET /v1/library/providers');
    expect(res.data).toEqual(example('libraryProviders').data);
    expect(res.data.providers_total).toBe(res.data.providers.length);
    const cloudflare = res.data.providers.find((p) => p.provider_id === 'cloudflare');
    expect(cloudflare?.babysea_implementation.cancel_method).toBeNull();
    expect(res.data.providers[0]!.babysea_implementation).toMatchObject({
      error_mapping: 'bse_error_codes',
      failover_strategy: 'sequential_provider_chain',
    });
  });

  it('the example catalog lists every provider of the models catalog example, with its model count', () => {
    const providers: LibraryProvider[] = example('libraryProviders').data.providers;
    const models: LibraryModel[] = example('libraryModels').data.models;
    const listed = Object.fromEntries(providers.map((p) => [p.provider_id, p.babysea_implementation.supported_models_total]));
    const counted: Record<string, number> = {};
    for (const model of models) for (const p of model.model_supported_provider) counted[p] = (counted[p] ?? 0) + 1;
    expect(listed).toEqual(counted);
  });
});

describe('libraryModels: GET /v1/library/models', () => {
  it('sends GET /v1/library/models and returns the catalog of the spec example', async () => {
    const { client, calls } = contractClient();
    const res = await client.library.models();
    expect(wire(calls[0]!)).toBe('GET /v1/library/models');
    expect(res.data).toEqual(example('libraryModels').data);
    const qwen = res.data.models.find((m) => m.model_identifier === 'qwen/image');
    expect(qwen?.specific_schema).toEqual(['generation_negative_prompt', 'generation_seed', 'generation_guidance']);
    expect(res.data.models[1]!.model_pricing).toMatchObject({ '720p_audio': 0.07 });
  });
});
