// The webhook endpoint of docs/webhooks.md in every framework it shows (examples/webhooks/), each
// fed signed deliveries as BabySea sends them: a genuine one is handled, its repeat is not handled
// again, a tampered one is refused. The Worker runs in workerd (miniflare).
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import express from 'express';
import { Miniflare } from 'miniflare';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestDelivery, createWebhookHandler, PARSED_BODY_MESSAGE, toNodeHandler } from '../../src/webhooks/index.js';

const SECRET = 'whsec_example_secret';
const event = {
  webhook_event: 'generation.completed' as const,
  webhook_data: {
    account_id: '11111111-2222-4333-8444-555555555555',
    model_identifier: 'bfl/flux-schnell',
    generation_status: 'succeeded' as const,
    generation_id: '5c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
    generation_output_file: ['https://cdn.example/0.png'],
  },
};

afterEach(() => vi.restoreAllMocks());

/** Sends a genuine delivery twice and a tampered one through `send`; returns the statuses and what the handler logged. */
async function exercise(send: (request: Request) => Promise<Response>) {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  const delivery = await createTestDelivery(event, { secret: SECRET });
  const first = await send(delivery.request());
  const repeat = await send(delivery.request());
  const tampered = await send(
    new Request(delivery.request().url, { method: 'POST', headers: delivery.headers, body: delivery.body.replace('succeeded', 'failed') }),
  );
  const handled = log.mock.calls.filter((call) => call[0] === 'completed');
  return { statuses: [first.status, repeat.status, tampered.status], repeat: await repeat.json(), handled: handled.length };
}

describe('examples/webhooks', () => {
  it('Next.js App Router: the route’s POST is the handler', async () => {
    const { POST } = await import('../../examples/webhooks/nextjs-route.js');
    expect(await exercise(POST)).toEqual({ statuses: [200, 200, 401], repeat: { received: true, duplicate: true }, handled: 1 });
  });

  it('Hono: the route hands the raw Request to the handler', async () => {
    const { app } = await import('../../examples/webhooks/hono.js');
    expect(await exercise((request) => Promise.resolve(app.fetch(request)))).toEqual({
      statuses: [200, 200, 401],
      repeat: { received: true, duplicate: true },
      handled: 1,
    });
  });

  it('Express: toNodeHandler before express.json()', async () => {
    const { app } = await import('../../examples/webhooks/express.js');
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const send = (request: Request) =>
        fetch(`${base}/webhooks/babysea`, { method: 'POST', headers: request.headers, body: request.body, duplex: 'half' } as RequestInit);
      expect(await exercise(send)).toEqual({ statuses: [200, 200, 401], repeat: { received: true, duplicate: true }, handled: 1 });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('Express with express.json() first: the delivery is refused with what to move, not a signature mismatch', async () => {
    const app = express();
    app.use(express.json());
    app.post('/webhooks/babysea', toNodeHandler(createWebhookHandler({ secret: SECRET })));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const delivery = await createTestDelivery(event, { secret: SECRET });
      const answer = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/babysea`, {
        method: 'POST',
        headers: delivery.headers,
        body: delivery.body,
      });
      expect(answer.status).toBe(400);
      expect((await answer.json()).message).toBe(PARSED_BODY_MESSAGE);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('Cloudflare Workers: the module worker, run in workerd with its secret as a binding', async () => {
    const bundled = await build({
      entryPoints: [fileURLToPath(new URL('../../examples/webhooks/worker.ts', import.meta.url))],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
    });
    const mf = new Miniflare({
      modules: true,
      script: bundled.outputFiles[0]!.text,
      compatibilityDate: '2025-07-01',
      bindings: { BABYSEA_WEBHOOK_SECRET: SECRET },
    });
    try {
      const delivery = await createTestDelivery(event, { secret: SECRET });
      const send = async (request: Request) => {
        const headers: Record<string, string> = {};
        request.headers.forEach((value, name) => {
          headers[name] = value;
        });
        const answer = await mf.dispatchFetch('http://worker.test/webhooks/babysea', {
          method: 'POST',
          headers,
          body: await request.text(),
        });
        return new Response(await answer.text(), { status: answer.status });
      };
      const first = await send(delivery.request());
      const repeat = await send(delivery.request());
      const tampered = await send(
        new Request('http://x/', { method: 'POST', headers: delivery.headers, body: delivery.body.replace('succeeded', 'failed') }),
      );
      expect([first.status, repeat.status, tampered.status]).toEqual([200, 200, 401]);
      expect(await repeat.json()).toEqual({ received: true, duplicate: true });
    } finally {
      await mf.dispose();
    }
  }, 60_000);
});
