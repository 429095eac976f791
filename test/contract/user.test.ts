// Tag "User": the account bound to the key, and its billing, against the Prism mock.
import { describe, expect, it } from 'vitest';
import { contractClient, wire } from '../helpers/contract.js';
import { example } from '../helpers/spec.js';

describe('account: GET /v1/user/account', () => {
  it('sends GET /v1/user/account and returns the example account', async () => {
    const { client, calls } = contractClient();
    const res = await client.account();
    expect(wire(calls[0]!)).toBe('GET /v1/user/account');
    expect(res.data).toEqual(example('account').data);
  });
});

describe('billing: GET /v1/user/billing', () => {
  it('sends GET /v1/user/billing', async () => {
    const { client, calls } = contractClient();
    const res = await client.billing();
    expect(wire(calls[0]!)).toBe('GET /v1/user/billing');
    expect(res.data.billing_plan).toBe('pro');
  });

  it('with Prefer: example=lowCredits returns the null-filled subscription', async () => {
    const { client } = contractClient();
    const res = await client.billing({ headers: { Prefer: 'example=lowCredits' } });
    expect(res.data.billing_subscription_status).toBeNull();
    expect(res.data.billing_credit_balance).toBe(0.4);
  });
});
