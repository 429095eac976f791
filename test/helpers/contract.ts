// A client against the real Prism mock whose fetch records every request, for the contract tests.
import { inject } from 'vitest';
import { BabySea } from '../../src/index.js';
import { recordingFetch } from './recording-fetch.js';

export { ID } from './spec.js';

export function contractClient() {
  const recorder = recordingFetch();
  return {
    client: new BabySea({ apiKey: 'bye_test_key', baseUrl: inject('prismUrl'), fetch: recorder.fetch, maxRetries: 0 }),
    calls: recorder.calls,
  };
}

/** `METHOD /path?query` of a recorded request. */
export function wire(call: { url: string; method: string }) {
  const url = new URL(call.url);
  return `${call.method} ${url.pathname}${url.search}`;
}
