// The behaviours the official SDK's webhook tests check, written for this package: a signature made
// with Web Crypto directly (not with this package) verifies and narrows; a wrong one is rejected with
// the official words.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isGenerationCompleted, verifyWebhook } from 'babysea/webhooks';

async function hmacHex(key, message) {
  const encoder = new TextEncoder();
  const cryptoKey = await crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(message));
  return Buffer.from(mac).toString('hex');
}

test('a signature made independently verifies, and the completed event narrows', async () => {
  const secret = 'whsec_suite';
  const body = JSON.stringify({
    webhook_event: 'generation.completed',
    webhook_data: { generation_id: 'gen_1', generation_status: 'succeeded' },
  });
  const t = Math.floor(Date.now() / 1000);
  const event = await verifyWebhook(body, `t=${t},v1=${await hmacHex(secret, `${t}.${body}`)}`, secret);
  assert.equal(event.webhook_event, 'generation.completed');
  assert.equal(isGenerationCompleted(event), true);
});

test('a wrong signature is rejected with "Invalid webhook signature"', async () => {
  const body = JSON.stringify({ webhook_event: 'webhook.test', webhook_data: {} });
  const t = Math.floor(Date.now() / 1000);
  await assert.rejects(() => verifyWebhook(body, `t=${t},v1=${'0'.repeat(64)}`, 'whsec_suite'), /Invalid webhook signature/);
});

test('a stale timestamp is rejected with "Webhook timestamp too old"', async () => {
  const secret = 'whsec_suite';
  const body = JSON.stringify({ webhook_event: 'webhook.test', webhook_data: {} });
  const t = Math.floor(Date.now() / 1000) - 3600;
  const signature = `t=${t},v1=${await hmacHex(secret, `${t}.${body}`)}`;
  await assert.rejects(() => verifyWebhook(body, signature, secret), /Webhook timestamp too old/);
});
