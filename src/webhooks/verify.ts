/**
 * Verifying and signing webhook deliveries with Web Crypto, so it runs in Node, Deno, Bun, browsers
 * and edge runtimes alike. Verify the raw request body, never re-serialized JSON.
 */

import { describeValue } from '../core/describe.js';
import { BabySeaError, BabySeaValidationError } from '../core/errors.js';
import { hex, webCrypto } from '../core/web-crypto.js';
import type {
  CreditsLowBalanceEvent,
  GenerationCanceledEvent,
  GenerationCompletedEvent,
  GenerationEvent,
  GenerationFailedEvent,
  GenerationStartedEvent,
  WebhookEvent,
  WebhookTestEvent,
} from '../types.js';

export type {
  CreditsLowBalanceEvent,
  GenerationCanceledEvent,
  GenerationCompletedEvent,
  GenerationEvent,
  GenerationFailedEvent,
  GenerationStartedEvent,
  WebhookEvent,
  WebhookEventType,
  WebhookPayload,
  WebhookTestEvent,
} from '../types.js';

/** The delivery headers, lower-cased as `Headers` and Node's `req.headers` give them. */
export const WEBHOOK_HEADERS = {
  signature: 'x-babysea-signature',
  event: 'x-babysea-event',
  timestamp: 'x-babysea-timestamp',
  deliveryId: 'x-babysea-delivery-id',
} as const;

/** Default replay window: a delivery signed more than this many seconds from now is rejected. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

export type WebhookVerificationReason =
  | 'invalid_payload'
  | 'missing_header'
  | 'malformed_header'
  | 'timestamp_too_old'
  | 'timestamp_in_future'
  | 'no_matching_signature';

/**
 * Says which check failed (`reason`), starting with the official SDK's words for it (`Invalid webhook
 * signature`, `Webhook timestamp too old`, …); never contains the secret or the expected signature.
 */
export class BabySeaWebhookVerificationError extends BabySeaError {
  readonly reason: WebhookVerificationReason;
  constructor(reason: WebhookVerificationReason, message: string) {
    super(message, { type: 'webhook_verification_error' });
    this.reason = reason;
  }
}

export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;
/** A delivery's raw body, exactly as received (verify before parsing). */
export type WebhookBody = string | Uint8Array | ArrayBuffer;

export interface VerifyWebhookOptions {
  /** Seconds a delivery stays valid either side of now (default 300). */
  tolerance?: number;
  /** The current time in Unix seconds (tests); defaults to the clock. */
  now?: number;
}

export interface DeliveryHeaders {
  signature: string | undefined;
  event: string | undefined;
  timestamp: string | undefined;
  deliveryId: string | undefined;
}

/** Reads the four delivery headers from a `Headers` object or a Node-style header record. */
export function readDeliveryHeaders(headers: WebhookHeaders): DeliveryHeaders {
  const read = {} as DeliveryHeaders;
  for (const field in WEBHOOK_HEADERS)
    read[field as keyof DeliveryHeaders] = headerValue(headers, WEBHOOK_HEADERS[field as keyof DeliveryHeaders]);
  return read;
}

/**
 * Verifies a delivery and returns its typed event. `signature` is the request's headers or the
 * `X-BabySea-Signature` value; `secret` may be an array while rotating secrets. The last argument is
 * the replay window in seconds (as in the official SDK) or an options object.
 */
export async function verifyWebhook(
  payload: WebhookBody,
  signature: WebhookHeaders | string,
  secret: string | readonly string[],
  options: number | VerifyWebhookOptions = {},
): Promise<WebhookEvent> {
  const { tolerance, now } = readVerifyOptions(options);
  const secrets = readSecrets(secret);
  const body = payloadBytes(payload);
  const header =
    typeof signature === 'string' ? signature : signature == null ? undefined : headerValue(signature, WEBHOOK_HEADERS.signature);
  if (!header)
    throw new BabySeaWebhookVerificationError(
      'missing_header',
      'Missing X-BabySea-Signature header: pass the request headers or the header value.',
    );
  const { timestamp, signatures } = parseSignatureHeader(header);

  const age = now - Number(timestamp);
  if (age > tolerance)
    throw new BabySeaWebhookVerificationError(
      'timestamp_too_old',
      `Webhook timestamp too old: ${age}s (max ${tolerance}s): a replay, or a clock far behind.`,
    );
  if (-age > tolerance)
    throw new BabySeaWebhookVerificationError(
      'timestamp_in_future',
      `Webhook timestamp in the future: ${-age}s ahead (max ${tolerance}s): check this server's clock.`,
    );

  for (const candidate of secrets) {
    const expected = await hmacHex(candidate, timestamp, body);
    // Every value is compared in full, in constant time, whatever the others gave.
    let matched = false;
    for (const given of signatures) matched = timingSafeEqual(expected, given) || matched;
    if (matched) return parseEvent(typeof payload === 'string' ? payload : new TextDecoder().decode(body));
  }
  throw new BabySeaWebhookVerificationError(
    'no_matching_signature',
    'Invalid webhook signature: no v1 signature matches the payload and secret (was the body re-serialized, or the secret wrong?).',
  );
}

