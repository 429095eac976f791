// Tag "Health": live health of providers, models, storage and cache, against the Prism mock.
import { describe, expect, it } from 'vitest';
import { contractClient, wire } from '../helpers/contract.js';
import { example } from '../helpers/spec.js';

describe.each([
  ['healthProviders', '/v1/health/inference/providers', 'providers'],
  ['healthModels', '/v1/health/inference/models', 'models'],
  ['healthStorage', '/v1/health/storage', 'storage'],
  ['healthCache', '/v1/health/cache', 'cache'],
] as const)('%s: GET %s', (operationId, path, method) => {
  it(`health.${method}() sends GET ${path} and returns the ${operationId} example`, async () => {
    const { client, calls } = contractClient();
    const res = await client.health[method]();
    expect(wire(calls[0]!)).toBe(`GET ${path}`);
    expect(res.data).toEqual(example(operationId).data);
  });
});

describe('healthProviders: GET /v1/health/inference/providers', () => {
  it('types each status as the enum', async () => {
    const { client } = contractClient();
    const res = await client.health.providers();
    const statuses: ('healthy' | 'recovering' | 'degraded' | 'unknown')[] = res.data.providers.map((p) => p.status);
    expect(statuses).toContain('degraded');
  });
});
