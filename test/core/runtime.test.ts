// The pieces that adapt the SDK to where it runs, checked in Node with the other runtimes' globals
// stubbed: runtime detection and the identification headers, environment variables, idempotency
// keys without randomUUID, Web Crypto, and the rendering of rejected values.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeValue } from '../../src/core/describe.js';
import { detectRuntime, readEnv, sdkHeaders } from '../../src/core/runtime.js';
import { newIdempotencyKey } from '../../src/core/uuid.js';
import { SDK_NAME, SDK_VERSION } from '../../src/version.js';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('detectRuntime', () => {
  it('Node: its version from process.versions', () => {
    expect(detectRuntime()).toEqual({ name: 'node', version: process.versions.node });
  });

  it.each([
    ['Deno', { version: { deno: '2.1.0' } }, { name: 'deno', version: '2.1.0' }],
    ['Deno', {}, { name: 'deno', version: 'unknown' }],
    ['Bun', { version: '1.2.3' }, { name: 'bun', version: '1.2.3' }],
    ['Bun', {}, { name: 'bun', version: 'unknown' }],
    ['EdgeRuntime', 'edge-runtime', { name: 'edge', version: 'unknown' }],
  ])('a global %s %j is %j', (name, value, expected) => {
    vi.stubGlobal(name, value);
    expect(detectRuntime()).toEqual(expected);
  });

  it('an EdgeRuntime that is not a string is not the edge runtime', () => {
    vi.stubGlobal('EdgeRuntime', {});
    expect(detectRuntime().name).toBe('node');
  });

  it('Cloudflare Workers: navigator.userAgent says so', () => {
    vi.stubGlobal('navigator', { userAgent: 'Cloudflare-Workers' });
    expect(detectRuntime()).toEqual({ name: 'workerd', version: 'unknown' });
    vi.stubGlobal('navigator', { userAgent: 'Mozilla/5.0' });
    expect(detectRuntime().name).toBe('node');
  });

  it('a browser has both window and document; either alone is not one', () => {
    vi.stubGlobal('window', {});
    expect(detectRuntime().name).toBe('node');
    vi.stubGlobal('document', {});
    expect(detectRuntime()).toEqual({ name: 'browser', version: 'unknown' });
    vi.unstubAllGlobals();
    vi.stubGlobal('document', {});
    expect(detectRuntime().name).toBe('node');
  });

  it('without any of them, and no process.versions.node, it is unknown', () => {
    vi.stubGlobal('process', { versions: {} });
    expect(detectRuntime()).toEqual({ name: 'unknown', version: 'unknown' });
    vi.stubGlobal('process', undefined);
    expect(detectRuntime()).toEqual({ name: 'unknown', version: 'unknown' });
  });
});

describe('sdkHeaders', () => {
  it('names the SDK and the runtime, and a User-Agent outside browsers', () => {
    expect(sdkHeaders()).toEqual({
      'x-babysea-sdk-name': SDK_NAME,
      'x-babysea-sdk-version': SDK_VERSION,
      'x-babysea-sdk-runtime': 'node',
      'x-babysea-sdk-runtime-version': process.versions.node,
      'user-agent': `${SDK_NAME}/${SDK_VERSION} (node/${process.versions.node})`,
    });
  });

  it('in a browser, which forbids setting it, no User-Agent', () => {
    vi.stubGlobal('window', {});
    vi.stubGlobal('document', {});
    const headers = sdkHeaders();
    expect(headers['x-babysea-sdk-runtime']).toBe('browser');
    expect(headers).not.toHaveProperty('user-agent');
  });
});

describe('readEnv', () => {
  it('reads process.env, else Deno.env, else nothing', () => {
    vi.stubGlobal('process', { env: { BABYSEA_X: 'from-process' } });
    expect(readEnv('BABYSEA_X')).toBe('from-process');
    vi.stubGlobal('process', undefined);
    vi.stubGlobal('Deno', { env: { get: (name: string) => (name === 'BABYSEA_X' ? 'from-deno' : undefined) } });
    expect(readEnv('BABYSEA_X')).toBe('from-deno');
    expect(readEnv('BABYSEA_Y')).toBeUndefined();
    vi.stubGlobal('Deno', undefined);
    expect(readEnv('BABYSEA_X')).toBeUndefined();
  });

  it('a Deno without --allow-env throws on reading: that is no value, not an error', () => {
    vi.stubGlobal('process', undefined);
    vi.stubGlobal('Deno', {
      env: {
        get() {
          throw new Error('Requires env access');
        },
      },
    });
    expect(readEnv('BABYSEA_X')).toBeUndefined();
  });
});

describe('newIdempotencyKey', () => {
  const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('is Web Crypto’s randomUUID where there is one', () => {
    vi.stubGlobal('crypto', { randomUUID: () => 'from-random-uuid' });
    expect(newIdempotencyKey()).toBe('from-random-uuid');
  });

  it('without randomUUID, a v4 UUID from getRandomValues: version and variant bits set, every byte in place', () => {
    vi.stubGlobal('crypto', { getRandomValues: (bytes: Uint8Array) => bytes.fill(0xff) });
    expect(newIdempotencyKey()).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    vi.stubGlobal('crypto', {
      getRandomValues: (bytes: Uint8Array) => {
        for (let i = 0; i < bytes.length; i++) bytes[i] = i;
        return bytes;
      },
    });
    expect(newIdempotencyKey()).toBe('00010203-0405-4607-8809-0a0b0c0d0e0f');
  });

  it('without Web Crypto at all, still a v4 UUID (from Math.random), a new one each time', () => {
    vi.stubGlobal('crypto', undefined);
    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(V4);
    vi.spyOn(Math, 'random').mockReturnValue(0.999);
    expect(newIdempotencyKey()).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    vi.restoreAllMocks();
  });
});

describe('webCrypto', () => {
  it('is the global crypto where it has subtle', async () => {
    const { webCrypto } = await import('../../src/core/web-crypto.js');
    expect(await webCrypto()).toBe(globalThis.crypto);
  });

  // Without a global one (Node 18) it imports node:crypto's through a Function built at run time,
  // which vitest's module runner cannot host: test/webhooks/built.test.ts checks it on the build.

  it('hex: two lowercase digits per byte', async () => {
    const { hex } = await import('../../src/core/web-crypto.js');
    expect(hex(new Uint8Array([0, 1, 15, 16, 171, 255]))).toBe('00010f10abff');
    expect(hex(new Uint8Array([0xde, 0xad]).buffer)).toBe('dead');
  });
});

describe('describeValue', () => {
  it.each([
    ['short', '"short"'],
    ['x'.repeat(60), JSON.stringify('x'.repeat(60))],
    ['x'.repeat(61), JSON.stringify(`${'x'.repeat(60)}…`)],
    [42, '42'],
    [Number.NaN, 'NaN'],
    [false, 'false'],
    [null, 'null'],
    [undefined, 'undefined'],
    [10n, '10n'],
    [[1, 2], 'an array'],
    [{ a: 1 }, 'a object'],
    [() => 1, 'a function'],
    [Symbol('s'), 'a symbol'],
  ])('%s → %s', (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });
});
