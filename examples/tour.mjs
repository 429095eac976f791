// `npm run demo`: a tour of every SDK method against the local sandbox, started here in-process on a
// free port, with a local webhook receiver. No API key and no network needed.
import { createServer } from 'node:http';
import { BabySea, BabySeaInsufficientCreditsError, BabySeaValidationError } from 'babysea';
import { verifyWebhook } from 'babysea/webhooks';
import { startSandboxServer } from 'babysea-mock/server';

const SECRET = 'whsec_tour';
const events = [];
const receiver = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => {
    body += chunk;
  });
  req.on('end', async () => {
    const event = await verifyWebhook(body, req.headers, SECRET).catch(() => undefined);
    if (event) {
      const { generation_id: id, generation_status: status } = event.webhook_data;
      events.push({ id, text: `${event.webhook_event}${status ? ` (${status})` : ''}` });
    }
    res.writeHead(event ? 204 : 400).end();
  });
});
await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));

// Five times faster than the real durations, so the tour takes seconds and the progress still shows.
const sandbox = await startSandboxServer({
  port: 0,
  speed: 5,
  quiet: true,
  webhook: { url: `http://127.0.0.1:${receiver.address().port}/webhooks/babysea`, secret: SECRET },
});
const client = new BabySea({ apiKey: 'bye_demo_key', baseUrl: sandbox.url });
const show = (call, fields) =>
  console.log(
    `  ${call.padEnd(48)} → ${Object.entries(fields)
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
      .join('  ')}`,
  );

try {
  console.log(`BabySea SDK tour against the local sandbox at ${sandbox.url}\n`);

  console.log('API');
  const status = await client.status();
  show('client.status()', { apikey_prefix: status.data.apikey_prefix, request_id: status.request_id });
  const usage = await client.usage(7);
  show('client.usage(7)', { credit_balance: usage.data.usage_credit_balance, requests: usage.data.usage_total_requests });

  console.log('User');
  const account = await client.account();
  show('client.account()', { account_name: account.data.account_name });
  const before = (await client.billing()).data.billing_credit_balance;
  show('client.billing()', { balance: before });

  console.log('Library and health');
  const models = await client.library.models();
  show('client.library.models()', { models_total: models.data.models_total, first: models.data.models[0]?.model_identifier });
  const providers = await client.library.providers();
  show('client.library.providers()', { providers: providers.data.providers.map((p) => p.provider_id) });
  const health = await client.health.providers();
  show('client.health.providers()', Object.fromEntries(health.data.providers.map((p) => [p.provider, p.status])));
  show('client.health.storage() / cache()', {
    storage: (await client.health.storage()).data.healthy,
    cache: (await client.health.cache()).data.healthy,
  });
  show('client.health.models()', { models_total: (await client.health.models()).data.models_total });

  console.log('Financials');
  const estimate = await client.estimate('bfl/flux-schnell', 5);
  show("client.estimate('bfl/flux-schnell', 5)", {
    total: estimate.data.cost_total_consumed,
    can_afford: estimate.data.credit_balance_can_afford,
  });

  console.log('Content generation: submit, watch it progress, read the result');
  const progress = [];
  const done = await client.generateAndWait(
    'bfl/flux-schnell',
    { generation_prompt: 'A cute baby seal on the beach at sunset', generation_ratio: '16:9' },
    {
      // The sandbox runs five times faster than the API; polling every 250 ms shows every state.
      interval: 250,
      onProgress: (g) => progress.at(-1) !== g.generation_status && progress.push(g.generation_status),
    },
  );
  show("client.generateAndWait('bfl/flux-schnell', …)", { progress, output: done.data.generation_output_file?.[0] });
  const video = await client.generateVideo('google/veo-2', { generation_prompt: 'A baby seal swimming', generation_duration: 5 });
  show("client.generateVideo('google/veo-2', …)", { generation_id: video.data.generation_id, replayed: video.idempotency_replayed });

  console.log('Content management');
  const canceled = await client.cancelGeneration(video.data.generation_id);
  show('client.cancelGeneration(video)', { status: canceled.data.generation_status, refunded: canceled.data.credits_refunded });
  const page = await client.listGenerations({ limit: 20 });
  show('client.listGenerations({ limit: 20 })', {
    total: page.total,
    first: page.data.generations[0]?.generation_status,
    more: page.hasNextPage(),
  });
  const got = await client.getGeneration(done.data.generation_id);
  show('client.getGeneration(id)', { status: got.data.generation_status, provider: got.data.generation_provider_used });
  const deleted = await client.deleteGeneration(done.data.generation_id);
  show('client.deleteGeneration(id)', { files_deleted: deleted.data.files_deleted });
  const after = (await client.billing()).data.billing_credit_balance;
  show('client.billing() again', { spent: Math.round((before - after) * 1000) / 1000 });
  const raw = await client.get('/v1/content/{generation_id}', { params: { path: { generation_id: done.data.generation_id } } });
  show("client.get('/v1/content/{generation_id}', …)", { removed: raw.data.generation_removed });

  console.log('Errors');
  const broke = new BabySea({ apiKey: 'bye_test_zero_balance', baseUrl: sandbox.url });
  const error = await broke.generate('bfl/flux-schnell', { generation_prompt: 'x' }).catch((e) => e);
  show('a key without credits: generate(…)', {
    class: error.name,
    code: error.code,
    insufficient: error instanceof BabySeaInsufficientCreditsError,
  });
  const invalid = await client.getGeneration('a/../b').catch((e) => e);
  show("client.getGeneration('a/../b')", { class: invalid.name, argument: invalid instanceof BabySeaValidationError && invalid.argument });

  await sandbox.sandbox.deliveries.settled();
  console.log('Webhooks (signed by the sandbox, verified by verifyWebhook)');
  // The account's example generations move on the clock and send their events too: show the tour's own.
  const ours = [done.data.generation_id, video.data.generation_id];
  show('received', { events: events.filter((e) => ours.includes(e.id)).map((e) => e.text) });

  console.log('\nEvery method answered from the sandbox. Drop baseUrl and pass your API key to go live.');
} finally {
  await sandbox.close();
  await new Promise((resolve) => receiver.close(resolve));
}
