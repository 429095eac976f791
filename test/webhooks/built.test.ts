// The built package (dist/, checked fresh first) as browsers and edge runtimes load it: no static
// Node-only import in any entry point or chunk, and where there is no global Web Crypto (Node 18),
// webhook verification falls back to node:crypto's.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { expectFreshBuild } from '../helpers/built.js';

beforeAll(() => expectFreshBuild('sdk'));

it.each(['index', 'webhooks', 'batch', 'redis'])(
  'the built %s entry point and every chunk it imports have no static Node-only import (they must run in browsers and edge runtimes)',
  (entry) => {
    const dist = new URL('../../dist/', import.meta.url);
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(new URL(file, dist), 'utf8');
      expect(source, file).not.toMatch(/from ['"]node:|import\(['"]node:|require\(['"]node:/);
      for (const [, chunk] of source.matchAll(/from ['"]\.\/([^'"]+)['"]/g)) visit(chunk!);
    };
    visit(`${entry}.js`);
    expect(seen.size).toBeGreaterThan(1);
  },
);

it('where the runtime has no global Web Crypto (Node 18), the built package uses node:crypto’s and still verifies', () => {
  const dist = new URL('../../dist/webhooks.js', import.meta.url).href;
  const script = `
    Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true });
    const { signWebhookPayload, verifyWebhook } = await import(${JSON.stringify(dist)});
    const body = '{"webhook_event":"webhook.test","webhook_data":{}}';
    const event = await verifyWebhook(body, await signWebhookPayload(body, 's'), 's');
    console.log(typeof globalThis.crypto, event.webhook_event);`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(output.trim()).toBe('undefined webhook.test');
});
