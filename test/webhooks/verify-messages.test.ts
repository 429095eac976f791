// verifyWebhook's words: each failure says which check failed, with the figures that matter (how old,
// how far ahead, the window), what to do, and never the secret or the expected signature. Code and
// logs match on these messages; the official SDK's words come first.
import { describe, expect, it } from 'vitest';
import { BabySeaValidationError } from '../../src/index.js';
import { BabySeaWebhookVerificationError, signWebhookPayload, verifyWebhook } from '../../src/webhooks/index.js';

const SECRET = 'whsec_messages_test';
const T = 1_795_600_807;
const BODY = '{"webhook_event":"webhook.test","webhook_data":{}}';

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof Error)) throw new Error('it verified');
  return error as BabySeaWebhookVerificationError;
}

describe('verification failures', () => {
  it.each([
    [
      'no header',
      () => verifyWebhook(BODY, {}, SECRET, { now: T }),
      'missing_header',
      'Missing X-BabySea-Signature header: pass the request headers or the header value.',
    ],
    [
      'no t=',
      () => verifyWebhook(BODY, `v1=${'a'.repeat(64)}`, SECRET, { now: T }),
      'malformed_header',
      'Invalid signature format. Expected: t=<timestamp>,v1=<hex>; the t= part is missing or not a number.',
    ],
    [
      'no v1=',
      () => verifyWebhook(BODY, `t=${T}`, SECRET, { now: T }),
      'malformed_header',
      'Invalid signature format. Expected: t=<timestamp>,v1=<hex>; no v1= value of 64 lowercase hex characters.',
    ],
    [
      'too old',
      () => verifyWebhook(BODY, `t=${T},v1=${'a'.repeat(64)}`, SECRET, { now: T + 400 }),
      'timestamp_too_old',
      'Webhook timestamp too old: 400s (max 300s): a replay, or a clock far behind.',
    ],
    [
      'in the future',
      () => verifyWebhook(BODY, `t=${T},v1=${'a'.repeat(64)}`, SECRET, { now: T - 400, tolerance: 60 }),
      'timestamp_in_future',
      "Webhook timestamp in the future: 400s ahead (max 60s): check this server's clock.",
    ],
    [
      'no match',
      () => verifyWebhook(BODY, `t=${T},v1=${'a'.repeat(64)}`, SECRET, { now: T }),
      'no_matching_signature',
      'Invalid webhook signature: no v1 signature matches the payload and secret (was the body re-serialized, or the secret wrong?).',
    ],
    [
      'parsed JSON',
      () => verifyWebhook(JSON.parse(BODY), `t=${T},v1=${'a'.repeat(64)}`, SECRET, { now: T }),
      'invalid_payload',
      'Invalid webhook payload: pass the raw request body (string or bytes), not parsed JSON: re-serializing changes the bytes that were signed.',
    ],
  ])('%s → %s, in these words', async (_, verify, reason, message) => {
    const error = await failure(verify());
    expect(error).toBeInstanceOf(BabySeaWebhookVerificationError);
    expect(error.type).toBe('webhook_verification_error');
    expect(error.reason).toBe(reason);
    expect(error.message).toBe(message);
  });

  it('signed, but the body is no event: invalid_payload, in these words', async () => {
    for (const body of ['not json', '"a string"', 'null', '{"webhook_data":{}}']) {
      const error = await failure(verifyWebhook(body, await signWebhookPayload(body, SECRET, T), SECRET, { now: T }));
      expect(error.reason).toBe('invalid_payload');
      expect(error.message).toBe('Invalid webhook payload: the signature matched but the body is not a webhook event object.');
    }
  });

  it('bytes and an ArrayBuffer verify as the string does, and the event is parsed from them', async () => {
    const header = await signWebhookPayload(BODY, SECRET, T);
    const bytes = new TextEncoder().encode(BODY);
    expect((await verifyWebhook(bytes, header, SECRET, { now: T })).webhook_event).toBe('webhook.test');
    expect((await verifyWebhook(bytes.buffer.slice(0) as ArrayBuffer, header, SECRET, { now: T })).webhook_event).toBe('webhook.test');
  });

  it('a message never holds the secret or the expected signature', async () => {
    const expected = (await signWebhookPayload(BODY, SECRET, T)).split('v1=')[1]!;
    const error = await failure(verifyWebhook(BODY, `t=${T},v1=${'b'.repeat(64)}`, SECRET, { now: T }));
    expect(error.message).not.toContain(SECRET);
    expect(error.message).not.toContain(expected);
  });
});

describe('bad arguments', () => {
  const header = `t=${T},v1=${'a'.repeat(64)}`;
  const invalid = async (promise: Promise<unknown>) => {
    const error = await failure(promise);
    expect(error).toBeInstanceOf(BabySeaValidationError);
    return error.message;
  };

  it.each([
    ['', 'an empty string'],
    [undefined, 'undefined'],
    [null, 'null'],
    [42, 'a number'],
    [[], 'an array with a non-string or empty entry'],
    [['whsec_a', ''], 'an array with a non-string or empty entry'],
  ])('secret %j → names what came (%s), never its value', async (secret, got) => {
    expect(await invalid(verifyWebhook(BODY, header, secret as never, { now: T }))).toBe(
      `Invalid secret: expected the webhook secret (a non-empty string, or an array of them while rotating), got ${got}.`,
    );
  });

  it('options: what they must be, in these words', async () => {
    expect(await invalid(verifyWebhook(BODY, header, SECRET, 'soon' as never))).toBe(
      'Invalid options: expected a tolerance in seconds or { tolerance, now }, got "soon".',
    );
    expect(await invalid(verifyWebhook(BODY, header, SECRET, [] as never))).toMatch(/^Invalid options: expected a tolerance/);
    expect(await invalid(verifyWebhook(BODY, header, SECRET, { window: 5 } as never))).toBe(
      'Invalid window: unknown option; verifyWebhook takes tolerance and now.',
    );
    expect(await invalid(verifyWebhook(BODY, header, SECRET, { tolerance: -1 }))).toMatch(
      /^Invalid tolerance: expected a finite number of seconds ≥ 0, got /,
    );
    expect(await invalid(verifyWebhook(BODY, header, SECRET, { now: Number.NaN }))).toMatch(/^Invalid now: expected Unix seconds, got /);
  });
});
