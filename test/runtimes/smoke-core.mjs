// The smoke check every runtime runs on the built package: calls the mock, checks an argument,
// runs middleware (openapi-fetch, loaded on first use), verifies a webhook and checks the fixed signature vectors with that runtime's Web Crypto, and
// reports what it saw.
import { BabySea, BabySeaValidationError } from '../../dist/index.js';
import { signWebhookPayload, verifyWebhook } from '../../dist/webhooks.js';
import { checkWebhookVectors } from './webhook-vectors.mjs';

export async function runSmoke(baseUrl) {
  const sent = [];
  const client = new BabySea({
    apiKey: 'bye_runtime_key',
    baseUrl,
    fetch: (url, init) => {
      const headers = {};
      new Headers(init.headers).forEach((value, name) => {
        headers[name] = value;
      });
      sent.push(headers);
      return fetch(url, init);
    },
  });
  const status = await client.status();
  const page = await client.listGenerations({ limit: 5 });
  const invalid = await client.getGeneration('a/../b').catch((error) => error instanceof BabySeaValidationError);
  client.use({ onRequest: ({ request }) => request.headers.set('x-smoke-middleware', 'ran') });
  await client.account();
  const body = '{"webhook_event":"webhook.test","webhook_data":{}}';
  const event = await verifyWebhook(body, await signWebhookPayload(body, 'whsec_runtime'), 'whsec_runtime');
  const vectors = await checkWebhookVectors({ signWebhookPayload, verifyWebhook });
  return {
    prefix: status.data.apikey_prefix,
    total: page.total,
    invalid,
    event: event.webhook_event,
    runtime: sent[0]['x-babysea-sdk-runtime'],
    userAgent: sent[0]['user-agent'] ?? null,
    middleware: sent.at(-1)['x-smoke-middleware'] ?? null,
    vectors,
  };
}
