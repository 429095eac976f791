// Every operation's SDK sample (openapi/code_samples/, shown in the API reference and type-checked
// there by `npm run typecheck`) runs against the mock, so the published docs cannot drift from the code.
import { transform } from 'esbuild';
import { expect, inject, it } from 'vitest';
import { BabySea } from '../../src/index.js';
import { codeSample, operationIds } from '../helpers/spec.js';

const samples = operationIds().map((operationId) => ({ operationId, source: codeSample(operationId) }));

it('every operation of the spec has a TypeScript SDK sample that calls the client', () => {
  expect(samples.length).toBeGreaterThan(0);
  for (const sample of samples) expect(sample.source, sample.operationId).toMatch(/await client\./);
});

it.each(samples)('the $operationId sample runs against the mock', async ({ source }) => {
  const { code } = await transform(`return (async () => {\n${source}})();`, { loader: 'ts' });
  const client = new BabySea({ apiKey: 'k', baseUrl: inject('prismUrl'), maxRetries: 0 });
  const logged: unknown[] = [];
  const console = { log: (...values: unknown[]) => logged.push(...values) };
  await new Function('client', 'console', code)(client, console);
  expect(logged.length).toBeGreaterThan(0);
  expect(logged).not.toContain(undefined);
});
