// Ids and deterministic numbers. Ids use Web Crypto (Node, Deno, Bun, browsers); the seeded
// generator makes chaos and durations reproducible.

export function uuid(): string {
  return crypto.randomUUID();
}

export function randomHex(bytes: number): string {
  const buffer = new Uint8Array(bytes);
  crypto.getRandomValues(buffer);
  let hex = '';
  for (const byte of buffer) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** `req_` and 16 hex digits, the shape of the API's request ids. */
export function newRequestId(): string {
  return `req_${randomHex(8)}`;
}

/** FNV-1a: a stable 32-bit hash, so a model's durations and an output's picture never change. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Mulberry32: a small seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Credits are dollars: keep six decimals so 0.005 × 3 is 0.015, not 0.015000000000000001. */
export function roundCredits(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
