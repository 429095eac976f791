// What every method returns is a real Promise of the envelope, with withResponse() and asResponse().
import { describe, expect, it } from 'vitest';
import { ApiPromise, BabySea, BabySeaAuthenticationError, BabySeaValidationError } from '../../src/index.js';
import { recordingFetch } from '../helpers/recording-fetch.js';
import { example, specAnswer } from '../helpers/spec.js';

function setup(answer = (request: { method: string; url: string }) => specAnswer(request, { 'x-request-id': 'req_header' })) {
  const recorder = recordingFetch(answer);
  return {
    client: new BabySea({ apiKey: 'bye_k', baseUrl: 'http://api.test', fetch: recorder.fetch, maxRetries: 0 }),
    calls: recorder.calls,
  };
}

describe('ApiPromise', () => {
  it('is a real Promise: instanceof, Promise.all, Promise.race, and then() gives a plain Promise', async () => {
    const { client } = setup();
    const call = client.status();
    expect(call).toBeInstanceOf(Promise);
    expect(call).toBeInstanceOf(ApiPromise);
    const [status, account] = await Promise.all([call, client.account()]);
    expect(status).toEqual(example('status'));
    expect(account.data.account_name).toBe(example('account').data.account_name);
    const chained = client.status().then((res) => res.data.apikey_prefix);
    expect(chained).not.toBeInstanceOf(ApiPromise);
    expect(await chained).toBe('bye_7Kx2');
    expect(await Promise.race([client.billing()])).toEqual(example('billing'));
  });

  it('withResponse() gives the envelope, the Response and the request id, from one request', async () => {
    const { client, calls } = setup();
    const call = client.status();
    const { data, response, requestId } = await call.withResponse();
    expect(await call).toBe(data);
    expect(response.status).toBe(200);
    expect(requestId).toBe(example('status').request_id);
    expect(calls).toHaveLength(1);
  });

  it('asResponse() right after the call gives the Response itself, body unread', async () => {
    const { client } = setup();
    const response = await client.status().asResponse();
    expect(response.bodyUsed).toBe(false);
    expect(response.headers.get('x-request-id')).toBe('req_header');
    expect(await response.json()).toEqual(example('status'));
  });

  it('asResponse() after the body was read gives a copy with the same status, headers and bytes', async () => {
    const { client } = setup();
    const call = client.status();
    await call;
    const response = await call.asResponse();
    expect(response.bodyUsed).toBe(false);
    expect(response.headers.get('x-request-id')).toBe('req_header');
    expect(await response.json()).toEqual(example('status'));
  });

  it('asResponse() still rejects with the typed error of an error status', async () => {
    const { client } = setup(() =>
      Response.json(
        { status: 'error', error: { code: 'BSE1002', type: 'authentication_failed', message: 'bad key', retryable: false } },
        { status: 401 },
      ),
    );
    await expect(client.status().asResponse()).rejects.toBeInstanceOf(BabySeaAuthenticationError);
  });

  it('withResponse() after asResponse() on the same call is a validation error: the body went to asResponse()', async () => {
    const { client } = setup();
    const call = client.status();
    await call.asResponse();
    await expect(call.withResponse()).rejects.toBeInstanceOf(BabySeaValidationError);
  });

  it('asResponse() and withResponse() both asked for at once: the envelope is read, asResponse() gets a copy', async () => {
    const { client, calls } = setup();
    const call = client.status();
    const [response, { data }] = await Promise.all([call.asResponse(), call.withResponse()]);
    expect(data).toEqual(example('status'));
    expect(await response.json()).toEqual(example('status'));
    expect(calls).toHaveLength(1);
  });

  it('a call nobody awaits is still sent', async () => {
    const { client, calls } = setup();
    void client.status();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(calls).toHaveLength(1);
  });
});
