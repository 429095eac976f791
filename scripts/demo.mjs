// `npm run demo`: starts the embedded Prism mock, walks through every SDK method, prints what came back,
// and stops the mock. No API key and no network needed.
import { BabySea, BabySeaError } from 'babysea';
import { isGenerationCompleted, signWebhookPayload, verifyWebhook } from 'babysea/webhooks';
import { startPrism } from '../mock/server.mjs';

const ID = '5c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const prism = await startPrism();
const client = new BabySea({ apiKey: 'bs_demo_key', baseUrl: prism.url });
const show = (call, fields) =>
  console.log(
    `  ${call.padEnd(44)} → ${Object.entries(fields)
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
      .join('  ')}`,
  );

try {
  console.log(`BabySea SDK tour against the mock at ${prism.url}\n`);

  console.log('API');
  const status = await client.status();
  show('client.status()', { apikey_prefix: status.data.apikey_prefix, request_id: status.request_id });
  const usage = await client.usage(7);
  show('client.usage(7)', { credit_balance: usage.data.usage_credit_balance, generations: usage.data.usage_total_generations });

  console.log('User');
  const account = await client.account();
  show('client.account()', { account_name: account.data.account_name });
  const billing = await client.billing();
  show('client.billing()', { plan: billing.data.billing_plan, balance: billing.data.billing_credit_balance });

  console.log('Library');
  const providers = await client.library.providers();
  show('client.library.providers()', { providers: providers.data.providers.map((p) => p.provider_id) });
  const models = await client.library.models();
  show('client.library.models()', { models: models.data.models.map((m) => m.model_identifier) });

  console.log('Health');
  const health = await client.health.providers();
  show('client.health.providers()', Object.fromEntries(health.data.providers.map((p) => [p.provider, p.status])));
  const modelHealth = await client.health.models();
  show('client.health.models()', { models_total: modelHealth.data.models_total });
  const storage = await client.health.storage();
  show('client.health.storage()', { healthy: storage.data.healthy, latency_ms: storage.data.latency_ms });
  const cache = await client.health.cache();
  show('client.health.cache()', { healthy: cache.data.healthy, latency_ms: cache.data.latency_ms });

  console.log('Financials');
  const estimate = await client.estimate('bfl/flux-schnell', 5);
  show("client.estimate('bfl/flux-schnell', 5)", {
    total: estimate.data.cost_total_consumed,
    can_afford: estimate.data.credit_balance_can_afford,
  });

  console.log('Content generation');
  const image = await client.generate('google/nano-banana', {
    generation_prompt: 'A cute baby seal on the beach at sunset',
    generation_ratio: '16:9',
  });
  show("client.generate('google/nano-banana', …)", {
    generation_id: image.data.generation_id,
    providers: image.data.generation_provider_order,
  });
  const video = await client.generateVideo('google/veo-2', { generation_prompt: 'A baby seal swimming', generation_duration: 5 });
  show("client.generateVideo('google/veo-2', …)", { initialized: video.data.generation_initialized });

  console.log('Content management');
  const generation = await client.getGeneration(ID);
  show('client.getGeneration(id)', { status: generation.data.generation_status, files: generation.data.generation_output_file?.length });
  const page = await client.listGenerations({ limit: 20 });
  show('client.listGenerations({ limit: 20 })', { total: page.total, limit: page.limit, offset: page.offset });
  let iterated = 0;
  for await (const gen of client.listGenerations({ limit: 100 })) iterated += gen.generation_id ? 1 : 0;
  show('for await (… of client.listGenerations())', { generations: iterated });
  const canceled = await client.cancelGeneration(ID);
  show('client.cancelGeneration(id)', { status: canceled.data.generation_status, refunded: canceled.data.credits_refunded });
  const deleted = await client.deleteGeneration(ID);
  show('client.deleteGeneration(id)', { files_deleted: deleted.data.files_deleted });

  console.log('Lifecycle');
  const done = await client.waitForGeneration(ID, { interval: 100 });
  show('client.waitForGeneration(id)', { status: done.generation_status, output: done.generation_output_file?.[0] });

  console.log("Errors (selected with the mock's Prefer header)");
  try {
    await client.generate('google/nano-banana', { generation_prompt: 'x' }, { headers: { Prefer: 'code=402' }, maxRetries: 0 });
  } catch (error) {
    if (!(error instanceof BabySeaError)) throw error;
    show('client.generate(…) with 402', { code: error.code, retryable: error.retryable, requestId: error.requestId });
  }
  try {
    await client.getGeneration('a/../b');
  } catch (error) {
    show("client.getGeneration('a/../b')", { error: error.name, argument: error.argument });
  }

  console.log('Webhooks');
  const payload = JSON.stringify({
    webhook_event: 'generation.completed',
    webhook_timestamp: new Date().toISOString(),
    webhook_delivery_id: 'dlv_demo',
    webhook_data: { generation_id: ID },
  });
  const signature = await signWebhookPayload(payload, 'whsec_demo');
  const event = await verifyWebhook(payload, { 'x-babysea-signature': signature }, 'whsec_demo');
  show('verifyWebhook(rawBody, headers, secret)', { event: event.webhook_event, completed: isGenerationCompleted(event) });

  console.log('\nEvery method answered from the mock. Point baseUrl at your region (or drop it) and pass your API key to go live.');
} finally {
  await prism.stop();
}
