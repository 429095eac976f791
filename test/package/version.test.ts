import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { SDK_VERSION } from '../../src/index.js';

it('SDK_VERSION (sent in X-BabySea-SDK-Version) equals package.json version', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  expect(SDK_VERSION).toBe(pkg.version);
});
