// Next.js App Router: app/api/webhooks/babysea/route.ts. The handler is the route: it reads the raw
// body, verifies it, handles each delivery once and answers as BabySea needs.
import { createWebhookHandler } from 'babysea/webhooks';

export const POST = createWebhookHandler({
  secret: process.env.BABYSEA_WEBHOOK_SECRET ?? 'whsec_example_secret',
  on: {
    'generation.completed': async (event) => {
      // Save the outputs now: their URLs expire.
      console.log('completed', event.webhook_data.generation_id, event.webhook_data.generation_output_file);
    },
    'generation.failed': (event) => {
      console.log('failed', event.webhook_data.generation_id, event.webhook_data.generation_error);
    },
  },
});
