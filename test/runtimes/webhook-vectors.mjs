// Known webhook signatures, fixed here as literals: each `v1` was computed once outside this
// package, with `printf '%s' "<t>.<body>" | openssl dgst -sha256 -hmac "<secret>"` and checked
// against Python's hmac module, never with our code. The wire format they pin down:
//   X-BabySea-Signature: t=<unix seconds>,v1=<hex>   (several v1= while a secret rotates)
//   v1 = lowercase hex HMAC-SHA256 over "<t>.<raw body>", keyed with the whole secret string as UTF-8.
// Every runtime the package claims (Node, Bun, Deno, workerd, the edge runtime, Chromium) runs
// checkWebhookVectors() on the built package, so a format bug cannot cancel out between signing
// and verifying with the same library.

export const WEBHOOK_VECTORS = [
  {
    name: 'ASCII body and secret',
    secret: 'whsec_vector_one',
    t: 1767225600,
    body: '{"webhook_event":"webhook.test","webhook_timestamp":"2026-01-01T00:00:00Z","webhook_delivery_id":"dlv_vector_1","webhook_data":{}}',
    v1: '74a399c90e6d019b74a0e58a94467ed8458b3f1395b9f97f22d7f34908537c68',
    event: 'webhook.test',
  },
  {
    // The secret is used as it is, prefix and all: not base64-decoded, not stripped of whsec_.
    name: 'non-ASCII body (UTF-8, astral emoji), base64-looking secret',
    secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    t: 1767225601,
    body: '{"webhook_event":"generation.completed","webhook_timestamp":"2026-01-01T00:00:01Z","webhook_delivery_id":"dlv_vector_2","webhook_data":{"generation_prompt":"a café seal ☕ 🦭","generation_status":"succeeded"}}',
    v1: '799fced55c23e6289cbb9e5353aa2a4ee813e9e257f853f2dfb02f34999297d0',
    event: 'generation.completed',
  },
  {
    name: 'non-ASCII secret (keyed with its UTF-8 bytes)',
    secret: 'clé secrète ✓',
    t: 1767225602,
    body: '{"webhook_event":"webhook.test","webhook_timestamp":"2026-01-01T00:00:02Z","webhook_delivery_id":"dlv_vector_3","webhook_data":{}}',
    v1: '903230ac7f9cfe1181b8772fe31242eab57a825aea3f95f7f68f8f84c7968239',
    event: 'webhook.test',
  },
  {
    // Signs "1767225600." alone; verifying it ends at the body, which is no event.
    name: 'empty body',
    secret: 'whsec_vector_one',
    t: 1767225600,
    body: '',
    v1: '1bde5c87b321f619ec296bd504e21b238156301b58b2848afee2fdf095a6c14d',
    event: undefined,
  },
];

/** The second vector signed with a retired secret too, as the API sends it while a secret rotates. */
export const ROTATION_VECTOR = {
  retiredSecret: 'whsec_retired_key',
  retiredV1: '67bf7f5b1c67bdf87baace552452bb59317efbd53be59735683c098c159f068d',
};

/** `signature` with the hex digit at `index` replaced by another: one bit-pattern off, nothing else. */
export function flipHexDigit(signature, index) {
  const digit = signature[index] === '0' ? '1' : '0';
  return signature.slice(0, index) + digit + signature.slice(index + 1);
}

/**
 * Runs every vector through the package's signWebhookPayload and verifyWebhook (the runtime's own
 * Web Crypto underneath) and returns how many checks ran and a description of each that failed.
 */
export async function checkWebhookVectors({ signWebhookPayload, verifyWebhook }) {
  const failures = [];
  let checked = 0;
  const check = async (what, run) => {
    checked++;
    try {
      const problem = await run();
      if (problem) failures.push(`${what}: ${problem}`);
    } catch (error) {
      failures.push(`${what}: threw ${error?.name}: ${error?.message}`);
    }
  };
  const reasonOf = (promise) =>
    promise.then(
      (event) => `accepted (${event?.webhook_event})`,
      (error) => error?.reason ?? `${error?.name}: ${error?.message}`,
    );
  const utf8 = (text) => new TextEncoder().encode(text);

  for (const { name, secret, t, body, v1, event } of WEBHOOK_VECTORS) {
    const header = `t=${t},v1=${v1}`;
    await check(`${name}: signWebhookPayload`, async () => {
      const signed = await signWebhookPayload(body, secret, t);
      return signed === header ? undefined : `signed ${signed}, expected ${header}`;
    });
    const expected = event === undefined ? 'invalid_payload' : `accepted (${event})`;
    for (const [form, payload] of [
      ['string', body],
      ['bytes', utf8(body)],
    ]) {
      await check(`${name}: verifyWebhook (${form} body)`, async () => {
        const got = await reasonOf(verifyWebhook(payload, header, secret, { now: t }));
        return got === expected ? undefined : `${got}, expected ${expected}`;
      });
    }
    // One hex digit off at the start, in the middle, in the second half and at the end: each is refused.
    for (const index of [0, 31, 32, 47, 63]) {
      await check(`${name}: digit ${index} changed`, async () => {
        const got = await reasonOf(verifyWebhook(body, `t=${t},v1=${flipHexDigit(v1, index)}`, secret, { now: t }));
        return got === 'no_matching_signature' ? undefined : `${got}, expected no_matching_signature`;
      });
    }
    await check(`${name}: signature cut to 63 digits`, async () => {
      const got = await reasonOf(verifyWebhook(body, `t=${t},v1=${v1.slice(0, 63)}`, secret, { now: t }));
      return got === 'malformed_header' ? undefined : `${got}, expected malformed_header`;
    });
    await check(`${name}: timestamp one second later`, async () => {
      const got = await reasonOf(verifyWebhook(body, `t=${t + 1},v1=${v1}`, secret, { now: t }));
      return got === 'no_matching_signature' ? undefined : `${got}, expected no_matching_signature`;
    });
  }

  const { secret, t, body, v1 } = WEBHOOK_VECTORS[1];
  const rotating = `t=${t},v1=${ROTATION_VECTOR.retiredV1},v1=${v1}`;
  for (const [who, key, expected] of [
    ['current secret', secret, 'accepted (generation.completed)'],
    ['retired secret', ROTATION_VECTOR.retiredSecret, 'accepted (generation.completed)'],
    ['both secrets as an array', [ROTATION_VECTOR.retiredSecret, secret], 'accepted (generation.completed)'],
    ['an unrelated secret', 'whsec_unrelated', 'no_matching_signature'],
  ]) {
    await check(`rotation header, ${who}`, async () => {
      const got = await reasonOf(verifyWebhook(body, rotating, key, { now: t }));
      return got === expected ? undefined : `${got}, expected ${expected}`;
    });
  }
  return { checked, failures };
}

/** How many checks checkWebhookVectors runs (the tests expect exactly this many). */
export const WEBHOOK_VECTOR_CHECKS = WEBHOOK_VECTORS.length * 10 + 4;
