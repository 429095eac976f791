// Tables the docs derive from the bundled spec: the README's method table (method, route, scope and
// summary of every operation; the method is the one its code sample calls) and the table of named
// examples the Prism engine serves (docs/sandbox.md). `--check` fails when either is stale.
import { readFileSync } from 'node:fs';
import { fillBlock, finish } from './markers.mjs';
import { refResolver } from './refs.mjs';

const spec = JSON.parse(readFileSync(new URL('../generated/openapi.json', import.meta.url), 'utf8'));
const resolve = refResolver(spec);
const operations = Object.entries(spec.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
);

/** The SDK call an operation's sample makes, e.g. `client.library.models()`. */
function sdkCall(op) {
  const sample = op['x-codeSamples']?.find((s) => s.lang === 'TypeScript')?.source ?? '';
  const call = /client\.([\w.]+)\(/.exec(sample);
  if (!call) throw new Error(`${op.operationId}: its TypeScript sample calls no client method`);
  return call[1];
}

/** The method's arguments, named from the operation: path parameters, then query, then body. */
function signature(op) {
  const params = op.parameters?.map(resolve) ?? [];
  const args = [];
  if (params.some((p) => p.in === 'path' && p.name === 'model_owner')) args.push('model');
  else for (const p of params.filter((p) => p.in === 'path')) args.push(p.name.replace(/_(\w)/g, (_, c) => c.toUpperCase()));
  const query = params.filter((p) => p.in === 'query');
  if (query.length === 1) args.push(`${query[0].name}?`);
  if (query.length > 1) args.push('params?');
  if (op.requestBody) args.push('body');
  return args.join(', ');
}

export function methodsTable() {
  const rows = ['| method | route | scope | what it does |', '|---|---|---|---|'];
  for (const { path, method, op } of operations) {
    const scope = op.security?.[0]?.bearerAuth?.[0];
    rows.push(`| \`${sdkCall(op)}(${signature(op)})\` | \`${method} ${path}\` | \`${scope}\` | ${op.summary} |`);
  }
  return rows.join('\n');
}

export function namedExamplesTable() {
  const rows = ['| operation | route | `Prefer: example=…` (200) | `Prefer: code=…` |', '|---|---|---|---|'];
  for (const { path, method, op } of operations) {
    const ok = Object.keys(resolve(op.responses['200']).content['application/json'].examples);
    const codes = Object.entries(op.responses)
      .filter(([status]) => status !== '200')
      .map(([status, response]) => `${status} (${Object.keys(resolve(response).content['application/json'].examples).join(', ')})`);
    rows.push(`| \`${op.operationId}\` | \`${method} ${path}\` | ${ok.map((n) => `\`${n}\``).join(', ')} | ${codes.join(', ')} |`);
  }
  return rows.join('\n');
}

const root = new URL('../', import.meta.url);
const stale = [];
if (!fillBlock(new URL('README.md', root), 'methods', methodsTable())) stale.push('README.md');
if (!fillBlock(new URL('docs/sandbox.md', root), 'named-examples', namedExamplesTable())) stale.push('docs/sandbox.md');
finish(stale, 'npm run docs:tables');
