// Writes the sandbox's tables into docs/sandbox.md: the scenarios (from src/scenarios.json) and the
// CLI flags (from src/node/flags.ts, the table the CLI parses and prints for --help). With --check,
// writes nothing and fails when the docs are stale.
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { cell, fillBlock, finish, table } from '../../scripts/markers.mjs';

const docs = fileURLToPath(new URL('../../docs/sandbox.md', import.meta.url));

function scenarios() {
  const scenarioTable = JSON.parse(readFileSync(new URL('../src/scenarios.json', import.meta.url), 'utf8'));
  const lines = [];
  for (const [kind, title] of Object.entries(scenarioTable.kinds)) {
    const rows = scenarioTable.scenarios
      .filter((row) => row.kind === kind)
      .map((s) => {
        const example = s.kind === 'control' ? ` Example body: \`${JSON.stringify(s.example.body)}\`` : '';
        return [`\`${cell(s.value)}\``, `${cell(s.effect)}${cell(example)}`];
      });
    lines.push('', `**${title}**`, '', table(['value', 'effect'], rows));
  }
  return lines.join('\n');
}

/** The flags module is TypeScript: bundled next to the sources (so its imports resolve), imported, removed. */
async function flags() {
  const outfile = fileURLToPath(new URL(`../.flags-${process.pid}.mjs`, import.meta.url));
  await build({
    entryPoints: [fileURLToPath(new URL('../src/node/flags.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  try {
    const { FLAGS, flagSignature } = await import(pathToFileURL(outfile).href);
    const rows = Object.entries(FLAGS).map(([name, flag]) => [
      `\`${cell(flagSignature(name, flag))}\``,
      cell(flag.commands.join(', ')),
      cell(flag.description),
    ]);
    return table(['flag', 'commands', 'what it does'], rows);
  } finally {
    rmSync(outfile, { force: true });
  }
}

const stale = [];
if (!fillBlock(docs, 'scenarios', scenarios())) stale.push('docs/sandbox.md (scenarios)');
if (!fillBlock(docs, 'flags', await flags())) stale.push('docs/sandbox.md (flags)');
finish(stale, 'npm run docs:tables');
