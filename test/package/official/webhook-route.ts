// A webhook route written the way the official SDK's README teaches (a Next.js App Router handler).
import type { WebhookPayload } from 'babysea';
import { isCreditLowBalance, isGenerationEvent, verifyWebhook } from 'babysea/webhooks';

const seen = new Set<string>();

export async function POST(request: Request): Promise<Response> {
  const body = await request.text();
  const signature = request.headers.get('x-babysea-signature') ?? '';
  let payload: WebhookPayload;
  try {
    payload = await verifyWebhook(body, signature, process.env.BABYSEA_WEBHOOK_SECRET ?? '', 300);
  } catch {
    return new Response('Invalid signature', { status: 400 });
  }
  if (seen.has(payload.webhook_delivery_id)) return new Response('Duplicate', { status: 200 });
  seen.add(payload.webhook_delivery_id);
  if (isGenerationEvent(payload)) {
    return Response.json({
      generation: payload.webhook_data.generation_id,
      status: payload.webhook_data.generation_status,
      files: payload.webhook_data.generation_output_file ?? [],
    });
  }
  if (isCreditLowBalance(payload)) return Response.json({ balance: payload.webhook_data.current_balance });
  return new Response(null, { status: 204 });
}
