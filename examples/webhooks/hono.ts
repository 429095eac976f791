// Hono (Node, Bun, Deno, Workers): hand the raw Request to the handler.
import { createWebhookHandler } from 'babysea/webhooks';
import { Hono } from 'hono';

const webhook = createWebhookHandler({
  secret: process.env.BABYSEA_WEBHOOK_SECRET ?? 'whsec_example_secret',
  on: {
    'generation.completed': (event) => {
      console.log('completed', event.webhook_data.generation_id);
    },
  },
});

export const app = new Hono();
app.post('/webhooks/babysea', (c) => webhook(c.req.raw));
