// The sandbox in-process through MSW (msw/node here; the same handlers run in a browser worker):
// the SDK talks to a fake base URL, nothing listens on a port.
import { decode } from 'fast-png';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BabySea, BabySeaNetworkError } from '../../src/index.ts';
import { createSandbox, type Sandbox } from '../src/index.ts';
import { sandboxHandlers } from '../src/msw.ts';

const BASE_URL = 'https://babysea.test';
let sandbox: Sandbox;
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(async () => {
  server.resetHandlers();
  await sandbox?.close();
});
afterAll(() => server.close());

describe('sandboxHandlers', () => {
  it('serves the SDK in-process: generate, advance the clock, read the result and its image', async () => {
    sandbox = createSandbox({ clock: 'manual', validate: 'throw' });
    server.use(...sandboxHandlers(sandbox, { baseUrl: BASE_URL }));
    const client = new BabySea({ apiKey: 'bye_test_msw', baseUrl: BASE_URL, logger: false });
    const { data } = await client.generate('google/nano-banana', { generation_prompt: 'A seal', generation_ratio: '4:3' });
    sandbox.clock.advance(60_000);
    const done = await client.getGeneration(data.generation_id);
    expect(done.data).toMatchObject({ generation_status: 'succeeded', generation_provider_used: 'fal' });
    const url = done.data.generation_output_file![0]!;
    expect(url.slice(0, `${BASE_URL}/__sandbox/media/`.length)).toBe(`${BASE_URL}/__sandbox/media/`);
    const png = decode(new Uint8Array(await (await fetch(url)).arrayBuffer()));
    expect([png.width, png.height]).toEqual([512, 384]);
  });

  it('answers the three region hosts by default', async () => {
    sandbox = createSandbox({ clock: 'manual', validate: 'throw' });
    server.use(...sandboxHandlers(sandbox));
    const client = new BabySea({ apiKey: 'bye_test_msw', region: 'eu', logger: false });
    expect((await client.billing()).data.billing_credit_balance).toBe(184.25);
  });

  it('handlers added later with server.use() win over the sandbox, as MSW overrides do', async () => {
    sandbox = createSandbox({ clock: 'manual', validate: 'throw' });
    server.use(...sandboxHandlers(sandbox, { baseUrl: BASE_URL }));
    server.use(
      http.get(`${BASE_URL}/v1/user/billing`, () =>
        HttpResponse.json(
          {
            status: 'error',
            request_id: 'req_1',
            error: { code: 'BSE5003', type: 'service_unavailable', message: 'down', retryable: true },
          },
          { status: 503 },
        ),
      ),
    );
    const client = new BabySea({ apiKey: 'bye_test_msw', baseUrl: BASE_URL, logger: false, maxRetries: 0 });
    await expect(client.billing()).rejects.toMatchObject({ status: 503 });
    expect((await client.account()).data.account_name).toBe('Seal Studio');
  });

  it('a chaos reset reaches the app as a network error', async () => {
    sandbox = createSandbox({ clock: 'manual', chaos: { resetRate: 1 } });
    server.use(...sandboxHandlers(sandbox, { baseUrl: BASE_URL }));
    const client = new BabySea({ apiKey: 'bye_test_msw', baseUrl: BASE_URL, logger: false, maxRetries: 0 });
    await expect(client.status()).rejects.toBeInstanceOf(BabySeaNetworkError);
  });
});
