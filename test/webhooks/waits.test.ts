// Waits that need no polling: the sandbox sends its real signed deliveries to a webhook endpoint made
// with createWebhookHandler({ client }); the client's waits (and a batch run with it) resolve on them,
// with at most one request per generation beyond the submission, and poll slowly only when no
// delivery comes.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type SandboxServer, startSandboxServer } from 'babysea-mock/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { batch } from '../../src/batch/index.js';
import { BabySea } from '../../src/index.js';
import { DELIVERY_FALLBACK_MS } from '../../src/lib/polling.js';
import { createWebhookHandler, toNodeHandler } from '../../src/webhooks/index.js';
import { example } from '../helpers/spec.js';

const SECRET = 'whsec_waits_test';
let receiver: Server;
let receiverUrl: string;
let sandbox: SandboxServer;
/** Where the endpoint hands deliveries: swapped per test for that test's client. */
let target: BabySea | undefined;

beforeAll(async () => {
  // One endpoint; each test connects its own client (as an app would connect its one client).
  receiver = createServer((req, res) => {
    const handler = createWebhookHandler({ secret: SECRET, ...(target ? { client: target } : {}) });
    void toNodeHandler(handler)(req, res);
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks/babysea`;
  sandbox = await startSandboxServer({
    port: 0,
    speed: 20,
    exampleGenerations: false,
    webhook: { url: receiverUrl, secret: SECRET },
    logger: () => {},
  });
});
afterAll(async () => {
  await sandbox?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

function recordedClient(apiKey: string) {
  const requests: string[] = [];
  const client = new BabySea({
    apiKey,
    baseUrl: sandbox.url,
    fetch: (url, init) => {
      requests.push(`${init?.method ?? 'GET'} ${new URL(url as string).pathname}`);
      return fetch(url, init);
    },
  });
  client.deliveries.expect();
  target = client;
  return { client, requests };
}

describe('with webhook deliveries', () => {
  it('generateAndWait resolves on the delivery: one request beyond the submission per generation', async () => {
    const { client, requests } = recordedClient('bye_waits_test_key_0001');
    const done = await Promise.all(
      Array.from({ length: 5 }, (_, i) => client.generateAndWait('bfl/flux-schnell', { generation_prompt: `A seal ${i}` })),
    );
    expect(done.every((res) => res.data.generation_status === 'succeeded')).toBe(true);
    expect(requests.filter((r) => r.startsWith('POST'))).toHaveLength(5);
    for (const res of done) expect(requests.filter((r) => r === `GET /v1/content/${res.data.generation_id}`)).toHaveLength(1);
    expect(requests).toHaveLength(10);
  });

  it('a batch needs no polling while deliveries come: its looks follow the deliveries', async () => {
    const { client, requests } = recordedClient('bye_waits_test_key_0002');
    const summary = await batch(
      client,
      Array.from({ length: 8 }, (_, i) => ({ id: `j${i}`, model: 'bfl/flux-schnell', params: { generation_prompt: `A seal ${i}` } })),
      { concurrency: 4 },
    );
    expect(summary.succeeded).toBe(8);
    const looks = requests.filter((r) => r.startsWith('GET /v1/content'));
    // At most one look per generation (a look after a delivery sees every generation that ended by then).
    expect(looks.length).toBeLessThanOrEqual(8);
  });
});

it('without any delivery, a wait that expects them polls only every 30 s, in case one is lost', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  try {
    let polls = 0;
    const started = Date.now();
    const answer = example('getGeneration');
    const client = new BabySea({
      apiKey: 'k',
      baseUrl: 'http://quiet.test',
      fetch: async () => {
        polls++;
        const done = Date.now() - started >= 10_000;
        return Response.json({ ...answer, data: { ...answer.data, generation_status: done ? 'succeeded' : 'processing' } });
      },
    });
    client.deliveries.expect();
    let result: unknown;
    const waiting = client.waitForGeneration(answer.data.generation_id).then((r) => {
      result = r;
    });
    while (result === undefined) await vi.advanceTimersToNextTimerAsync();
    await waiting;
    expect(polls).toBe(1);
    expect(Date.now() - started).toBe(DELIVERY_FALLBACK_MS);
  } finally {
    vi.useRealTimers();
  }
});
