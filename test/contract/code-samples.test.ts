// Every operation's SDK sample (openapi/code_samples/, shown in the API reference and type-checked
// there by `npm run typecheck`) runs against both engines: Prism's examples and the stateful
// sandbox. The published docs cannot drift from the code or from the sandbox.
import { transform } from 'esbuild';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BabySea } from '../../src/index.js';
import { startTestSandbox } from '../helpers/sandbox.js';
import { codeSample, operationIds } from '../helpers/spec.js';

const samples = operationIds().map((operationId) => ({ operationId, source: codeSample(operationId) }));
let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox?.close());

it('every operation of the spec has a TypeScript SDK sample that calls the client', () => {
  expect(samples.length).toBeGreaterThan(0);
  for (const sample of samples) expect(sample.source, sample.operationId).toMatch(/await client\./);
});

describe.each(['prism', 'sandbox'] as const)('against %s', (engine) => {
  it.each(samples.map((sample, i) => ({ ...sample, i })))('the $operationId sample runs', async ({ i, source }) => {
    const { code } = await transform(`return (async () => {\n${source}})();`, { loader: 'ts' });
    // Each sample gets its own key: in the sandbox, its own account.
    const baseUrl = engine === 'prism' ? inject('prismUrl') : sandbox.url;
    const client = new BabySea({ apiKey: `bye_sample_${i}`, baseUrl, maxRetries: 0 });
    const logged: unknown[] = [];
    const console = { log: (...values: unknown[]) => logged.push(...values) };
    await new Function('client', 'console', code)(client, console);
    expect(logged.length).toBeGreaterThan(0);
    expect(logged).not.toContain(undefined);
  });
});
