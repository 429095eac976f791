// Express: the webhook route comes before any JSON body parser, so the handler reads the exact
// bytes that were signed (toNodeHandler reads the raw body itself; express.raw() works too).
import { createWebhookHandler, toNodeHandler } from 'babysea/webhooks';
import express from 'express';

const webhook = createWebhookHandler({
  secret: process.env.BABYSEA_WEBHOOK_SECRET ?? 'whsec_example_secret',
  on: {
    'generation.completed': (event) => {
      console.log('completed', event.webhook_data.generation_id);
    },
  },
});

export const app = express();
app.post('/webhooks/babysea', toNodeHandler(webhook));
// The rest of the app parses JSON after the webhook route.
app.use(express.json());
