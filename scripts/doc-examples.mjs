// Code the docs show from runnable, tested files: a block <!-- file:PATH:start --> … <!-- file:PATH:end -->
// in README.md or docs/*.md holds the file at PATH (examples/…) as a code block, so what a reader copies
// is what the tests run. `--check` fails when a block is stale.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fillBlock, finish } from './markers.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const docs = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const LANGUAGES = { '.ts': 'ts', '.mjs': 'js', '.sh': 'sh' };

const stale = [];
for (const doc of docs) {
  const text = readFileSync(join(root, doc), 'utf8');
  for (const [, path] of text.matchAll(/<!-- file:([^\s]+?):start -->/g)) {
    const source = readFileSync(join(root, path), 'utf8').trimEnd();
    const fence = `\`\`\`${LANGUAGES[extname(path)] ?? ''}\n${source}\n\`\`\``;
    if (!fillBlock(join(root, doc), `file:${path}`, fence) && !stale.includes(doc)) stale.push(doc);
  }
}
finish(stale, 'npm run docs:tables');
