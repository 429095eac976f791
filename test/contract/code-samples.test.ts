// Every operation's SDK sample in the spec (x-codeSamples, shown in the API reference) type-checks
// against the SDK and runs against the mock, so the published docs cannot drift from the code.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { afterAll, expect, inject, it } from 'vitest';
import { BabySea } from '../../src/index.js';
import { codeSample, operationIds } from '../helpers/spec.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const samples = operationIds().map((operationId) => ({ operationId, source: codeSample(operationId) }));
const dir = mkdtempSync(join(root, 'test', '.samples-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('every operation has a TypeScript SDK sample', () => {
  expect(samples).toHaveLength(17);
  for (const sample of samples) expect(sample.source, sample.operationId).toMatch(/await client\./);
});

it('the samples type-check against the SDK', () => {
  const body = samples.map((s) => `export async function ${s.operationId}(client: BabySea) {\n${s.source}}\n`).join('\n');
  writeFileSync(join(dir, 'samples.ts'), `import type { BabySea } from '../../src/index.js';\n${body}`);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ extends: '../../tsconfig.json', compilerOptions: { noUnusedLocals: false }, include: ['samples.ts'] }),
  );
  execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', dir], { cwd: root, stdio: 'pipe' });
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
