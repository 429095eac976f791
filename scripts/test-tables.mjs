// Tables the docs derive from test names, so they cannot drift from what is tested: docs/faults.md
// (test/transport/faults.test.ts) and docs/hostile-inputs.md (test/transport/hostile-input.test.ts).
// Each test is named "<input> → <what the SDK does>"; vitest lists them (each row of it.each
// resolved) without running them. `--check` fails when a table is stale.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fillBlock, finish } from './markers.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const tables = [
  { test: 'test/transport/faults.test.ts', doc: 'docs/faults.md', block: 'faults', columns: ['the server…', 'the SDK…'] },
  {
    test: 'test/transport/hostile-input.test.ts',
    doc: 'docs/hostile-inputs.md',
    block: 'hostile-inputs',
    columns: ['input', 'what the SDK does'],
  },
];

function listTests(files) {
  const dir = mkdtempSync(join(tmpdir(), 'babysea-tests-'));
  try {
    const out = join(dir, 'list.json');
    const result = spawnSync(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'list', `--json=${out}`, ...files], {
      cwd: root,
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`vitest list failed:\n${result.stdout}${result.stderr}`);
    return JSON.parse(readFileSync(out, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const escapeCell = (text) => text.replaceAll('|', '\\|');
const listed = listTests(tables.map((t) => t.test));
const stale = [];
for (const table of tables) {
  const rows = [`| ${table.columns.join(' | ')} |`, `|${table.columns.map(() => '---').join('|')}|`];
  let section = '';
  for (const { name, file } of listed.filter((t) => t.file.endsWith(table.test))) {
    const [group, title] = name.includes(' > ') ? [name.slice(0, name.indexOf(' > ')), name.slice(name.indexOf(' > ') + 3)] : ['', name];
    const arrow = title.indexOf(' → ');
    if (arrow === -1) throw new Error(`${file}: "${title}" is not named "<input> → <what the SDK does>"`);
    if (group !== section) {
      rows.push(`| **${escapeCell(group)}** | |`);
      section = group;
    }
    rows.push(`| ${escapeCell(title.slice(0, arrow))} | ${escapeCell(title.slice(arrow + 3))} |`);
  }
  if (!fillBlock(join(root, table.doc), table.block, rows.join('\n'))) stale.push(table.doc);
}
finish(stale, 'npm run docs:tables');
