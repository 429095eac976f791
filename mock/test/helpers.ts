// Shared by the sandbox's tests: a sandbox on a manual clock that throws on any contract violation
// and keeps each model's exact durations (so a test can step the clock to a transition), and a
// one-line way to call it.
import { createSandbox, type Sandbox, type SandboxOptions } from '../src/index.ts';
import { listOperations } from '../src/spec.ts';

export const BASE = 'https://api.us.babysea.ai';
export const KEY = 'bye_test_0123456789';
/** How many generations a new account holds: one per named example of GET /v1/content/{id}. */
export const SEEDED = Object.keys(listOperations().find((op) => op.operationId === 'getGeneration')!.responses['200']!.examples).length;
/** How many models the catalog (the spec's libraryModels example) lists. */
export const MODELS = (
  Object.values(listOperations().find((op) => op.operationId === 'libraryModels')!.responses['200']!.examples)[0] as {
    data: { models: unknown[] };
  }
).data.models.length;

export function testSandbox(options: SandboxOptions = {}): Sandbox {
  return createSandbox({ clock: 'manual', validate: 'throw', exactDurations: true, logger: () => {}, ...options });
}

export interface Answer<T = any> {
  status: number;
  headers: Headers;
  json: T;
}

export async function call<T = any>(
  sandbox: Sandbox,
  method: string,
  path: string,
  init: { key?: string | null; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = { ...init.headers };
  const key = init.key === undefined ? KEY : init.key;
  if (key !== null) headers.authorization = `Bearer ${key}`;
  let body: string | undefined = init.raw;
  if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers['content-type'] = 'application/json';
  }
  const response = await sandbox.handle(new Request(BASE + path, { method, headers, body }));
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : undefined };
}

export const generateImage = (sandbox: Sandbox, model: string, body: Record<string, unknown>, init: Parameters<typeof call>[3] = {}) =>
  call(sandbox, 'POST', `/v1/generate/image/${model}`, { ...init, body });

export const generateVideo = (sandbox: Sandbox, model: string, body: Record<string, unknown>, init: Parameters<typeof call>[3] = {}) =>
  call(sandbox, 'POST', `/v1/generate/video/${model}`, { ...init, body });