/** The replay window and clock; a bad value (NaN from an unset variable, a negative or endless window) is an error, never "no limit". */
function readVerifyOptions(options: unknown): { tolerance: number; now: number } {
  const given = typeof options === 'number' ? { tolerance: options } : options;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw new BabySeaValidationError('options', `expected a tolerance in seconds or { tolerance, now }, got ${describeValue(options)}.`);
  }
  for (const key of Object.keys(given)) {
    if (key !== 'tolerance' && key !== 'now')
      throw new BabySeaValidationError(key, 'unknown option; verifyWebhook takes tolerance and now.');
  }
  const { tolerance = DEFAULT_TOLERANCE_SECONDS, now = Math.floor(Date.now() / 1000) } = given as VerifyWebhookOptions;
  if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance < 0) {
    throw new BabySeaValidationError('tolerance', `expected a finite number of seconds ≥ 0, got ${describeValue(tolerance)}.`);
  }
  if (typeof now !== 'number' || !Number.isFinite(now))
    throw new BabySeaValidationError('now', `expected Unix seconds, got ${describeValue(now)}.`);
  return { tolerance, now };
}

function readSecrets(secret: unknown): readonly string[] {
  const secrets = typeof secret === 'string' ? [secret] : secret;
  if (!Array.isArray(secrets) || secrets.length === 0 || secrets.some((s) => typeof s !== 'string' || s === '')) {
    // Says what kind of value came, never the value: it may be a secret.
    const got = Array.isArray(secret)
      ? 'an array with a non-string or empty entry'
      : secret === ''
        ? 'an empty string'
        : secret == null
          ? String(secret)
          : `a ${typeof secret}`;
    throw new BabySeaValidationError(
      'secret',
      `expected the webhook secret (a non-empty string, or an array of them while rotating), got ${got}.`,
    );
  }
  return secrets;
}

/** The `X-BabySea-Signature` value for `payload`, to test your own webhook handlers. */
export async function signWebhookPayload(
  payload: WebhookBody,
  secret: string,
  timestamp: number = Math.floor(Date.now() / 1000),
): Promise<string> {
  const t = String(Math.floor(timestamp));
  return `t=${t},v1=${await hmacHex(secret, t, payloadBytes(payload))}`;
}

// ---- type guards ----
const isEvent =
  <E extends WebhookEvent>(type: E['webhook_event']) =>
  (event: WebhookEvent): event is E =>
    event.webhook_event === type;
export const isGenerationStarted = isEvent<GenerationStartedEvent>('generation.started');
export const isGenerationCompleted = isEvent<GenerationCompletedEvent>('generation.completed');
export const isGenerationFailed = isEvent<GenerationFailedEvent>('generation.failed');
export const isGenerationCanceled = isEvent<GenerationCanceledEvent>('generation.canceled');
export const isCreditsLowBalance = isEvent<CreditsLowBalanceEvent>('credits.low_balance');
export const isWebhookTest = isEvent<WebhookTestEvent>('webhook.test');
/** Any event about a generation, the test delivery included (everything but `credits.low_balance`). */
export const isGenerationEvent = (event: WebhookEvent): event is GenerationEvent => event.webhook_event !== 'credits.low_balance';
/** The official SDK's name for `isCreditsLowBalance`. */
export const isCreditLowBalance = isCreditsLowBalance;

// ---- internals ----
const encoder = new TextEncoder();
const SIGNATURE_RE = /^[0-9a-f]{64}$/;
const keyCache = new Map<string, Promise<CryptoKey>>();

function headerValue(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const record = headers as Record<string, string | string[] | undefined>;
  for (const key in record) {
    if (key.toLowerCase() === name) {
      const value = record[key];
      return Array.isArray(value) ? value.join(',') : value;
    }
  }
  return undefined;
}

function parseSignatureHeader(header: string): { timestamp: string; signatures: string[] } {
  let timestamp: string | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [key, value = ''] = part.trim().split('=', 2) as [string, string?];
    if (key === 't') timestamp = value;
    else if (key === 'v1' && SIGNATURE_RE.test(value)) signatures.push(value);
  }
  if (timestamp === undefined || !/^[0-9]{1,12}$/.test(timestamp)) {
    throw new BabySeaWebhookVerificationError(
      'malformed_header',
      'Invalid signature format. Expected: t=<timestamp>,v1=<hex>; the t= part is missing or not a number.',
    );
  }
  if (signatures.length === 0) {
    throw new BabySeaWebhookVerificationError(
      'malformed_header',
      'Invalid signature format. Expected: t=<timestamp>,v1=<hex>; no v1= value of 64 lowercase hex characters.',
    );
  }
  return { timestamp, signatures };
}

function payloadBytes(payload: WebhookBody): Uint8Array {
  if (typeof payload === 'string') return encoder.encode(payload);
  if (payload instanceof Uint8Array) return payload;
  if (payload instanceof ArrayBuffer) return new Uint8Array(payload);
  throw new BabySeaWebhookVerificationError(
    'invalid_payload',
    'Invalid webhook payload: pass the raw request body (string or bytes), not parsed JSON: re-serializing changes the bytes that were signed.',
  );
}

function parseEvent(text: string): WebhookEvent {
  let event: unknown;
  try {
    event = JSON.parse(text);
  } catch {
    // Reported below.
  }
  if (typeof event !== 'object' || event === null || typeof (event as WebhookEvent).webhook_event !== 'string') {
    throw new BabySeaWebhookVerificationError(
      'invalid_payload',
      'Invalid webhook payload: the signature matched but the body is not a webhook event object.',
    );
  }
  return event as WebhookEvent;
}

async function hmacHex(secret: string, timestamp: string, body: Uint8Array): Promise<string> {
  const { subtle } = await webCrypto();
  let key = keyCache.get(secret);
  if (!key) {
    if (keyCache.size >= 8) keyCache.clear();
    key = subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    keyCache.set(secret, key);
  }
  const prefix = encoder.encode(`${timestamp}.`);
  const message = new Uint8Array(prefix.length + body.length);
  message.set(prefix);
  message.set(body, prefix.length);
  return hex(await subtle.sign('HMAC', await key, message));
}

function timingSafeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
