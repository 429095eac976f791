// babysea/webhooks: signature verification (Web Crypto), replay window, rotation, typed events.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BabySeaError, BabySeaValidationError } from '../../src/index.js';
import {
  BabySeaWebhookVerificationError,
  isCreditLowBalance,
  isCreditsLowBalance,
  isGenerationCanceled,
  isGenerationCompleted,
  isGenerationEvent,
  isGenerationFailed,
  isGenerationStarted,
  isWebhookTest,
  readDeliveryHeaders,
  signWebhookPayload,
  verifyWebhook,
  type WebhookEvent,
} from '../../src/webhooks/index.js';
import { spec } from '../helpers/spec.js';
import { checkWebhookVectors, flipHexDigit, WEBHOOK_VECTOR_CHECKS } from '../runtimes/webhook-vectors.mjs';

// A known vector: HMAC-SHA256("whsec_test_secret", "1795600807." + BODY), checked against node:crypto below.
const SECRET = 'whsec_test_secret';
const T = 1795600807;
const BODY =
  '{"webhook_event":"webhook.test","webhook_timestamp":"2026-11-24T10:00:07Z","webhook_delivery_id":"dlv_1","webhook_data":{"account_id":"3f2b8c1e-9a4d-4e7b-8c2f-1d5e6a7b8c9d","model_identifier":"bfl/flux-schnell","generation_status":"succeeded","generation_id":"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"}}';
const V1 = '242d9e2b245dd350bf75794fad432fd28855591c90a92ad36a00d227d029dba2';
const HEADER = `t=${T},v1=${V1}`;
const at = { now: T + 10 };

async function reason(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BabySeaWebhookVerificationError);
  expect(error).toBeInstanceOf(BabySeaError);
  const message = (error as Error).message;
  expect(message).not.toContain(SECRET);
  expect(message).not.toContain(V1);
  return (error as BabySeaWebhookVerificationError).reason;
}

