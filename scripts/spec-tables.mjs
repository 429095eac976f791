// Tables the docs derive from the bundled spec: the README's method table (method, route, scope and
// summary of every operation; the method is the one its code sample calls) and the table of named
// examples the Prism engine serves (docs/sandbox.md); and one the API reference's introduction
// (openapi/description.md) derives: the sandbox's magic keys (from its scenario table) and the error
// codes (from the spec's own `x-codes`). `--check` fails when one is stale. The introduction is a spec source: `npm run generate`
// bundles it afterwards.
import { readFileSync } from 'node:fs';
import { cell, fillBlock, finish, table } from './markers.mjs';
import { readBundle, refResolver, specOperations } from './spec.mjs';

const spec = readBundle();
const resolve = refResolver(spec);
const operations = specOperations(spec);

/** Stops with what to fix, without a stack trace. */
function stop(message) {
  console.error(message);
  process.exit(1);
}

/** The SDK call an operation's sample makes, e.g. `client.library.models()`. */
function sdkCall(op) {
  const sample = op['x-codeSamples']?.find((s) => s.lang === 'TypeScript')?.source;
  if (sample === undefined) {
    stop(
      `${op.operationId}: no TypeScript sample under its x-codeSamples: write openapi/code_samples/TypeScript/${op.operationId}.ts, list it in the path file, then npm run generate (CONTRIBUTING.md, "Adding an operation").`,
    );
  }
  const call = /client\.([\w.]+)\(/.exec(sample);
  if (!call) stop(`${op.operationId}: its TypeScript sample calls no client method (client.<method>(…)).`);
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

function methodsTable() {
  const rows = operations.map(({ path, method, op }) => {
    const scope = op.security?.[0]?.bearerAuth?.[0];
    return [`\`${sdkCall(op)}(${signature(op)})\``, `\`${method} ${path}\``, `\`${scope}\``, cell(op.summary)];
  });
  return table(['method', 'route', 'scope', 'what it does'], rows);
}

function namedExamplesTable() {
  const rows = [];
  for (const { path, method, op } of operations) {
    const named = (status, response) => {
      const examples = resolve(response).content?.['application/json']?.examples;
      if (!examples) {
        stop(
          `${op.operationId}: its ${status} answer has no named examples: add them under content.application/json.examples (files in openapi/paths/examples/${op.operationId}/, with externalValue; CONTRIBUTING.md, "Adding an operation").`,
        );
      }
      return Object.keys(examples);
    };
    const ok = named('200', op.responses['200']);
    const codes = Object.entries(op.responses)
      .filter(([status]) => status !== '200')
      .map(([status, response]) => `${status} (${named(status, response).join(', ')})`);
    rows.push([`\`${op.operationId}\``, `\`${method} ${path}\``, ok.map((n) => `\`${n}\``).join(', '), codes.join(', ')]);
  }
  return table(['operation', 'route', '`Prefer: example=…` (200)', '`Prefer: code=…`'], rows);
}

/** The sandbox's magic API keys and what each does (mock/src/scenarios.json). */
function sandboxKeysTable() {
  const { scenarios } = JSON.parse(readFileSync(new URL('../mock/src/scenarios.json', import.meta.url), 'utf8'));
  const rows = scenarios.filter((s) => s.kind === 'api-key').map((s) => [`\`${cell(s.value)}\``, cell(s.effect)]);
  return table(['key', 'what the sandbox does'], rows);
}

/** The public error codes (`x-codes` of ApiError's `code`), for the introduction's Errors section. */
function errorCodesTable() {
  const codes = spec.components.schemas.ApiError.properties.code['x-codes'];
  const rows = Object.entries(codes)
    .filter(([, c]) => c.public)
    .map(([code, c]) => [
      `\`${code}\``,
      `\`${c.type}\`${c.note ? ` (${cell(c.note)})` : ''}`,
      String(c.status),
      c.retryable ? 'yes' : 'no',
    ]);
  return table(['code', 'type', 'HTTP', 'retryable'], rows);
}

const root = new URL('../', import.meta.url);
const stale = [];
if (!fillBlock(new URL('openapi/description.md', root), 'sandbox-keys', sandboxKeysTable())) stale.push('openapi/description.md');
if (!fillBlock(new URL('openapi/description.md', root), 'error-codes', errorCodesTable()) && !stale.includes('openapi/description.md'))
  stale.push('openapi/description.md');
if (!fillBlock(new URL('README.md', root), 'methods', methodsTable())) stale.push('README.md');
if (!fillBlock(new URL('docs/sandbox.md', root), 'named-examples', namedExamplesTable())) stale.push('docs/sandbox.md');
finish(stale, stale.includes('openapi/description.md') ? 'npm run docs:tables && npm run generate' : 'npm run docs:tables');
