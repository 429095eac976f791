// A webhook endpoint with Hono: verify the RAW body, then act on the typed event.
// Run as is, it starts on a free port and sends itself one signed and one tampered delivery.
import { serve } from '@hono/node-server';
import {
  BabySeaWebhookVerificationError,
  isGenerationCompleted,
  isGenerationFailed,
  signWebhookPayload,
  verifyWebhook,
} from 'babysea/webhooks';
import { Hono } from 'hono';

const secret = process.env.BABYSEA_WEBHOOK_SECRET ?? 'whsec_example_secret';

export const app = new Hono();

app.post('/webhooks/babysea', async (c) => {
  // The signature covers the exact bytes sent: read the raw text, never c.req.json() + JSON.stringify.
  const rawBody = await c.req.text();
  try {
    const event = await verifyWebhook(rawBody, c.req.raw.headers, secret);
    if (isGenerationCompleted(event))
      console.log('completed:', event.webhook_data.generation_id, event.webhook_data.generation_output_file);
    else if (isGenerationFailed(event)) console.log('failed:', event.webhook_data.generation_error);
    else console.log('event:', event.webhook_event);
    return c.body(null, 204);
  } catch (error) {
    if (error instanceof BabySeaWebhookVerificationError) return c.text(error.reason, 400);
    throw error;
  }
});

// Self-test: deliver a signed event, then the same event tampered with.
const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, async ({ port }) => {
  const url = `http://127.0.0.1:${port}/webhooks/babysea`;
  const body = JSON.stringify({
    webhook_event: 'generation.completed',
    webhook_timestamp: new Date().toISOString(),
    webhook_delivery_id: 'dlv_example',
    webhook_data: {
      account_id: 'a',
      model_identifier: 'bfl/flux-schnell',
      generation_status: 'succeeded',
      generation_id: 'g',
      generation_output_file: ['https://cdn.example/0.png'],
    },
  });
  const headers = { 'content-type': 'application/json', 'x-babysea-signature': await signWebhookPayload(body, secret) };
  const signed = await fetch(url, { method: 'POST', headers, body });
  const tampered = await fetch(url, { method: 'POST', headers, body: body.replace('succeeded', 'failed') });
  console.log(`signed delivery → ${signed.status}; tampered delivery → ${tampered.status} ${await tampered.text()}`);
  server.close();
});
