// Cloudflare Workers: the secret is a binding (wrangler secret put BABYSEA_WEBHOOK_SECRET); the
// handler is made once per isolate.
import { createWebhookHandler } from 'babysea/webhooks';

interface Env {
  BABYSEA_WEBHOOK_SECRET: string;
}

let webhook: ((request: Request) => Promise<Response>) | undefined;

export default {
  fetch(request: Request, env: Env): Promise<Response> | Response {
    if (new URL(request.url).pathname !== '/webhooks/babysea') return new Response('Not found', { status: 404 });
    webhook ??= createWebhookHandler({
      secret: env.BABYSEA_WEBHOOK_SECRET,
      on: {
        'generation.completed': (event) => {
          console.log('completed', event.webhook_data.generation_id);
        },
      },
    });
    return webhook(request);
  },
};
