// `babysea-mock/msw`: the sandbox inside MSW, for browser tests, Storybook and vitest. Every request
// to the base URL(s), API and /__sandbox/ alike, is answered by the sandbox in-process.
import { HttpResponse, http } from 'msw';
import { regions } from '../../generated/constraints.ts';
import { NETWORK_RESET, type Sandbox } from './sandbox.ts';

/** The API hosts of the regions, as the SDK addresses them (the spec's servers). */
export const REGION_URLS: string[] = Object.values(regions);

export interface SandboxHandlersOptions {
  /** The base URL(s) your app calls (default: the three region hosts). */
  baseUrl?: string | string[];
}

/** MSW handlers that send every request under `baseUrl` to the sandbox: `setupServer(...sandboxHandlers(sandbox))`. */
export function sandboxHandlers(sandbox: Sandbox, options: SandboxHandlersOptions = {}) {
  const bases = [options.baseUrl ?? REGION_URLS].flat().map((url) => url.replace(/\/+$/, ''));
  return bases.map((base) =>
    http.all(`${base}/*`, async ({ request }) => {
      try {
        return await sandbox.handle(request);
      } catch (error) {
        // A chaos reset is a network error for the app, as it would be in production.
        if ((error as { cause?: unknown })?.cause === NETWORK_RESET) return HttpResponse.error();
        throw error;
      }
    }),
  );
}
