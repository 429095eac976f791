// The dashboard at /__sandbox/ in a real browser (Debian Chromium), against the sandbox on a real
// port and the built SDK: a generation submitted through the SDK appears and moves, "Fail now" ends
// it failed (and the SDK's wait throws BabySeaGenerationFailedError), "Replay" delivers a webhook
// again, and the page loads nothing from anywhere but the sandbox.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The SDK as users get it: the root build (npm test builds before running vitest).
import { BabySea, BabySeaGenerationFailedError } from '../../dist/index.js';
import { expectFreshBuild } from '../../test/helpers/built.ts';
import { launchChromium } from '../../test/helpers/chromium.ts';
import { type SandboxServer, startSandboxServer } from '../src/node/index.ts';
import { startReceiver } from './receiver.ts';

let server: SandboxServer;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let browser: Browser;
let page: Page;
let client: BabySea;
const foreign: string[] = [];

beforeAll(async () => {
  expectFreshBuild('sdk');
  receiver = await startReceiver();
  server = await startSandboxServer({
    port: 0,
    clock: 'manual',
    validate: 'throw',
    exampleGenerations: false,
    webhook: { url: receiver.url, secret: 'whsec_dashboard' },
    logger: () => {},
  });
  client = new BabySea({ apiKey: 'bye_test_dashboard_7Kx2mQ9pR4', baseUrl: server.url, logger: false });
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('request', (request) => {
    if (!request.url().startsWith(server.url)) foreign.push(request.url());
  });
  await page.goto(`${server.url}/__sandbox/`);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await receiver?.close();
});

const row = (id: string) => page.locator(`#generations tr[data-generation-id="${id}"]`);

describe('the dashboard', () => {
  let id: string;

  it('shows a generation submitted through the SDK, and its status moving with the clock', async () => {
    id = (await client.generate('bfl/flux-schnell', { generation_prompt: 'A seal on the dashboard' })).data.generation_id;
    await expect.poll(() => row(id).locator('td.status').textContent(), { timeout: 10_000 }).toBe('pending');
    await expect.poll(() => row(id).textContent(), { timeout: 10_000 }).toContain('bye_test…');
    await page.click('button[data-advance="1000"]');
    await page.click('button[data-advance="1000"]');
    await expect.poll(() => row(id).locator('td.status').textContent(), { timeout: 10_000 }).toBe('processing');
    expect(await page.locator('#accounts').textContent()).toContain('1 / 10');
  });

  it('"Fail now" ends it failed, and the SDK’s wait throws BabySeaGenerationFailedError', async () => {
    const waiting = client.waitForGeneration(id, { interval: 20, timeout: 15_000 }).catch((error: unknown) => error);
    await row(id).locator('button[data-action="fail"]').click();
    await expect.poll(() => row(id).locator('td.status').textContent(), { timeout: 10_000 }).toContain('failed');
    const error = await waiting;
    expect(error).toBeInstanceOf(BabySeaGenerationFailedError);
    await expect.poll(() => row(id).locator('button').count(), { timeout: 10_000 }).toBe(0);
  });

  it('"Replay" delivers a webhook again, same delivery id', async () => {
    await server.sandbox.deliveries.settled();
    const failed = server.sandbox.deliveries.list().find((d) => d.event === 'generation.failed')!;
    const before = receiver.received.length;
    const delivery = page.locator(`#deliveries tr[data-delivery-id="${failed.delivery_id}"]`);
    await expect.poll(() => delivery.locator('td.status').textContent(), { timeout: 10_000 }).toBe('delivered');
    await delivery.locator('button[data-replay]').click();
    await expect.poll(() => receiver.received.length, { timeout: 10_000 }).toBe(before + 1);
    expect(receiver.received.at(-1)!.headers['x-babysea-delivery-id']).toBe(failed.delivery_id);
    await expect.poll(() => delivery.locator('td.attempts').textContent(), { timeout: 10_000 }).toMatch(/^2 /);
  });

  it('"Complete now" ends another one succeeded, with its output shown', async () => {
    const other = (await client.generate('bfl/flux-schnell', { generation_prompt: 'A second seal' })).data.generation_id;
    await row(other).locator('button[data-action="complete"]').click();
    await expect.poll(() => row(other).locator('td.status').textContent(), { timeout: 10_000 }).toBe('succeeded');
    await expect
      .poll(() =>
        row(other)
          .locator('img.thumb')
          .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth),
      )
      .toBe(512);
    expect((await client.getGeneration(other)).data.generation_status).toBe('succeeded');
  });

  it('lists the scenarios with their examples, and loaded nothing from elsewhere', async () => {
    expect(await page.locator('#scenarios tbody tr').count()).toBeGreaterThan(10);
    expect(await page.locator('#scenarios').textContent()).toContain('bye_test_one_in_flight');
    expect(foreign).toEqual([]);
  });
});
