// The tests of some files as vitest resolves them (each row of it.each named), without running
// them: what the docs tables and the operations check read test names from.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

/** `[{ name: 'describe > it', file }]` for the given files or folders; throws with vitest's output when listing fails. */
export function listTests(files) {
  const dir = mkdtempSync(join(tmpdir(), 'babysea-tests-'));
  try {
    const out = join(dir, 'list.json');
    const result = spawnSync(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'list', `--json=${out}`, ...files], {
      cwd: root,
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`\`vitest list ${files.join(' ')}\` failed:\n${`${result.stdout}${result.stderr}`.trim()}`);
    return JSON.parse(readFileSync(out, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