describe('verifyWebhook', () => {
  it('accepts the known vector, which node:crypto agrees with', async () => {
    expect(createHmac('sha256', SECRET).update(`${T}.${BODY}`).digest('hex')).toBe(V1);
    const event = await verifyWebhook(BODY, HEADER, SECRET, at);
    expect(event.webhook_event).toBe('webhook.test');
  });

  it('takes the raw body as string, Uint8Array/Buffer or ArrayBuffer, and headers as Headers, a record or the value', async () => {
    const bytes = new TextEncoder().encode(BODY);
    for (const payload of [BODY, bytes, Buffer.from(BODY), bytes.buffer]) {
      await expect(verifyWebhook(payload, { 'X-BabySea-Signature': HEADER }, SECRET, at)).resolves.toMatchObject({
        webhook_delivery_id: 'dlv_1',
      });
    }
    await expect(verifyWebhook(BODY, new Headers({ 'x-babysea-signature': HEADER }), SECRET, at)).resolves.toBeTruthy();
  });

  it('rejects a signature one hex digit away from the expected one, at every position (the comparison reads all 64)', async () => {
    for (let index = 0; index < 64; index++) {
      const header = `t=${T},v1=${flipHexDigit(V1, index)}`;
      expect(await reason(verifyWebhook(BODY, header, SECRET, at)), `digit ${index}`).toBe('no_matching_signature');
    }
  });

  it('signs and verifies the fixed vectors computed with openssl (UTF-8 body and secret, empty body, rotation, one digit off)', async () => {
    expect(await checkWebhookVectors({ signWebhookPayload, verifyWebhook })).toEqual({ checked: WEBHOOK_VECTOR_CHECKS, failures: [] });
  });

  it('rejects a tampered body', async () => {
    expect(await reason(verifyWebhook(BODY.replace('succeeded', 'failed'), HEADER, SECRET, at))).toBe('no_matching_signature');
  });

  it('rejects re-serialized JSON (whitespace differs from what was signed)', async () => {
    expect(await reason(verifyWebhook(JSON.stringify(JSON.parse(BODY), null, 2), HEADER, SECRET, at))).toBe('no_matching_signature');
  });

  it('rejects a wrong secret', async () => {
    expect(await reason(verifyWebhook(BODY, HEADER, 'whsec_other', at))).toBe('no_matching_signature');
  });

  it('rejects a parsed object instead of the raw body', async () => {
    expect(await reason(verifyWebhook(JSON.parse(BODY), HEADER, SECRET, at))).toBe('invalid_payload');
  });

  it('rejects stale and future timestamps outside the tolerance, accepts inside it', async () => {
    expect(await reason(verifyWebhook(BODY, HEADER, SECRET, { now: T + 301 }))).toBe('timestamp_too_old');
    expect(await reason(verifyWebhook(BODY, HEADER, SECRET, { now: T - 301 }))).toBe('timestamp_in_future');
    await expect(verifyWebhook(BODY, HEADER, SECRET, { now: T + 300 })).resolves.toBeTruthy();
    await expect(verifyWebhook(BODY, HEADER, SECRET, { now: T - 300 })).resolves.toBeTruthy();
    await expect(verifyWebhook(BODY, HEADER, SECRET, { now: T + 1000, tolerance: 1200 })).resolves.toBeTruthy();
  });

  it('a replayed delivery verifies only within the window (drop duplicates by webhook_delivery_id)', async () => {
    await expect(verifyWebhook(BODY, HEADER, SECRET, { now: T + 60 })).resolves.toBeTruthy();
    expect(await reason(verifyWebhook(BODY, HEADER, SECRET, { now: T + 3600 }))).toBe('timestamp_too_old');
  });

  it('a timestamp changed in the header breaks the signature', async () => {
    expect(await reason(verifyWebhook(BODY, `t=${T + 1},v1=${V1}`, SECRET, at))).toBe('no_matching_signature');
  });

  it.each([
    ['', 'missing_header'],
    [`v1=${V1}`, 'malformed_header'],
    [`t=abc,v1=${V1}`, 'malformed_header'],
    [`t=${T}`, 'malformed_header'],
    [`t=${T},v1=XYZ`, 'malformed_header'],
    [`t=${T},v1=${V1.toUpperCase()}`, 'malformed_header'],
    ['garbage', 'malformed_header'],
  ])('header %j → %s', async (header, expected) => {
    expect(await reason(verifyWebhook(BODY, header, SECRET, at))).toBe(expected);
  });

  it('a tolerance of 0 accepts only the second it was signed in', async () => {
    await expect(verifyWebhook(BODY, HEADER, SECRET, { now: T, tolerance: 0 })).resolves.toBeTruthy();
    expect(await reason(verifyWebhook(BODY, HEADER, SECRET, { now: T + 1, tolerance: 0 }))).toBe('timestamp_too_old');
    expect(await reason(verifyWebhook(BODY, HEADER, SECRET, { now: T - 1, tolerance: 0 }))).toBe('timestamp_in_future');
  });

  it.each([
    [`t=1${'0'.repeat(12)},v1=${V1}`, 'a 13-digit t'],
    [`t=,v1=${V1}`, 'an empty t'],
    [`t=${T}x,v1=${V1}`, 'a t with a trailing letter'],
    [`t=x${T},v1=${V1}`, 'a t with a leading letter'],
    [`t=${T},v1=${V1}0`, 'a 65-digit v1'],
    [`t=${T},v1=0${V1}`, 'a 65-digit v1, the extra digit first'],
    [`t=${T},v1=${V1.slice(1)}`, 'a 63-digit v1'],
    [`t=${T},V1=${V1}`, 'an upper-case V1'],
    [`t=${T},v0=${V1}`, 'a v0 in place of v1'],
  ])('%j is malformed_header (%s)', async (header) => {
    expect(await reason(verifyWebhook(BODY, header, SECRET, at))).toBe('malformed_header');
  });

  it('the parts may carry spaces around them, and unknown parts are ignored', async () => {
    await expect(verifyWebhook(BODY, ` t=${T} , v0=abc , v1=${V1} `, SECRET, at)).resolves.toBeTruthy();
  });

  it('a Node header record may hold the signature as an array of values (several header lines), joined as one', async () => {
    await expect(verifyWebhook(BODY, { 'x-babysea-signature': [`t=${T}`, `v1=${V1}`] }, SECRET, at)).resolves.toBeTruthy();
    expect(await reason(verifyWebhook(BODY, { 'x-babysea-other': HEADER }, SECRET, at))).toBe('missing_header');
  });

  it.each([
    ['null', 'JSON null'],
    ['{"webhook_event":5,"webhook_data":{}}', 'a non-string webhook_event'],
    ['{"webhook_data":{}}', 'no webhook_event'],
    ['{"webhook_event":"webhook.test"', 'JSON cut short'],
  ])('a signed %j is invalid_payload (%s)', async (body) => {
    expect(await reason(verifyWebhook(body, await signWebhookPayload(body, SECRET, T), SECRET, at))).toBe('invalid_payload');
  });

  it('a missing header in a header record is missing_header', async () => {
    expect(await reason(verifyWebhook(BODY, {}, SECRET, at))).toBe('missing_header');
  });

  it('several v1 values: any match verifies (the server signs with old and new secret while rotating)', async () => {
    const other = createHmac('sha256', 'whsec_new').update(`${T}.${BODY}`).digest('hex');
    await expect(verifyWebhook(BODY, `t=${T},v1=${other},v1=${V1}`, SECRET, at)).resolves.toBeTruthy();
    await expect(verifyWebhook(BODY, `t=${T},v1=${other},v1=${V1}`, 'whsec_new', at)).resolves.toBeTruthy();
  });

  it('accepts an array of secrets on the receiving side while rotating', async () => {
    await expect(verifyWebhook(BODY, HEADER, ['whsec_new', SECRET], at)).resolves.toBeTruthy();
    expect(await reason(verifyWebhook(BODY, HEADER, ['whsec_new', 'whsec_newer'], at))).toBe('no_matching_signature');
  });

  it('a valid signature over a body that is not an event is invalid_payload', async () => {
    const header = await signWebhookPayload('[1,2]', SECRET, T);
    expect(await reason(verifyWebhook('[1,2]', header, SECRET, at))).toBe('invalid_payload');
  });

  it('an empty, undefined or null secret is a validation error naming it, not a failed verification and not a TypeError', async () => {
    for (const secret of ['', undefined, null, [], ['']]) {
      const error = await verifyWebhook(BODY, HEADER, secret as never, at).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BabySeaValidationError);
      expect(error).toMatchObject({ argument: 'secret' });
    }
  });

  it.each([
    ['', 'an empty string'],
    [undefined, 'undefined'],
    [null, 'null'],
    [42, 'a number'],
    [[SECRET, 42], 'an array with a non-string or empty entry'],
    [[SECRET, ''], 'an array with a non-string or empty entry'],
  ])('a secret of %j says it got %s, never the value', async (secret, got) => {
    const error = (await verifyWebhook(BODY, HEADER, secret as never, at).catch((e: unknown) => e)) as Error;
    expect(error.message).toBe(
      `Invalid secret: expected the webhook secret (a non-empty string, or an array of them while rotating), got ${got}.`,
    );
    expect(error.message).not.toContain(SECRET);
  });

  it.each([
    [null, 'options'],
    [[300], 'options'],
    ['300', 'options'],
    [{ now: Number.NaN }, 'now'],
    [{ now: '1795600817' }, 'now'],
  ])('options %j are a validation error naming %s', async (options, argument) => {
    const error = await verifyWebhook(BODY, HEADER, SECRET, options as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BabySeaValidationError);
    expect(error).toMatchObject({ argument });
  });

  it('a number as the 4th argument is the tolerance in seconds, as in the official SDK', async () => {
    const now = Math.floor(Date.now() / 1000);
    const header = await signWebhookPayload(BODY, SECRET, now - 500);
    expect(await reason(verifyWebhook(BODY, header, SECRET, 300))).toBe('timestamp_too_old');
    expect((await verifyWebhook(BODY, header, SECRET, 600)).webhook_event).toBe('webhook.test');
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, -1, '300'])('tolerance %s is a validation error, never "no limit"', async (tolerance) => {
    const dayOld = await signWebhookPayload(BODY, SECRET, Math.floor(Date.now() / 1000) - 86_400);
    for (const options of typeof tolerance === 'number' ? [tolerance, { tolerance }] : [{ tolerance }]) {
      const error = await verifyWebhook(BODY, dayOld, SECRET, options as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BabySeaValidationError);
      expect(error).toMatchObject({ argument: 'tolerance' });
    }
  });

  it('an unknown option is rejected, never ignored', async () => {
    const error = await verifyWebhook(BODY, HEADER, SECRET, { tolerence: 600 } as never).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'BabySeaValidationError', argument: 'tolerence' });
  });
});

