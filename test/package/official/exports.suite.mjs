// The official SDK's export checks, for this package: the client, the base error and the webhook
// verifier, from ESM and from CommonJS.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';

test('ESM: the client, the base error and the webhook verifier', async () => {
  const sdk = await import('babysea');
  const webhooks = await import('babysea/webhooks');
  assert.equal(typeof sdk.BabySea, 'function');
  assert.equal(typeof sdk.BabySeaError, 'function');
  assert.equal(typeof webhooks.verifyWebhook, 'function');
});

test('CommonJS: the same three', () => {
  const require = createRequire(import.meta.url);
  assert.equal(typeof require('babysea').BabySea, 'function');
  assert.equal(typeof require('babysea').BabySeaError, 'function');
  assert.equal(typeof require('babysea/webhooks').verifyWebhook, 'function');
});
