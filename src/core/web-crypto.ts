/** Web Crypto wherever the SDK runs: the global one; on Node 18 without it, `node:crypto`'s twin, loaded only there. */

let cryptoPromise: Promise<Crypto> | undefined;

export function webCrypto(): Promise<Crypto> {
  cryptoPromise ??= load();
  return cryptoPromise;
}

async function load(): Promise<Crypto> {
  const global = (globalThis as { crypto?: Crypto }).crypto;
  if (global?.subtle) return global;
  // Node 18 has Web Crypto only as node:crypto's `webcrypto`. The import is built at run time, so no
  // bundler or Workers module check sees a `node:` import, and no other runtime ever runs it.
  const importModule = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<{ webcrypto: Crypto }>;
  return (await importModule('node:crypto')).webcrypto;
}

/** Lower-case hex of bytes. */
export function hex(bytes: ArrayBuffer | Uint8Array): string {
  let out = '';
  for (const byte of new Uint8Array(bytes)) out += byte.toString(16).padStart(2, '0');
  return out;
}
