// Runs the built package in whatever runtime executes this file (Bun, Deno, Node): calls the mock,
// verifies a webhook with that runtime's Web Crypto, and prints what it saw as JSON.
import { BabySea, BabySeaValidationError } from '../../dist/index.js';
import { signWebhookPayload, verifyWebhook } from '../../dist/webhooks.js';

const baseUrl = globalThis.Deno ? Deno.args[0] : process.argv[2];
const sent = [];
const client = new BabySea({
  apiKey: 'bs_runtime_key',
  baseUrl,
  fetch: (request) => {
    sent.push(Object.fromEntries(request.headers));
    return fetch(request);
  },
});
const status = await client.status();
const page = await client.listGenerations({ limit: 5 });
const invalid = await client.getGeneration('a/../b').catch((error) => error instanceof BabySeaValidationError);
const body = '{"webhook_event":"webhook.test","webhook_data":{}}';
const event = await verifyWebhook(body, await signWebhookPayload(body, 'whsec_runtime'), 'whsec_runtime');
console.log(
  JSON.stringify({
    prefix: status.data.apikey_prefix,
    total: page.total,
    invalid,
    event: event.webhook_event,
    runtime: sent[0]['x-babysea-sdk-runtime'],
    userAgent: sent[0]['user-agent'],
  }),
);
