/** Which JavaScript runtime we run in, for the SDK identification headers. */
import { SDK_NAME, SDK_VERSION } from '../version.js';

export type RuntimeName = 'node' | 'deno' | 'bun' | 'workerd' | 'edge' | 'browser' | 'unknown';

declare const Deno: { version?: { deno?: string } } | undefined;
declare const Bun: { version?: string } | undefined;
declare const EdgeRuntime: string | undefined;

export function detectRuntime(): { name: RuntimeName; version: string } {
  const g = globalThis as {
    navigator?: { userAgent?: string };
    window?: unknown;
    document?: unknown;
    process?: { versions?: { node?: string } };
  };
  if (typeof Deno !== 'undefined') return { name: 'deno', version: Deno?.version?.deno ?? 'unknown' };
  if (typeof Bun !== 'undefined') return { name: 'bun', version: Bun?.version ?? 'unknown' };
  if (typeof EdgeRuntime === 'string') return { name: 'edge', version: 'unknown' };
  if (g.navigator?.userAgent === 'Cloudflare-Workers') return { name: 'workerd', version: 'unknown' };
  if (typeof g.window !== 'undefined' && typeof g.document !== 'undefined') return { name: 'browser', version: 'unknown' };
  const node = g.process?.versions?.node;
  if (typeof node === 'string') return { name: 'node', version: node };
  return { name: 'unknown', version: 'unknown' };
}

/** The identification headers sent with every request (no User-Agent in browsers: they forbid it). */
export function sdkHeaders(): Record<string, string> {
  const runtime = detectRuntime();
  const headers: Record<string, string> = {
    'x-babysea-sdk-name': SDK_NAME,
    'x-babysea-sdk-version': SDK_VERSION,
    'x-babysea-sdk-runtime': runtime.name,
    'x-babysea-sdk-runtime-version': runtime.version,
  };
  if (runtime.name !== 'browser') headers['user-agent'] = `${SDK_NAME}/${SDK_VERSION} (${runtime.name}/${runtime.version})`;
  return headers;
}

/** Reads an environment variable where the runtime has one (never throws, e.g. under Deno without --allow-env). */
export function readEnv(name: string): string | undefined {
  try {
    const g = globalThis as {
      process?: { env?: Record<string, string | undefined> };
      Deno?: { env?: { get?(name: string): string | undefined } };
    };
    return g.process?.env?.[name] ?? g.Deno?.env?.get?.(name) ?? undefined;
  } catch {
    return undefined;
  }
}
