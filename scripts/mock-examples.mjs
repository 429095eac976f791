// Writes the README's table of the mock's named examples (from the spec), between the markers
// <!-- mock-examples:start --> and <!-- mock-examples:end -->. With --check, fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';

const spec = JSON.parse(readFileSync(new URL('../generated/openapi.json', import.meta.url), 'utf8'));
const readmeUrl = new URL('../README.md', import.meta.url);
const resolve = (node) =>
  node?.$ref
    ? resolve(
        node.$ref
          .slice(2)
          .split('/')
          .reduce((acc, key) => acc[key], spec),
      )
    : node;

export function examplesTable() {
  const rows = ['| operation | route | `Prefer: example=…` (200) | `Prefer: code=…` |', '|---|---|---|---|'];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const ok = Object.keys(resolve(op.responses['200']).content['application/json'].examples);
      const codes = Object.entries(op.responses)
        .filter(([status]) => status !== '200')
        .map(([status, response]) => `${status} (${Object.keys(resolve(response).content['application/json'].examples).join(', ')})`);
      rows.push(
        `| \`${op.operationId}\` | \`${method.toUpperCase()} ${path}\` | ${ok.map((n) => `\`${n}\``).join(', ')} | ${codes.join(', ')} |`,
      );
    }
  }
  return rows.join('\n');
}

const start = '<!-- mock-examples:start -->';
const end = '<!-- mock-examples:end -->';
const readme = readFileSync(readmeUrl, 'utf8');
const [before, rest] = readme.split(start);
if (rest === undefined) throw new Error(`README.md has no ${start} marker`);
const after = rest.slice(rest.indexOf(end));
const fresh = `${before}${start}\n${examplesTable()}\n${after}`;
if (process.argv.includes('--check')) {
  if (fresh !== readme) {
    console.error('README.md: the mock examples table is stale; run `npm run readme:examples`.');
    process.exit(1);
  }
} else {
  writeFileSync(readmeUrl, fresh);
}
