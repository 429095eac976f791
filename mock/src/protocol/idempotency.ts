// Idempotency-Key on the generate routes: the same key with the same request within 24 hours gets
// the first answer again (with Idempotency-Replayed: true); with a different request, 409 BSE2015;
// while the first request is still running, 409 BSE2016. Only a successful first answer is kept,
// so a request that failed can be retried with its key.
import type { Account, IdempotencyEntry, StoredResponse } from '../domain/model.ts';

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

export type IdempotencyDecision =
  | { kind: 'new' }
  | { kind: 'replay'; entry: IdempotencyEntry }
  | { kind: 'conflict' }
  | { kind: 'in-flight' };

/** The request as far as "the same request" goes: route and body, whatever the key order or spacing. */
export function fingerprint(method: string, path: string, body: unknown): string {
  return `${method} ${path}\n${canonicalJson(body)}`;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function beginIdempotent(account: Account, key: string, print: string, now: number): IdempotencyDecision {
  for (const [k, entry] of Object.entries(account.idempotency)) if (entry.expiresAt <= now) delete account.idempotency[k];
  const entry = account.idempotency[key];
  if (!entry) {
    account.idempotency[key] = { fingerprint: print, state: 'in-flight', expiresAt: now + IDEMPOTENCY_TTL_MS };
    return { kind: 'new' };
  }
  if (entry.fingerprint !== print) return { kind: 'conflict' };
  if (entry.state === 'in-flight') return { kind: 'in-flight' };
  return { kind: 'replay', entry };
}

export function completeIdempotent(account: Account, key: string, response: StoredResponse, generationId: string | undefined): void {
  const entry = account.idempotency[key];
  if (!entry) return;
  entry.state = 'done';
  entry.response = response;
  if (generationId) entry.generationId = generationId;
}

export function releaseIdempotent(account: Account, key: string): void {
  if (account.idempotency[key]?.state === 'in-flight') delete account.idempotency[key];
}
