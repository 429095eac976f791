// 3. Bundle size, 4. cold import time, 5. type-check cost: measured on the built package.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { median, quantile, shuffle } from './harness.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = (file) => join(root, 'dist', file);

async function minified(contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return {
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export async function bundleSizes() {
  return {
    'openapi-fetch alone (createClient)': await minified(`export { default } from 'openapi-fetch';`),
    'babysea `.` (everything it exports, openapi-fetch included)': await minified(`export * from ${JSON.stringify(dist('index.js'))};`),
    'babysea `.`, an app importing only BabySea': await minified(`export { BabySea } from ${JSON.stringify(dist('index.js'))};`),
    'babysea `./webhooks` (everything it exports)': await minified(`export * from ${JSON.stringify(dist('webhooks.js'))};`),
    'babysea `./webhooks`, an app importing only verifyWebhook': await minified(
      `export { verifyWebhook } from ${JSON.stringify(dist('webhooks.js'))};`,
    ),
  };
}

export function coldImport({ runs }) {
  const scripts = {
    'empty script': '',
    'import openapi-fetch': "await import('openapi-fetch');",
    'import babysea': "await import('babysea');",
    'import babysea/webhooks': "await import('babysea/webhooks');",
  };
  const times = Object.fromEntries(Object.keys(scripts).map((k) => [k, []]));
  for (let i = 0; i < runs + 1; i++) {
    for (const name of shuffle(Object.keys(scripts))) {
      const start = process.hrtime.bigint();
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', scripts[name]], { cwd: root });
      if (result.status !== 0) throw new Error(`${name} failed: ${result.stderr}`);
      if (i > 0) times[name].push(Number(process.hrtime.bigint() - start) / 1e6); // the first run warms the disk cache
    }
  }
  const stats = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
  return { runs, stats };
}

const CONSUMER = `import { BabySea } from 'babysea';
const id = '5c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
export async function everyMethod(client: BabySea) {
  const results = [
    (await client.status()).data.apikey_prefix,
    (await client.usage(7)).data.usage_total_requests,
    (await client.account()).data.account_name,
    (await client.billing()).data.billing_plan,
    (await client.library.providers()).data.providers_total,
    (await client.library.models()).data.models_total,
    (await client.health.providers()).data.providers[0]?.status,
    (await client.health.models()).data.models_total,
    (await client.health.storage()).data.latency_ms,
    (await client.health.cache()).data.healthy,
    (await client.estimate('bfl/flux-schnell', { count: 2 })).data.cost_total_consumed,
    (await client.cancelGeneration(id)).data.credits_refunded,
    (await client.deleteGeneration(id)).data.files_deleted,
    (await client.getGeneration(id)).data.generation_status,
    (await client.listGenerations({ limit: 10 })).total,
    (await client.generate('google/nano-banana', { generation_prompt: 'x' })).data.generation_id,
    (await client.generateVideo('google/veo-2', { generation_prompt: 'x', generation_duration: 5 })).data.generation_id,
  ];
  return results;
}
`;

export function typeCheckCost({ runs }) {
  const dir = join(root, 'bench', '.typecheck');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const projects = { 'empty file': 'export {};\n', 'all 17 methods': CONSUMER };
  const out = {};
  for (const [name, source] of Object.entries(projects)) {
    const project = join(dir, name.replace(/\W+/g, '-'));
    mkdirSync(project);
    writeFileSync(join(project, 'index.ts'), source);
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: 'esnext',
          moduleResolution: 'bundler',
          target: 'es2022',
          lib: ['es2022', 'dom'],
          types: [],
          skipLibCheck: false,
        },
        files: ['index.ts'],
      }),
    );
    out[name] = { project, total: [], check: [], instantiations: 0, types: 0 };
  }
  for (let i = 0; i < runs; i++) {
    for (const name of shuffle(Object.keys(projects))) {
      const text = execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', out[name].project, '--extendedDiagnostics'], {
        encoding: 'utf8',
      });
      const read = (label) => Number((text.match(new RegExp(`^${label}:\\s+([\\d.]+)`, 'm')) ?? [])[1]);
      out[name].total.push(read('Total time'));
      out[name].check.push(read('Check time'));
      out[name].instantiations = read('Instantiations');
      out[name].types = read('Types');
    }
  }
  rmSync(dir, { recursive: true, force: true });
  return Object.fromEntries(
    Object.entries(out).map(([k, v]) => [
      k,
      { total: median(v.total), check: median(v.check), instantiations: v.instantiations, types: v.types },
    ]),
  );
}

export { quantile };
