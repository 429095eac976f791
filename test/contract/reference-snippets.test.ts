// The reference's snippets compile (npm run typecheck) and, here, run unchanged against the mock.
import { expect, inject, it } from 'vitest';
import { BabySea } from '../../src/index.js';
import { recordingFetch } from '../helpers/recording-fetch.js';
import { example, operationIds, routeOf } from '../helpers/spec.js';
import { referenceSnippets } from '../types/reference-snippets.js';

it('every snippet of the API reference runs against the mock, and together they call every operation of the spec', async () => {
  const recorder = recordingFetch();
  const client = new BabySea({ apiKey: 'bye_test_key', baseUrl: inject('prismUrl'), fetch: recorder.fetch, maxRetries: 0 });
  const logged: unknown[] = [];
  await referenceSnippets(client, (...values) => logged.push(...values));
  const called = new Set(recorder.calls.map((call) => routeOf(call.method, call.url)?.operation.operationId));
  const uncalled = operationIds().filter((id) => !called.has(id));
  expect(uncalled, 'add a snippet calling each to test/types/reference-snippets.ts (CONTRIBUTING.md, "Adding an operation")').toEqual([]);
  expect([...called].sort()).toEqual([...operationIds()].sort());
  // Every field the snippets read is there, except the health price of models priced per resolution,
  // which the spec allows to be absent (and the example omits).
  const unpriced = example('healthModels').data.models.filter((m: { model_pricing?: number }) => m.model_pricing === undefined).length;
  expect(logged.filter((value) => value === undefined)).toHaveLength(unpriced);
});
