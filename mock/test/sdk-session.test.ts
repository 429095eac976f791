// A whole session through the SDK against the sandbox on a real port: generate, wait (seeing
// processing before succeeded), list, cancel, delete, the balance, typed errors, and signed webhooks
// to a local receiver, each verified with the SDK's own verifyWebhook.
import { decode } from 'fast-png';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BabySea, BabySeaError } from '../../src/index.ts';
import { verifyWebhook } from '../../src/webhooks/index.ts';
import { type SandboxServer, startSandboxServer } from '../src/node/index.ts';
import { SEEDED } from './helpers.ts';
import { startReceiver } from './receiver.ts';

const SECRET = 'whsec_sandbox_session';
let server: SandboxServer;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let client: BabySea;

beforeAll(async () => {
  receiver = await startReceiver();
  server = await startSandboxServer({
    port: 0,
    clock: 'manual',
    validate: 'throw',
    webhook: { url: receiver.url, secret: SECRET },
    logger: () => {},
  });
  client = new BabySea({ apiKey: 'bye_test_session', baseUrl: server.url, logger: false });
});

afterAll(async () => {
  await server?.close();
  await receiver?.close();
});

describe('an SDK session against the sandbox', () => {
  let imageId: string;
  let videoId: string;

  it('generate, then waitForGeneration sees processing before succeeded', async () => {
    const submitted = await client.generate('bfl/flux-schnell', { generation_prompt: 'A baby seal at sunset', generation_ratio: '16:9' });
    expect(submitted.data.generation_initialized).toBe(true);
    imageId = submitted.data.generation_id;
    const seen: string[] = [];
    const done = await client.waitForGeneration(imageId, {
      interval: 5,
      timeout: 10_000,
      // Each poll moves the sandbox's clock three seconds: instant, and the same every run.
      onProgress: (generation) => {
        seen.push(generation.generation_status!);
        server.sandbox.clock.advance(3_000);
      },
    });
    expect(done.data.generation_status).toBe('succeeded');
    expect(seen).toContain('processing');
    expect(seen.indexOf('processing')).toBeLessThan(seen.indexOf('succeeded'));
    const [url] = done.data.generation_output_file!;
    expect(url!.slice(0, `${server.url}/__sandbox/media/`.length)).toBe(`${server.url}/__sandbox/media/`);
    const png = decode(new Uint8Array(await (await fetch(url!)).arrayBuffer()));
    expect([png.width, png.height]).toEqual([512, 288]);
  });

  it('the list holds it, newest first', async () => {
    const page = await client.listGenerations({ limit: 10 });
    expect(page.data.generations[0]!.generation_id).toBe(imageId);
    expect(page.total).toBe(SEEDED + 1);
  });

  it('cancel another generation while it runs: canceled and refunded', async () => {
    const before = (await client.billing()).data.billing_credit_balance;
    const video = await client.generateVideo('bytedance/seedance-1.5-pro', {
      generation_prompt: 'Waves',
      generation_duration: 5,
      generation_resolution: '720p',
    });
    expect((await client.billing()).data.billing_credit_balance).toBeCloseTo(before - 0.35, 6);
    server.sandbox.clock.advance(5_000);
    const canceled = await client.cancelGeneration(video.data.generation_id);
    videoId = video.data.generation_id;
    expect(canceled.data).toMatchObject({ generation_status: 'canceled', provider_cancel_sent: true, credits_refunded: true });
    expect((await client.billing()).data.billing_credit_balance).toBe(before);
    expect((await client.getGeneration(video.data.generation_id)).data.generation_status).toBe('canceled');
  });

  it('delete removes the image’s file; the balance shows what the session cost', async () => {
    expect((await client.deleteGeneration(imageId)).data.files_deleted).toBe(1);
    expect((await client.getGeneration(imageId)).data).toMatchObject({ generation_removed: true, generation_output_file: null });
    expect((await client.billing()).data.billing_credit_balance).toBe(184.245);
    expect((await client.estimate('bfl/flux-schnell', 5)).data.cost_total_consumed).toBe(0.025);
  });

  it('errors arrive as typed BabySeaErrors', async () => {
    const unknown = await client.generate('bfl/flux-schnel', { generation_prompt: 'x' }).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(BabySeaError);
    expect(unknown).toMatchObject({ status: 404, code: 'BSE4002' });
    const broke = new BabySea({ apiKey: 'bye_test_zero_balance', baseUrl: server.url, logger: false });
    await expect(broke.generate('bfl/flux-schnell', { generation_prompt: 'x' })).rejects.toMatchObject({
      status: 402,
      code: 'BSE1004',
      type: 'insufficient_credits',
    });
  });

  it('every state change reached the receiver signed, and verifies with the SDK', async () => {
    await server.sandbox.deliveries.settled();
    // The account's example generations move (and send events) too: look at this session's own.
    const ours = receiver.received.filter(({ body }) => [imageId, videoId].includes(JSON.parse(body).webhook_data.generation_id));
    expect(ours.map(({ body }) => JSON.parse(body).webhook_event)).toEqual([
      'generation.started',
      'generation.completed',
      'generation.started',
      'generation.canceled',
    ]);
    for (const { headers, body } of receiver.received) {
      const event = await verifyWebhook(body, headers as Record<string, string>, SECRET);
      expect(headers['x-babysea-event']).toBe(event.webhook_event);
      expect(headers['x-babysea-delivery-id']).toBe(event.webhook_delivery_id);
      expect(headers['x-babysea-timestamp']).toBe(event.webhook_timestamp);
    }
    expect(server.sandbox.deliveries.list().filter((d) => d.status !== 'delivered')).toEqual([]);
  });
});
