// Runs Redocly offline and quietly: `lint` checks the spec, `docs` builds the self-contained HTML reference.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const pkgPath = require.resolve('@redocly/cli/package.json');
const pkg = require(pkgPath);
const bin = join(dirname(pkgPath), typeof pkg.bin === 'string' ? pkg.bin : pkg.bin.redocly);
export const DOCS_OUTPUT = 'build/api-reference.html';

const commands = {
  lint: ['lint', 'openapi/babysea.yaml', '--format=stylish'],
  // --inlineBundle embeds Redoc's script, so the page needs no CDN and opens offline.
  docs: ['build-docs', 'openapi/babysea.yaml', '--inlineBundle', '--output', DOCS_OUTPUT, '--title', 'BabySea API reference'],
};
const args = commands[process.argv[2]];
if (!args) {
  console.error(`usage: node scripts/redocly.mjs ${Object.keys(commands).join('|')}`);
  process.exit(2);
}
const result = spawnSync(process.execPath, [bin, ...args], {
  stdio: 'inherit',
  env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
});
if (result.status === 0 && process.argv[2] === 'docs') makeOffline(DOCS_OUTPUT);
process.exit(result.status ?? 1);

/**
 * --inlineBundle inlines Redoc itself, but its "API docs by Redocly" badge still loads two logos
 * from a CDN at view time. Swap them for an inline SVG so the page makes no outside request.
 */
function makeOffline(file) {
  const badge = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="64" height="16"><text x="0" y="12" font-family="sans-serif" font-size="12" fill="#888">Redocly</text></svg>')}`;
  const html = readFileSync(file, 'utf8');
  const offline = html
    .replaceAll('https://cdn.redoc.ly/redoc/logo-mini-full.svg', badge)
    .replaceAll('https://cdn.redoc.ly/redoc/logo-mini.svg', badge);
  writeFileSync(file, offline);
}
