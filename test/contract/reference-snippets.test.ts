// The reference's snippets compile (npm run typecheck) and, here, run unchanged against the mock.
import { expect, inject, it } from 'vitest';
import { BabySea } from '../../src/index.js';
import { recordingFetch } from '../helpers/recording-fetch.js';
import { referenceSnippets } from '../types/reference-snippets.js';

it('every snippet of the API reference runs against the mock, one accepted request per call', async () => {
  const recorder = recordingFetch();
  const client = new BabySea({ apiKey: 'bs_test_key', baseUrl: inject('prismUrl'), fetch: recorder.fetch, maxRetries: 0 });
  const logged: unknown[] = [];
  await referenceSnippets(client, (...values) => logged.push(...values));
  expect(recorder.calls).toHaveLength(35);
  expect(logged).not.toContain(undefined);
  expect(new Set(recorder.calls.map((c) => new URL(c.url).pathname.split('/').slice(0, 3).join('/')))).toEqual(
    new Set(['/v1/status', '/v1/usage', '/v1/user', '/v1/library', '/v1/health', '/v1/estimate', '/v1/content', '/v1/generate']),
  );
});
