// Waits that need no polling: on the real sandbox (speed 1, webhooks on), how soon a wait returns
// after its generation completed, and how many requests it makes beyond the submission, when the
// client receives the sandbox's signed deliveries (createWebhookHandler({ client })) against the
// default schedule and a fixed 2 s poll. Generations run side by side, started a little apart.
import { createServer } from 'node:http';
import { BabySea } from 'babysea';
import { createWebhookHandler, toNodeHandler } from 'babysea/webhooks';
import { median } from './harness.mjs';
import { startRealSpeedSandbox } from './real-sandbox.mjs';

const SECRET = 'whsec_bench_webhooks';

/** A client whose requests are counted per generation. */
function countingClient(baseUrl, apiKey) {
  const perGeneration = new Map();
  const client = new BabySea({
    apiKey,
    baseUrl,
    fetch: (url, init) => {
      const match = /\/v1\/content\/([0-9a-f-]{36})$/.exec(new URL(url).pathname);
      if (match) perGeneration.set(match[1], (perGeneration.get(match[1]) ?? 0) + 1);
      if (new URL(url).pathname === '/v1/content/list') perGeneration.set('list', (perGeneration.get('list') ?? 0) + 1);
      return fetch(url, init);
    },
  });
  return { client, perGeneration };
}

async function measure({ client, perGeneration }, count, options) {
  const done = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      await new Promise((resolve) => setTimeout(resolve, i * 250));
      const res = await client.generateAndWait('bfl/flux-schnell', { generation_prompt: `A baby seal, ${i} ${Math.random()}` }, options);
      return { id: res.data.generation_id, latencyMs: Date.now() - Date.parse(res.data.generation_completed_at) };
    }),
  );
  const requests = done.reduce((sum, d) => sum + (perGeneration.get(d.id) ?? 0), 0) + (perGeneration.get('list') ?? 0);
  return { medianLatencyMs: median(done.map((d) => d.latencyMs)), requestsPerGeneration: requests / count };
}

export async function webhookWaits({ count = 20 } = {}) {
  const hooked = { current: undefined };
  const receiver = createServer(
    (req, res) => void toNodeHandler(createWebhookHandler({ secret: SECRET, client: hooked.current }))(req, res),
  );
  await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const sandbox = await startRealSpeedSandbox({ webhook: { url: `http://127.0.0.1:${receiver.address().port}/webhooks`, secret: SECRET } });
  try {
    const withDeliveries = countingClient(sandbox.url, 'bye_bench_webhooks_1');
    hooked.current = withDeliveries.client;
    withDeliveries.client.deliveries.expect();
    const rows = [
      { label: 'webhook deliveries (createWebhookHandler({ client }))', ...(await measure(withDeliveries, count, {})) },
      {
        label: 'the default schedule (polling; the model seen before)',
        ...(await measure(countingClient(sandbox.url, 'bye_bench_webhooks_2'), count, {})),
      },
      {
        label: 'fixed 2 s (the official SDK’s pace)',
        ...(await measure(countingClient(sandbox.url, 'bye_bench_webhooks_3'), count, { interval: 2_000 })),
      },
    ];
    return { count, rows };
  } finally {
    await sandbox.close();
    await new Promise((resolve) => receiver.close(resolve));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.table((await webhookWaits({ count: Number(process.argv[2] ?? 20) })).rows);
