// Writes the `--help` of `babysea` and of each command into docs/cli.md (between
// <!-- help-NAME:start --> and <!-- help-NAME:end -->), from the built CLI, as a user sees it off a
// terminal (80 columns). With --check, writes nothing and fails when the docs are stale.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { fillBlock, finish } from '../../scripts/markers.mjs';
import { ensureBuilt } from '../launcher.mjs';

const docs = fileURLToPath(new URL('../../docs/cli.md', import.meta.url));
const bin = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

await ensureBuilt();
const env = { ...process.env, NO_COLOR: '1' };
delete env.COLUMNS;
const help = (args) => execFileSync(process.execPath, [bin, ...args, '--help'], { encoding: 'utf8', env }).trimEnd();

const commands = [...help([]).matchAll(/^ {2}([a-z]+) /gm)].map((match) => match[1]).filter((name) => name !== 'help');
const stale = [];
for (const [name, args] of [['babysea', []], ...commands.map((command) => [command, [command]])]) {
  if (!fillBlock(docs, `help-${name}`, `\`\`\`\n${help(args)}\n\`\`\``)) stale.push(`docs/cli.md (${name} --help)`);
}
finish(stale, 'npm run docs:tables');
