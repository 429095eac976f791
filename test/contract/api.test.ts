// Tag "API": the key's status and the account's usage, against the Prism mock.
import { describe, expect, it } from 'vitest';
import { contractClient, wire } from '../helpers/contract.js';
import { example } from '../helpers/spec.js';

describe('status: GET /v1/status', () => {
  it('sends GET /v1/status and returns the key metadata as the spec example', async () => {
    const { client, calls } = contractClient();
    const res = await client.status();
    expect(wire(calls[0]!)).toBe('GET /v1/status');
    expect(res).toEqual(example('status'));
    expect(res.data.apikey_prefix).toBe('bye_7Kx2');
  });
});

describe('usage: GET /v1/usage', () => {
  it('defaults the window on the server; usage(7) sends days=7', async () => {
    const { client, calls } = contractClient();
    await client.usage();
    const res = await client.usage(7);
    expect(calls.map(wire)).toEqual(['GET /v1/usage', 'GET /v1/usage?days=7']);
    expect(res.data.usage_endpoints[0]!.error_codes).toEqual({ BSE1004: 9, BSE1006: 6 });
    expect(res.data.usage_providers[0]!.total_estimated_cost).toBe(41.2);
  });
});
