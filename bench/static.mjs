// 3. Bundle size, 4. cold import time, 5. type-check cost: measured on the built package.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { SourceMapConsumer } from 'source-map-js';
// What the SDK imports on first use (`import()`) is left out of "up front" sizes as the CI budgets leave it out.
import { loadedOnFirstUse } from '../.size-limit.mjs';
import { median, shuffle } from './harness.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = (file) => join(root, 'dist', file);

function bundle(contents, { upFront = false, sourcemap = false } = {}) {
  return build({
    stdin: { contents, resolveDir: root, loader: 'js', sourcefile: 'app.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
    plugins: upFront ? [loadedOnFirstUse] : [],
    ...(sourcemap ? { sourcemap: 'external', outfile: join(root, 'bench', '.bundle', 'app.js') } : {}),
  });
}

const gzipped = (code) => gzipSync(code, { level: 9 }).length;

async function minified(contents, options) {
  const code = (await bundle(contents, options)).outputFiles[0].contents;
  return {
    min: code.length,
    gzip: gzipped(code),
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const only = (name, file = 'index.js') => `export { ${name} } from ${JSON.stringify(dist(file))};`;

export async function bundleSizes() {
  return {
    'openapi-fetch alone (createClient)': await minified(`export { default } from 'openapi-fetch';`),
    'babysea `.` (everything it exports), loaded up front': await minified(`export * from ${JSON.stringify(dist('index.js'))};`, {
      upFront: true,
    }),
    'babysea `.`, an app importing only BabySea, loaded up front': await minified(only('BabySea'), { upFront: true }),
    'babysea `.`, an app importing only BabySea, with middleware in use (openapi-fetch loaded)': await minified(only('BabySea')),
    'babysea `./webhooks` (everything it exports)': await minified(`export * from ${JSON.stringify(dist('webhooks.js'))};`),
    'babysea `./webhooks`, an app importing only verifyWebhook': await minified(only('verifyWebhook', 'webhooks.js')),
  };
}

/**
 * Where the up-front bundle of an app importing only BabySea goes, per source module: the bytes the
 * minified bundle holds from it, and what leaving them out takes off its gzip size (each module's
 * share, measured in the company of the others, as gzip compresses it).
 */
export async function bundleWeights() {
  const result = await bundle(only('BabySea'), { upFront: true, sourcemap: true });
  const code = result.outputFiles.find((file) => file.path.endsWith('.js')).text;
  const map = new SourceMapConsumer(JSON.parse(result.outputFiles.find((file) => file.path.endsWith('.map')).text));
  const lineStarts = [0];
  for (const line of code.split('\n')) lineStarts.push(lineStarts.at(-1) + line.length + 1);
  const owner = new Array(code.length).fill('(bundler glue)');
  const mappings = [];
  map.eachMapping((m) => mappings.push({ at: lineStarts[m.generatedLine - 1] + m.generatedColumn, source: m.source }));
  mappings.sort((a, b) => a.at - b.at);
  const moduleName = (source) => source.replace(/^(\.\.\/)+/, '').replace(/^.*?node_modules\//, '');
  for (const [i, { at, source }] of mappings.entries()) owner.fill(moduleName(source), at, mappings[i + 1]?.at ?? code.length);
  const total = gzipped(code);
  const modules = [...new Set(owner)].map((module) => {
    let rest = '';
    let bytes = 0;
    for (let i = 0; i < code.length; i++) {
      if (owner[i] === module) bytes++;
      else rest += code[i];
    }
    return { module, min: bytes, gzipShare: total - gzipped(rest) };
  });
  return { total, modules: modules.sort((a, b) => b.gzipShare - a.gzipShare) };
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

/** A consumer calling every operation: the spec's TypeScript samples, one function each. */
function everyOperation() {
  const dir = join(root, 'openapi/code_samples/TypeScript');
  const samples = readdirSync(dir).filter((file) => file.endsWith('.ts'));
  const bodies = samples.map(
    (file) => `export async function ${file.replace(/\.ts$/, '')}() {\n${readFileSync(join(dir, file), 'utf8')}}\n`,
  );
  return { count: samples.length, source: `import type { BabySea } from 'babysea';\ndeclare const client: BabySea;\n${bodies.join('')}` };
}

export function typeCheckCost({ runs }) {
  const dir = join(root, 'bench', '.typecheck');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const consumer = everyOperation();
  const projects = { 'empty file': 'export {};\n', 'every operation': consumer.source };
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
  const summary = (v) => ({ total: median(v.total), check: median(v.check), instantiations: v.instantiations, types: v.types });
  const [empty, every] = Object.values(out);
  return { operations: consumer.count, empty: summary(empty), everyOperation: summary(every) };
}
