// Every operation of the spec is complete in the repository: an SDK method that calls its route, a
// TypeScript sample, a contract test, and a sandbox handler. Prints each missing step with what to
// add (see CONTRIBUTING.md), and exits 1 if any is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const spec = JSON.parse(readFileSync(join(root, 'generated/openapi.json'), 'utf8'));
const client = readFileSync(join(root, 'src/client.ts'), 'utf8');
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Names of the contract tests (describe > it), as vitest resolves them. */
function contractTestNames() {
  const dir = mkdtempSync(join(tmpdir(), 'babysea-contract-'));
  try {
    const out = join(dir, 'list.json');
    const run = spawnSync(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'list', `--json=${out}`, 'test/contract/'], {
      cwd: root,
      encoding: 'utf8',
    });
    if (run.status !== 0) {
      problems.push(
        `the contract tests could not be listed (\`vitest list test/contract/\` failed):\n${`${run.stdout}${run.stderr}`.trim()}`,
      );
      return [];
    }
    return JSON.parse(readFileSync(out, 'utf8')).map((test) => test.name);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The sandbox's handler modules (each handler is keyed by its operationId; the engine refuses to start without one). */
function sandboxHandlers() {
  const dir = join(root, 'mock/src/handlers');
  return readdirSync(dir)
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n');
}

const problems = [];
const tests = contractTestNames();
const handlers = sandboxHandlers();
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [verb, op] of Object.entries(item)) {
    const method = verb.toUpperCase();
    const id = op.operationId;
    const route = `${method} ${path}`;
    const call = new RegExp(`(this\\.${verb}\\(\\s*|#(call|start)(<[^>]*>)?\\(\\s*'${method}',\\s*)'${escapeRegExp(path)}'`);
    if (!call.test(client)) {
      problems.push(
        `${id} (${route}): no SDK method calls this route. Add one line to src/client.ts, e.g.\n    ${id}(options?: RequestOptions) { return this.${verb}('${path}', {}, options); }`,
      );
    }
    const sample = op['x-codeSamples']?.find((s) => s.lang === 'TypeScript');
    if (!sample || !existsSync(join(root, `openapi/code_samples/TypeScript/${id}.ts`))) {
      problems.push(
        `${id} (${route}): no TypeScript sample. Write openapi/code_samples/TypeScript/${id}.ts and reference it under x-codeSamples in the path file, then npm run generate.`,
      );
    }
    if (!tests.some((name) => name.startsWith(`${id}: ${route}`) || name.includes(` > ${id}: ${route}`))) {
      problems.push(
        `${id} (${route}): no contract test. Add describe('${id}: ${route}', …) to test/contract/<tag>.test.ts, calling the method against the Prism mock.`,
      );
    }
    if (!new RegExp(`\\b${escapeRegExp(id)}\\s*[(:]`).test(handlers)) {
      problems.push(
        `${id} (${route}): no sandbox handler. Add a handler keyed ${id} to a module of mock/src/handlers/ (its answers are validated against the spec).`,
      );
    }
  }
}
if (problems.length > 0) {
  console.error(`Operations of the spec with missing steps (CONTRIBUTING.md, "Adding an operation"):\n\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`every operation of the spec has an SDK method, a sample, a contract test and a sandbox handler.`);
