// Writes generated text between <!-- NAME:start --> and <!-- NAME:end --> markers in a Markdown file;
// with --check (on the command line), writes nothing and reports whether the file is stale.
import { readFileSync, writeFileSync } from 'node:fs';

const checking = process.argv.includes('--check');

/** Text made safe for a Markdown table cell. */
export const cell = (text) => String(text).replaceAll('|', '\\|');

/** A Markdown table: `head` and each row are arrays of cells (already made safe where they hold prose). */
export function table(head, rows) {
  const line = (row) => `| ${row.join(' | ')} |`;
  return [line(head), `|${head.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

/** Replaces the block `name` of `file` with `content`; returns false if it was stale (in check mode, nothing written). */
export function fillBlock(file, name, content) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const text = readFileSync(file, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to === -1 || to < from) throw new Error(`${file} has no ${start} … ${end} block`);
  const fresh = `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
  if (fresh === text) return true;
  if (!checking) writeFileSync(file, fresh);
  return false;
}

/** Ends a generator: in check mode, fails naming the stale files and the command that refreshes them. */
export function finish(stale, command) {
  if (checking && stale.length > 0) {
    console.error(`${stale.join(', ')}: generated tables are stale; run \`${command}\`.`);
    process.exit(1);
  }
  if (!checking && stale.length > 0) console.log(`updated ${stale.join(', ')}`);
}
