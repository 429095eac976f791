// The mutation score per folder, from the JSON reports the Stryker runs wrote (reports/mutation/*.json,
// mutation-testing-report-schema). `node scripts/mutation-report.mjs` prints the table of the full
// runs' reports, sdk and sandbox (npm run mutate ends with it); `… core` that of CI's run. `--docs`,
// with one report named, also writes its table into docs/mutation-testing.md; `--survivors` lists
// every surviving or uncovered mutant with its place and replacement, the list to write tests from.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fillBlock, table } from './markers.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const FULL_RUNS = ['sdk', 'sandbox'];

/** The folders the score is given for, in this order; a file counts in the first that holds it. */
const FOLDERS = ['src/core', 'src/lib', 'src/webhooks', 'mock/src/domain', 'mock/src/pipeline', 'mock/src/protocol'];

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

function emptyCounts() {
  return { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, Ignored: 0, RuntimeError: 0, CompileError: 0 };
}

/** Stryker's mutation score: detected among the valid mutants (ignored and erroring ones left out). */
function score(counts) {
  const detected = counts.Killed + counts.Timeout;
  const valid = detected + counts.Survived + counts.NoCoverage;
  return valid === 0 ? Number.NaN : (100 * detected) / valid;
}

/** Every mutant of the reports given (or found), with the file it is in; a file in two reports counts once, from the later one. */
export function readMutants(names = FULL_RUNS) {
  const byFile = new Map();
  for (const name of names) {
    const path = join(root, 'reports', 'mutation', `${name}.json`);
    if (!existsSync(path)) continue;
    const report = JSON.parse(readFileSync(path, 'utf8'));
    for (const [file, { mutants }] of Object.entries(report.files)) byFile.set(file.replaceAll('\\', '/'), mutants);
  }
  return byFile;
}

export function scoresByFolder(byFile) {
  const rows = new Map();
  for (const [file, mutants] of byFile) {
    const folder = FOLDERS.find((f) => file.startsWith(`${f}/`)) ?? dirname(file);
    const counts = rows.get(folder) ?? emptyCounts();
    for (const mutant of mutants) counts[mutant.status] = (counts[mutant.status] ?? 0) + 1;
    rows.set(folder, counts);
  }
  const order = (folder) => (FOLDERS.includes(folder) ? FOLDERS.indexOf(folder) : FOLDERS.length);
  return [...rows.entries()].sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b));
}

export function renderTable(rows) {
  const total = emptyCounts();
  for (const [, counts] of rows) for (const key of Object.keys(total)) total[key] += counts[key] ?? 0;
  const line = (name, c) => [
    name,
    score(c).toFixed(1),
    c.Killed,
    c.Timeout,
    c.Survived,
    c.NoCoverage,
    c.Ignored,
    c.RuntimeError + c.CompileError,
  ];
  return table(
    ['folder', 'score %', 'killed', 'timed out', 'survived', 'no coverage', 'ignored', 'errors'],
    [...rows.map(([folder, counts]) => line(`\`${folder}/\``, counts)), line('**all**', total)],
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const named = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const byFile = readMutants(named.length > 0 ? named : FULL_RUNS);
  if (byFile.size === 0) {
    console.error(`No mutation report ${named.length > 0 ? named.join(', ') : ''} in reports/mutation/: run \`npm run mutate\` first.`);
    process.exit(1);
  }
  const rows = scoresByFolder(byFile);
  const rendered = renderTable(rows);
  console.log(`\nMutation score per folder (reports/mutation/*.json; HTML beside them):\n\n${rendered}\n`);
  if (process.argv.includes('--survivors')) {
    for (const [file, mutants] of byFile) {
      for (const m of mutants.filter((x) => UNDETECTED.has(x.status))) {
        const { line, column } = m.location.start;
        console.log(`${file}:${line}:${column}  ${m.status.padEnd(10)} ${m.mutatorName}: ${JSON.stringify(m.replacement ?? '')}`);
      }
    }
  }
  if (process.argv.includes('--docs')) {
    if (named.length !== 1) {
      console.error('--docs writes one report’s table: name it (core, sdk or sandbox).');
      process.exit(1);
    }
    if (!fillBlock(join(root, 'docs', 'mutation-testing.md'), `mutation-scores-${named[0]}`, rendered))
      console.log('updated docs/mutation-testing.md');
  }
  const undetected = [...byFile.values()].flat().filter((m) => UNDETECTED.has(m.status)).length;
  const detected = [...byFile.values()].flat().filter((m) => DETECTED.has(m.status)).length;
  console.log(`${detected} detected, ${undetected} undetected.`);
}
