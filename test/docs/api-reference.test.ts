// `npm run docs` builds one HTML file that renders every operation, webhook and SDK sample in
// Chromium with no network at all.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.js';
import { codeSample, operationIds, operations, resolve, spec } from '../helpers/spec.js';

const root = new URL('../../', import.meta.url);
const html = new URL('build/api-reference.html', root);
let browser: Browser;

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/redocly.mjs', 'docs'], { cwd: root, stdio: 'pipe' });
  browser = await launchChromium();
}, 300_000);
afterAll(() => browser?.close());

it('renders every operation, every webhook and an SDK sample per operation, offline', async () => {
  expect(existsSync(html)).toBe(true);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const outside: string[] = [];
  page.on('requestfailed', (request) => outside.push(`failed: ${request.url()}`));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  await page.goto(html.href);
  await page.waitForSelector('[data-section-id="/section/authentication"]');

  const sections = new Set<string>();
  for (const tag of spec.tags.map((t: { name: string }) => t.name)) {
    await page.getByText(tag, { exact: true }).first().click();
    await page.waitForSelector(`[data-section-id^="/${tag.toLowerCase().replace(/ /g, '-')}/"]`);
    for (const id of await page.$$eval('[data-section-id]', (els) => els.map((e) => e.getAttribute('data-section-id')!))) sections.add(id);
  }
  const rendered = [...sections].map((id) => id.split('/')[2]).filter(Boolean);
  for (const operationId of operationIds()) expect(rendered).toContain(operationId.toLowerCase());
  const webhooks = Object.values<{ post: { operationId: string } }>(spec.webhooks).map((hook) => hook.post.operationId.toLowerCase());
  expect(webhooks.length).toBeGreaterThan(0);
  for (const hook of webhooks) {
    expect(rendered).toContain(hook);
  }
  for (const section of ['authentication', 'regions', 'errors', 'rate-limits', 'idempotency', 'webhooks', 'provider-order-and-failover']) {
    expect(sections).toContain(`/section/${section}`);
  }

  // Each operation, opened on its own, shows its TypeScript SDK sample.
  const operationSections = [...sections].filter((id) => operationIds().some((op) => id.endsWith(`/${op.toLowerCase()}`)));
  expect(operationSections).toHaveLength(operationIds().length);
  for (const id of operationSections) {
    const operationId = operationIds().find((op) => id.endsWith(`/${op.toLowerCase()}`))!;
    const firstLine = codeSample(operationId).split('\n')[0]!.trim();
    await page.evaluate((hash) => (location.hash = hash), id);
    await page.waitForSelector(`[data-section-id="${id}"]`);
    await expect.poll(() => page.evaluate(() => document.body.textContent), { timeout: 5000 }).toContain(firstLine);
  }
  await page.screenshot({ path: join(tmpdir(), 'babysea-api-reference.png') });
  expect(outside).toEqual([]);
}, 60_000);

it('the HTML references no outside script, stylesheet or font', () => {
  const source = readFileSync(html, 'utf8');
  expect(source.match(/<(script|link)[^>]+(src|href)=["']?https?:\/\/[^"' >]+/g) ?? []).toEqual([]);
  expect(source).not.toMatch(/@import\s+url\(["']?https?:/);
});

it('names every example by its key (what Prefer: example=… and the sandbox take) next to its summary', () => {
  const source = readFileSync(html, 'utf8');
  const named = operations().flatMap((operation) =>
    Object.values<any>(operation.responses).flatMap((response) =>
      Object.entries<any>(resolve(response).content?.['application/json']?.examples ?? {}).map(
        ([key, value]) => `${key}: ${resolve(value).summary}`,
      ),
    ),
  );
  expect(named.length).toBeGreaterThan(operations().length);
  for (const shown of named) expect(source).toContain(JSON.stringify(shown).slice(1, -1));
});

it('at a 1440 px window, every operation shows its TypeScript and curl samples whole, without scrolling', async () => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(html.href);
  await page.waitForSelector('[data-section-id="/section/authentication"]');
  const cut: string[] = [];
  // The reference's sample menu names each language by its label (redocly.yaml); the choice holds
  // across operations, so one pass per language.
  for (const [lang, label, other] of [
    ['TypeScript', 'TypeScript SDK', 'curl'],
    ['curl', 'curl', 'TypeScript SDK'],
  ] as const) {
    for (const operation of operations()) {
      const source: string = operation['x-codeSamples'].find((s: { lang: string }) => s.lang === lang).source;
      const firstLine = source.split('\n')[0]!;
      await page.evaluate(
        (hash) => (location.hash = hash),
        `tag/${operation.tags[0].replaceAll(' ', '-')}/operation/${operation.operationId}`,
      );
      // The operation's sample panel first (in either language): only then does the menu say which is shown.
      const firstLines = operation['x-codeSamples'].map((s: { source: string }) => s.source.split('\n')[0]!);
      const panel = () =>
        page.evaluate(
          (lines) => Array.from(document.querySelectorAll('pre')).some((p) => lines.some((l: string) => p.textContent?.startsWith(l))),
          firstLines,
        );
      await expect.poll(panel, { timeout: 20_000, message: `${operation.operationId}: its samples are shown` }).toBe(true);
      const menu = page.getByText(other, { exact: true }).first();
      if (await menu.isVisible()) {
        await menu.click();
        await page.getByText(label, { exact: true }).first().click();
      }
      const shown = () =>
        page.evaluate((line) => {
          const pre = Array.from(document.querySelectorAll('pre')).find((p) => p.textContent?.startsWith(line));
          return pre ? { scroll: pre.scrollWidth, width: pre.clientWidth } : undefined;
        }, firstLine);
      // Generous: a loaded machine renders slowly; the assertion is about the layout, not the speed.
      await expect.poll(shown, { timeout: 20_000, message: `${operation.operationId}: its ${lang} sample is shown` }).toBeDefined();
      const { scroll, width } = (await shown())!;
      if (scroll > width) cut.push(`${operation.operationId} (${lang}): ${scroll} px of text in ${width} px`);
    }
  }
  expect(cut).toEqual([]);
}, 300_000);
