// Runs Redocly offline and quietly. As a script: `lint` checks the bundled spec, `docs` builds the
// self-contained HTML reference. `bundle()` is what `npm run generate` uses.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE } from './spec.mjs';

const require = createRequire(import.meta.url);
const pkgPath = require.resolve('@redocly/cli/package.json');
const pkg = require(pkgPath);
const bin = join(dirname(pkgPath), typeof pkg.bin === 'string' ? pkg.bin : pkg.bin.redocly);
const root = fileURLToPath(new URL('../', import.meta.url));
const SPEC_ROOT = 'openapi/openapi.yaml';
const DOCS_OUTPUT = 'build/api-reference.html';

function run(args, stdio = 'inherit') {
  return spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    stdio,
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
  });
}

/** The spec's sources bundled into one document (examples, samples and the intro inlined). */
export function bundle() {
  const dir = mkdtempSync(join(tmpdir(), 'babysea-bundle-'));
  try {
    const output = join(dir, 'openapi.json');
    const result = run(['bundle', SPEC_ROOT, '--ext', 'json', '--output', output], 'pipe');
    if (result.status !== 0) throw new Error(`redocly bundle failed:\n${result.stdout}${result.stderr}`);
    return JSON.parse(readFileSync(output, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The bundle as the reference shows it: every named example's summary starts with its key, the name
 * Prism's `Prefer: example=…` and the sandbox take.
 */
function withExampleKeys(spec) {
  const copy = structuredClone(spec);
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    if (node.examples && typeof node.examples === 'object' && !Array.isArray(node.examples)) {
      for (const [key, example] of Object.entries(node.examples)) {
        if (example && typeof example === 'object' && !example.$ref) example.summary = example.summary ? `${key}: ${example.summary}` : key;
      }
    }
    Object.values(node).forEach(visit);
  };
  visit(copy);
  return copy;
}

const commands = {
  // The bundle is linted: only there are the examples (kept in their own files) checked against the schemas.
  lint: () => ['lint', BUNDLE, '--format=stylish'],
  // --inlineBundle embeds Redoc's script, so the page needs no CDN and opens offline.
  docs: (dir) => {
    const shown = join(dir, 'openapi.json');
    writeFileSync(shown, JSON.stringify(withExampleKeys(JSON.parse(readFileSync(join(root, BUNDLE), 'utf8')))));
    return ['build-docs', shown, '--inlineBundle', '--output', join(root, DOCS_OUTPUT), '--title', 'BabySea API reference'];
  },
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const command = process.argv[2];
  if (!commands[command]) {
    console.error(`usage: node scripts/redocly.mjs ${Object.keys(commands).join('|')}`);
    process.exit(2);
  }
  const dir = mkdtempSync(join(tmpdir(), 'babysea-redocly-'));
  const result = run(commands[command](dir));
  rmSync(dir, { recursive: true, force: true });
  if (result.status === 0 && command === 'docs') makeOffline(join(root, DOCS_OUTPUT));
  process.exit(result.status ?? 1);
}

/**
 * --inlineBundle inlines Redoc itself, but its "API docs by Redocly" badge still loads two logos
 * from a CDN at view time. Swap them for an inline SVG so the page makes no outside request.
 */
function makeOffline(file) {
  const badge = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="64" height="16"><text x="0" y="12" font-family="sans-serif" font-size="12" fill="#888">Redocly</text></svg>')}`;
  const html = readFileSync(file, 'utf8');
  writeFileSync(
    file,
    html.replaceAll('https://cdn.redoc.ly/redoc/logo-mini-full.svg', badge).replaceAll('https://cdn.redoc.ly/redoc/logo-mini.svg', badge),
  );
}
