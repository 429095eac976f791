// `npm run check:generated` fails when a spec source changes without `npm run generate`.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const copy = mkdtempSync(join(tmpdir(), 'babysea-generated-'));
for (const path of ['scripts', 'openapi', 'generated', 'redocly.yaml']) cpSync(join(root, path), join(copy, path), { recursive: true });
symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));
const check = () => spawnSync(process.execPath, ['scripts/generate.mjs', '--check'], { cwd: copy, encoding: 'utf8' });

it('passes while generated/ matches openapi/, and fails once a source changes without regenerating', () => {
  expect(check().status).toBe(0);
  const source = join(copy, 'openapi/components/schemas/AccountData.yaml');
  const edited = readFileSync(source, 'utf8').replace(/account_is_personal:\n {4}type: boolean/, 'account_is_personal:\n    type: string');
  expect(edited).not.toBe(readFileSync(source, 'utf8'));
  writeFileSync(source, edited);
  const stale = check();
  expect(stale.status).toBe(1);
  expect(stale.stderr).toMatch(
    /generated\/openapi\.json, generated\/babysea\.d\.ts are stale: the spec changed without `npm run generate`/,
  );
}, 60_000);
