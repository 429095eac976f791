// Every operation of the spec is complete in the repository: its path file referenced from
// openapi.yaml, one scope, an SDK method that calls its route, a TypeScript sample, a contract test,
// and a sandbox handler. Prints each missing step with what to add (see CONTRIBUTING.md), and exits 1
// if any is missing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from '../mock/cli.mjs';
import { readBundle, specOperations } from './spec.mjs';
import { listTests } from './vitest-list.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const spec = readBundle();
const client = readFileSync(join(root, 'src/client.ts'), 'utf8');
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The sandbox (its handler table, keyed by operationId; the contract tests import it too) is built
// first when its sources changed.
ensureBuilt();
const { HANDLERS } = await import('babysea-mock');

/** Names of the contract tests (describe > it), as vitest resolves them. */
function contractTestNames() {
  try {
    return listTests(['test/contract/']).map((test) => test.name);
  } catch (error) {
    console.error(`The contract tests could not be listed, so no operation could be checked:\n${error.message}`);
    process.exit(1);
  }
}

const problems = [];
const tests = contractTestNames();

// A path file the root document does not reference is not part of the spec at all.
const rootDocument = readFileSync(join(root, 'openapi/openapi.yaml'), 'utf8');
for (const file of readdirSync(join(root, 'openapi/paths')).filter((name) => name.endsWith('.yaml'))) {
  if (!rootDocument.includes(`$ref: paths/${file}`)) {
    problems.push(
      `openapi/paths/${file} is not referenced from openapi/openapi.yaml: add its path under \`paths\` with \`$ref: paths/${file}\`.`,
    );
  }
}

const scopes = Object.keys(spec.components.securitySchemes.bearerAuth['x-scopes']);
for (const { path, method, op } of specOperations(spec)) {
  const verb = method.toLowerCase();
  const id = op.operationId;
  const route = `${method} ${path}`;
  const call = new RegExp(`(this\\.${verb}\\(\\s*|#send\\(\\s*'${verb}',\\s*|#start\\(\\s*'${method}',\\s*)'${escapeRegExp(path)}'`);
  if (!call.test(client)) {
    problems.push(
      `${id} (${route}): no SDK method calls this route. Add one line to src/client.ts, e.g.\n    ${id}(options?: RequestOptions) { return this.#send('${verb}', '${path}', undefined, options); }`,
    );
  }
  const opScopes = (op.security ?? spec.security ?? []).flatMap((requirement) => requirement.bearerAuth ?? []);
  if (opScopes.length !== 1 || !scopes.includes(opScopes[0])) {
    problems.push(
      `${id} (${route}): needs exactly one scope, under \`security: - bearerAuth: [<scope>]\` in its path file, one of ${scopes.join(', ')} (x-scopes in openapi/openapi.yaml); it has ${opScopes.length === 0 ? 'none' : opScopes.join(', ')}.`,
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
      `${id} (${route}): no contract test. Add describe('${id}: ${route}', …) to test/contract/<tag, in kebab case>.test.ts, calling the method against the Prism mock.`,
    );
  }
  if (typeof HANDLERS[id] !== 'function') {
    problems.push(
      `${id} (${route}): no sandbox handler. Add a handler keyed ${id} to a module of mock/src/handlers/ (its answers are validated against the spec).`,
    );
  }
}
if (problems.length > 0) {
  console.error(`Operations of the spec with missing steps (CONTRIBUTING.md, "Adding an operation"):\n\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`every operation of the spec is referenced, has one scope, an SDK method, a sample, a contract test and a sandbox handler.`);
