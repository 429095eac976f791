// The behaviours the official SDK's own client tests check, written for this package: a test suite
// that stubs globalThis.fetch and asserts on what it receives. Runs with `node --test` in a project
// that installed the packed tarball (test/package/compat.test.ts). Where this SDK differs on purpose
// (README, "Switching from the official SDK"), the test says so and checks what it does instead.
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { BabySea, BabySeaError, BabySeaNetworkError, BabySeaRetryError } from 'babysea';

const realFetch = globalThis.fetch;
const realRandom = Math.random;
afterEach(() => {
  globalThis.fetch = realFetch;
  Math.random = realRandom;
});

const json = (body, init = {}) =>
  new Response(JSON.stringify(body), { ...init, headers: { 'content-type': 'application/json', ...init.headers } });

test('a stubbed fetch receives (url, init) with the method, headers and JSON body; a body without status is accepted; a replay is flagged', async () => {
  const seen = [];
  globalThis.fetch = async (url, init) => {
    seen.push(url);
    assert.equal(typeof url, 'string');
    assert.equal(init.method, 'POST');
    const headers = new Headers(init.headers);
    assert.equal(headers.get('authorization'), 'Bearer bye_suite');
    assert.equal(headers.get('idempotency-key'), 'job:suite-1');
    assert.equal(headers.get('content-type'), 'application/json');
    assert.equal(JSON.parse(init.body).generation_prompt, 'a seal');
    assert.ok(init.signal instanceof AbortSignal);
    return json({ data: { generation_id: 'gen_suite' }, request_id: 'req_suite' }, { headers: { 'idempotency-replayed': 'true' } });
  };
  const client = new BabySea({ apiKey: 'bye_suite', baseUrl: 'https://unit.test', maxRetries: 0 });
  const created = await client.generate('bfl/flux-schnell', { generation_prompt: 'a seal' }, { idempotencyKey: 'job:suite-1' });
  assert.deepEqual(seen, ['https://unit.test/v1/generate/image/bfl/flux-schnell']);
  assert.equal(created.data.generation_id, 'gen_suite');
  assert.equal(created.idempotency_replayed, true);
});

test('a body whose status is not "success", or without data, is still an invalid answer', async () => {
  const client = new BabySea({ apiKey: 'bye_suite', baseUrl: 'https://unit.test', maxRetries: 0 });
  for (const body of [{ status: 'ok', data: { generation_id: 'g' } }, { request_id: 'req_x' }]) {
    globalThis.fetch = async () => json(body);
    await assert.rejects(() => client.generate('bfl/flux-schnell', { generation_prompt: 'a seal' }), {
      name: 'BabySeaInvalidResponseError',
    });
  }
});

test('differs on purpose: a POST whose connection fails is retried, because every generate call carries an idempotency key', async () => {
  // The official SDK sends a key only when given one, so it does not retry a keyless POST (a retry
  // could bill twice). This SDK always sends one (its own when you pass none), and retries with it.
  Math.random = () => 0;
  const keys = [];
  globalThis.fetch = async (_url, init) => {
    keys.push(new Headers(init.headers).get('idempotency-key'));
    throw new TypeError('fetch failed');
  };
  const client = new BabySea({ apiKey: 'bye_suite', baseUrl: 'https://unit.test', maxRetries: 2 });
  await assert.rejects(
    () => client.generate('bfl/flux-schnell', { generation_prompt: 'a seal' }),
    (error) => {
      assert.ok(error instanceof BabySeaNetworkError);
      assert.equal(error.attempts, 3);
      assert.match(error.message, /^Network error after 3 attempt\(s\): fetch failed/);
      return true;
    },
  );
  assert.equal(keys.length, 3);
  assert.equal(new Set(keys).size, 1);
  assert.ok(keys[0]);
});

test('a POST with an idempotency key that fails once to connect is retried and succeeds', async () => {
  Math.random = () => 0;
  let calls = 0;
  globalThis.fetch = async () => {
    calls += 1;
    if (calls === 1) throw new TypeError('fetch failed');
    return json({ data: { generation_id: 'gen_retry' }, request_id: 'req_retry' });
  };
  const client = new BabySea({ apiKey: 'bye_suite', baseUrl: 'https://unit.test', maxRetries: 1 });
  const created = await client.generate('bfl/flux-schnell', { generation_prompt: 'a seal' }, { idempotencyKey: 'job:retry' });
  assert.equal(calls, 2);
  assert.equal(created.data.generation_id, 'gen_retry');
});

test('an error body that is not a BabySea error: HTTP_<status>, api_error, retryable by status, a message starting "HTTP 502"', async () => {
  let calls = 0;
  globalThis.fetch = async () => {
    calls += 1;
    return json({ message: 'upstream returned an unexpected shape' }, { status: 502, statusText: 'Bad Gateway' });
  };
  const client = new BabySea({ apiKey: 'bye_suite', baseUrl: 'https://unit.test', maxRetries: 0 });
  await assert.rejects(
    () => client.library.models(),
    (error) => {
      assert.ok(error instanceof BabySeaRetryError);
      assert.ok(error.lastError instanceof BabySeaError);
      assert.equal(error.lastError.status, 502);
      assert.equal(error.lastError.code, 'HTTP_502');
      assert.equal(error.lastError.type, 'api_error');
      assert.equal(error.lastError.retryable, true);
      // Differs on purpose: the official message is exactly "HTTP 502"; this one goes on to say what came instead.
      assert.match(error.lastError.message, /^HTTP 502: /);
      assert.equal(error.lastError.body.error.message, 'HTTP 502');
      return true;
    },
  );
  assert.equal(calls, 1);
});

test('the official error constructor normalizes a body as the official SDK does', () => {
  const error = new BabySeaError(503, { error: { message: 'down' } });
  assert.equal(error.message, 'down');
  assert.equal(error.code, 'HTTP_503');
  assert.equal(error.type, 'api_error');
  assert.equal(error.retryable, true);
  assert.equal(new BabySeaError(502, {}).message, 'HTTP 502');
});
