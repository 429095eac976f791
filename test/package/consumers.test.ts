// Packs the package as npm would publish it, checks it with publint and attw, installs the tarball
// into fresh consumer projects (ESM, CommonJS, TypeScript under node16 and bundler resolution) and
// runs each against the Prism mock.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectFreshBuild } from '../helpers/built.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const work = mkdtempSync(join(tmpdir(), 'babysea-consumers-'));
const consumer = join(work, 'consumer');
let tarball = '';
const run = (file: string, args: string[], cwd: string) =>
  execFileSync(file, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

beforeAll(() => {
  // npm test built dist/ already; prepack would rebuild it (tsup empties dist/ first) under the tests running beside this one.
  expectFreshBuild('sdk');
  const packed = run('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', work], root).trim().split('\n').pop()!;
  tarball = join(work, packed);
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '0.0.0' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', tarball], consumer);
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the published package', () => {
  it('passes publint --strict and attw with no problems', () => {
    expect(run(bin('publint'), ['--strict', join(consumer, 'node_modules', 'babysea')], root)).toMatch(/All good/);
    // The JSON spec has no types to resolve under node10 resolution; every code entry point is checked.
    expect(run(bin('attw'), [tarball, '--format', 'ascii', '--exclude-entrypoints', './openapi.json'], root)).toMatch(/No problems found/);
  });

  it('ships only dist/, the bundled spec, README and LICENSE, and depends on openapi-fetch alone', () => {
    const installed = join(consumer, 'node_modules', 'babysea');
    expect(readdirSync(installed).sort()).toEqual(['LICENSE', 'README.md', 'dist', 'generated', 'package.json']);
    expect(readdirSync(join(installed, 'generated'))).toEqual(['openapi.json']);
    const pkg = JSON.parse(run('node', ['-p', 'JSON.stringify(require("babysea/package.json"))'], consumer));
    expect(Object.keys(pkg.dependencies)).toEqual(['openapi-fetch']);
    const empty = readdirSync(join(installed, 'dist')).filter((file) => statSync(join(installed, 'dist', file)).size <= 1);
    expect(empty).toEqual([]);
  });

  it('works from an ESM .mjs script', () => {
    writeFileSync(
      join(consumer, 'esm.mjs'),
      `import { BabySea } from 'babysea';
import { signWebhookPayload, verifyWebhook } from 'babysea/webhooks';
const client = new BabySea({ apiKey: 'k', baseUrl: process.argv[2] });
const res = await client.estimate('bfl/flux-schnell', 2);
const header = await signWebhookPayload('{"webhook_event":"webhook.test"}', 's');
const event = await verifyWebhook('{"webhook_event":"webhook.test"}', header, 's');
const seen = [];
client.use({ onRequest({ request }) { seen.push(new URL(request.url).pathname); } });
await client.account();
console.log(JSON.stringify([res.data.model_identifier, event.webhook_event, seen]));`,
    );
    expect(JSON.parse(run('node', ['esm.mjs', inject('prismUrl')], consumer))).toEqual([
      'bfl/flux-schnell',
      'webhook.test',
      ['/v1/user/account'],
    ]);
  });

  it('works from a CommonJS require script, with one error hierarchy across both entry points; openapi-fetch loads only with middleware', () => {
    writeFileSync(
      join(consumer, 'cjs.cjs'),
      `const { BabySea, BabySeaError } = require('babysea');
const { verifyWebhook } = require('babysea/webhooks');
const openapiFetchLoaded = () => Object.keys(require.cache).some((file) => file.includes('openapi-fetch'));
(async () => {
  const client = new BabySea({ apiKey: 'k', baseUrl: process.argv[2] });
  const res = await client.account();
  const error = await verifyWebhook('{}', 't=1,v1=${'0'.repeat(64)}', 's').catch((e) => e);
  const before = openapiFetchLoaded();
  const seen = [];
  client.use({ onRequest({ request }) { seen.push(new URL(request.url).pathname); } });
  await client.status();
  console.log(JSON.stringify([res.data.account_name, error instanceof BabySeaError, before, seen, openapiFetchLoaded()]));
})();`,
    );
    expect(JSON.parse(run('node', ['cjs.cjs', inject('prismUrl')], consumer))).toEqual(['Seal Studio', true, false, ['/v1/status'], true]);
  });

  const tsSource = (url: string) => `import { BabySea, BabySeaError, type Generation, type components, type paths } from 'babysea';
import { verifyWebhook, isGenerationCompleted } from 'babysea/webhooks';
const client = new BabySea({ apiKey: 'k', baseUrl: ${JSON.stringify(url)} });
const res = await client.getGeneration('5c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f');
const generation: Generation = res.data;
// The spec's generated types ship in the package, for users' own code and handlers.
const status: components['schemas']['GenerationStatus'] | undefined = generation.generation_status;
type Listed = paths['/v1/content/list']['get']['responses'][200]['content']['application/json']['data']['generations'][number];
const listed: Listed = { account_id: 'a', generation_id: 'g' };
void status; void listed;
const isError = (e: unknown) => e instanceof BabySeaError;
void verifyWebhook; void isGenerationCompleted; void isError;
console.log(JSON.stringify([generation.generation_status, res.request_id]));
`;

  it('type-checks and runs in a TypeScript project with moduleResolution node16', () => {
    const dir = join(consumer, 'ts-node16');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.mts'), tsSource(inject('prismUrl')));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'node16',
          moduleResolution: 'node16',
          target: 'es2022',
          lib: ['es2022', 'dom'],
          strict: true,
          outDir: 'out',
          types: [],
        },
        include: ['index.mts'],
      }),
    );
    run(bin('tsc'), ['-p', dir], dir);
    expect(JSON.parse(run('node', [join(dir, 'out', 'index.mjs')], dir))).toEqual(['succeeded', 'req_3f4a5b6c7d8e9f0a']);
  });

  it('type-checks and runs bundled in a TypeScript project with moduleResolution bundler', () => {
    const dir = join(consumer, 'ts-bundler');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.ts'), tsSource(inject('prismUrl')));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'esnext',
          moduleResolution: 'bundler',
          target: 'es2022',
          lib: ['es2022', 'dom'],
          strict: true,
          noEmit: true,
          types: [],
        },
        include: ['index.ts'],
      }),
    );
    run(bin('tsc'), ['-p', dir], dir);
    run(bin('esbuild'), ['index.ts', '--bundle', '--format=esm', '--platform=neutral', '--outfile=out.mjs'], dir);
    expect(JSON.parse(run('node', ['out.mjs'], dir))).toEqual(['succeeded', 'req_3f4a5b6c7d8e9f0a']);
  });

  it('a field typo fails the consumer’s type check', () => {
    const dir = join(consumer, 'ts-typo');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'index.mts'),
      `import { BabySea } from 'babysea';\nconst res = await new BabySea({ apiKey: 'k' }).status();\nconsole.log(res.data.apikey_prefx);\n`,
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'node16', target: 'es2022', lib: ['es2022', 'dom'], strict: true, noEmit: true, types: [] },
        include: ['index.mts'],
      }),
    );
    const failure = (() => {
      try {
        run(bin('tsc'), ['-p', dir], dir);
      } catch (error) {
        return String((error as { stdout?: string }).stdout);
      }
      return 'compiled without error';
    })();
    expect(failure).toMatch(/Property 'apikey_prefx' does not exist/);
  });
});
