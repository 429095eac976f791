// `npm run check:generated` fails when the spec changes without `npm run generate`.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const copy = mkdtempSync(join(tmpdir(), 'babysea-generated-'));
for (const path of ['scripts/generate.mjs', 'openapi/babysea.yaml', 'generated/babysea.d.ts', 'redocly.yaml'])
  cpSync(join(root, path), join(copy, path));
symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));
const check = () => spawnSync(process.execPath, ['scripts/generate.mjs', '--check'], { cwd: copy, encoding: 'utf8' });

it('passes while generated/ matches the spec, and fails once the spec changes without regenerating', () => {
  expect(check().status).toBe(0);
  const spec = join(copy, 'openapi/babysea.yaml');
  writeFileSync(spec, readFileSync(spec, 'utf8').replace('account_is_personal: {type: boolean}', 'account_is_personal: {type: string}'));
  const stale = check();
  expect(stale.status).toBe(1);
  expect(stale.stderr).toMatch(/is stale: the spec changed without `npm run generate`/);
}, 30_000);
