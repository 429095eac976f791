// Runs the consumer module and the official API facts against the API at BABYSEA_BASE_URL (the mock,
// or a local server that misbehaves) and prints what happened, as JSON, for test/package/compat.test.ts.
import { signWebhookPayload } from 'babysea/webhooks';
import { checkAtRunTime } from './official-api.js';
import { generateImage } from './server-action.js';
import { POST } from './webhook-route.js';

const action = await generateImage('A baby seal plays in the Arctic', 'order-42');
const body = JSON.stringify({
  webhook_event: 'generation.completed',
  webhook_timestamp: new Date().toISOString(),
  webhook_delivery_id: '5c8a2f3b-9d4e-4f6a-8b7c-8d9e0f1a2b3c',
  webhook_data: {
    account_id: 'a',
    model_identifier: 'bfl/flux-schnell',
    generation_status: 'succeeded',
    generation_id: 'g',
    generation_output_file: ['https://x/0.png'],
  },
});
const secret = process.env.BABYSEA_WEBHOOK_SECRET ?? '';
const signed = await POST(
  new Request('http://app.test/api/babysea/webhook', {
    method: 'POST',
    body,
    headers: { 'x-babysea-signature': await signWebhookPayload(body, secret) },
  }),
);
const tampered = await POST(
  new Request('http://app.test/api/babysea/webhook', {
    method: 'POST',
    body: body.replace('succeeded', 'failed'),
    headers: { 'x-babysea-signature': await signWebhookPayload(body, secret) },
  }),
);
console.log(JSON.stringify({ action, webhook: [signed.status, await signed.json(), tampered.status], problems: await checkAtRunTime() }));
