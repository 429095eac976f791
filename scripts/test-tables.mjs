// Tables the docs derive from test names, so they cannot drift from what is tested: docs/faults.md
// (test/transport/faults.test.ts) and docs/hostile-inputs.md (test/transport/hostile-input.test.ts).
// Each test is named "<input> → <what the SDK does>"; vitest lists them (each row of it.each
// resolved) without running them. `--check` fails when a table is stale.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cell, fillBlock, finish, table } from './markers.mjs';
import { listTests } from './vitest-list.mjs';

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

const listed = listTests(tables.map((t) => t.test));
const stale = [];
for (const doc of tables) {
  const rows = [];
  let section = '';
  for (const { name, file } of listed.filter((t) => t.file.endsWith(doc.test))) {
    const [group, title] = name.includes(' > ') ? [name.slice(0, name.indexOf(' > ')), name.slice(name.indexOf(' > ') + 3)] : ['', name];
    const arrow = title.indexOf(' → ');
    if (arrow === -1) throw new Error(`${file}: "${title}" is not named "<input> → <what the SDK does>"`);
    if (group !== section) {
      rows.push([`**${cell(group)}**`, '']);
      section = group;
    }
    rows.push([cell(title.slice(0, arrow)), cell(title.slice(arrow + 3))]);
  }
  if (!fillBlock(join(root, doc.doc), doc.block, table(doc.columns, rows))) stale.push(doc.doc);
}
finish(stale, 'npm run docs:tables');