describe('signWebhookPayload', () => {
  it('produces the known vector', async () => {
    expect(await signWebhookPayload(BODY, SECRET, T)).toBe(HEADER);
  });

  it('signs whole seconds: a fractional timestamp is rounded down', async () => {
    expect(await signWebhookPayload(BODY, SECRET, T + 0.9)).toBe(HEADER);
  });

  it('round-trips with verifyWebhook at the current time', async () => {
    const header = await signWebhookPayload(BODY, SECRET);
    await expect(verifyWebhook(BODY, header, SECRET)).resolves.toMatchObject({ webhook_event: 'webhook.test' });
  });
});

describe('events', () => {
  const make = (webhook_event: string, webhook_data: object = {}) =>
    ({ webhook_event, webhook_timestamp: '', webhook_delivery_id: 'd', webhook_data }) as WebhookEvent;

  it('type guards pick exactly their event, one guard per event of the spec', () => {
    const guards = [
      isGenerationStarted,
      isGenerationCompleted,
      isGenerationFailed,
      isGenerationCanceled,
      isCreditsLowBalance,
      isWebhookTest,
    ];
    const names = Object.keys(spec.webhooks);
    expect(guards).toHaveLength(names.length);
    for (const [i, name] of names.entries()) expect(guards.map((guard) => guard(make(name)))).toEqual(guards.map((_, j) => i === j));
  });

  it('the official names: isGenerationEvent (every event but credits.low_balance, the test included) and isCreditLowBalance', () => {
    const names = ['generation.started', 'generation.completed', 'generation.failed', 'generation.canceled', 'webhook.test'];
    for (const name of names) expect(isGenerationEvent(make(name)), name).toBe(true);
    expect(isGenerationEvent(make('credits.low_balance'))).toBe(false);
    expect(isCreditLowBalance).toBe(isCreditsLowBalance);
    const event = make('webhook.test', { generation_id: 'g' });
    if (isGenerationEvent(event)) expect(event.webhook_data.generation_id).toBe('g');
  });

  it('a guard narrows the payload type', () => {
    const event = make('credits.low_balance', {
      account_id: 'a',
      current_balance: 4.5,
      thresholds_crossed: [{ threshold: 5, balance_at: 4.5 }],
    });
    if (isCreditsLowBalance(event)) expect(event.webhook_data.thresholds_crossed[0]!.threshold).toBe(5);
    else throw new Error('guard failed');
  });

  it('readDeliveryHeaders exposes the four delivery headers, from Headers or a Node record', () => {
    const values = {
      'X-BabySea-Signature': HEADER,
      'X-BabySea-Event': 'webhook.test',
      'X-BabySea-Timestamp': String(T),
      'X-BabySea-Delivery-Id': 'dlv_1',
    };
    const expected = { signature: HEADER, event: 'webhook.test', timestamp: String(T), deliveryId: 'dlv_1' };
    expect(readDeliveryHeaders(new Headers(values))).toEqual(expected);
    expect(readDeliveryHeaders(Object.fromEntries(Object.entries(values).map(([k, v]) => [k.toLowerCase(), v])))).toEqual(expected);
  });
});
