// The API reference's code samples (each operation's x-codeSamples): the width their lines keep, and
// the curl sample of every operation, generated from the spec (`npm run generate` writes them).
// As a script, `--check` (npm run check:docs) fails when an operation does not list both samples or
// when a line of any sample is wider than SAMPLE_WIDTH.
import { fileURLToPath } from 'node:url';
import { readBundle, refResolver, specOperations } from './spec.mjs';

/**
 * Characters per sample line. The reference's sample panel is 480 px wide at a 1440 px window and
 * shows 63 characters of its 12 px monospace font; 60 leaves room for wider fonts.
 */
export const SAMPLE_WIDTH = 60;

/** Where the curl samples live, one `<operationId>.sh` each. */
export const CURL_DIR = 'openapi/code_samples/curl';

/** The x-codeSamples entries every operation lists, by `lang`. */
export const SAMPLE_LANGS = { TypeScript: 'openapi/code_samples/TypeScript', curl: CURL_DIR };

/** A value as one shell word: bare when it is plainly safe, else single-quoted. */
const shellWord = (value) => (/^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`);

/** `Idempotency-Key` → `idempotency_key`: the shell variable that holds a parameter. */
const variable = (name) => name.toLowerCase().replace(/[^a-z0-9]+/g, '_');

/**
 * The curl command of one operation: the API host and the operation's parameters (the path's, and
 * any header or query parameter with an example) as shell variables set to the spec's examples, the
 * API key from `$BABYSEA_API_KEY`, and the body of the first request example.
 */
export function curlSample(spec, { path, method, op }) {
  const resolve = refResolver(spec);
  const params = (op.parameters ?? []).map(resolve);
  const valued = params.filter((p) => p.in === 'path' || (p.example !== undefined && ['header', 'query'].includes(p.in)));
  for (const p of valued) {
    if (p.example === undefined) throw new Error(`${op.operationId}: path parameter ${p.name} has no example for its curl sample`);
  }
  const lines = [`api=${spec.servers[0].url}`, ...valued.map((p) => `${variable(p.name)}=${shellWord(String(p.example))}`)];

  const query = valued.filter((p) => p.in === 'query').map((p) => `${p.name}=$${variable(p.name)}`);
  const url = `"$api${path.replace(/\{(\w+)\}/g, (_, name) => `$${variable(name)}`)}${query.length ? `?${query.join('&')}` : ''}"`;
  const body = op.requestBody && Object.values(resolve(op.requestBody).content['application/json'].examples ?? {})[0];
  if (op.requestBody && !body) throw new Error(`${op.operationId}: its request body has no example for its curl sample`);
  // -d makes curl POST; any other method without a body is named.
  const verb = method === 'GET' || (method === 'POST' && body) ? '' : ` -X ${method}`;

  const options = [`-H "Authorization: Bearer $BABYSEA_API_KEY"`];
  for (const p of valued.filter((p) => p.in === 'header')) options.push(`-H "${p.name}: $${variable(p.name)}"`);
  if (body) {
    const json = JSON.stringify(resolve(body).value, null, 2).replaceAll("'", `'\\''`).replaceAll('\n', '\n  ');
    options.push(`-H 'content-type: application/json'`, `-d '${json}'`);
  }
  const oneLine = `curl${verb} ${url} \\`;
  lines.push(...(oneLine.length <= SAMPLE_WIDTH ? [oneLine] : [`curl${verb} \\`, `  ${url} \\`]));
  lines.push(...options.map((option, i) => `  ${option}${i < options.length - 1 ? ' \\' : ''}`));
  return `${lines.join('\n')}\n`;
}

/** Every operation's curl sample: `{ 'openapi/code_samples/curl/<operationId>.sh': text }`. */
export function curlSamples(spec) {
  return Object.fromEntries(
    specOperations(spec).map((operation) => [`${CURL_DIR}/${operation.op.operationId}.sh`, curlSample(spec, operation)]),
  );
}

/** What is wrong with the bundle's samples: a missing sample, a line wider than SAMPLE_WIDTH. */
export function sampleProblems(spec) {
  const problems = [];
  for (const { op } of specOperations(spec)) {
    const samples = op['x-codeSamples'] ?? [];
    for (const [lang, dir] of Object.entries(SAMPLE_LANGS)) {
      if (!samples.some((s) => s.lang === lang))
        problems.push(`${op.operationId}: no ${lang} sample; list ${dir}/${op.operationId}.* under its x-codeSamples`);
    }
    for (const { lang, source } of samples) {
      source.split('\n').forEach((line, i) => {
        if (line.length > SAMPLE_WIDTH)
          problems.push(`${op.operationId} (${lang}) line ${i + 1} has ${line.length} characters, over ${SAMPLE_WIDTH}: ${line.trim()}`);
      });
    }
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--check')) {
  const problems = sampleProblems(readBundle());
  if (problems.length > 0) {
    console.error(`The API reference's code samples (scripts/code-samples.mjs):\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  console.log(`every operation has a TypeScript and a curl sample, no line over ${SAMPLE_WIDTH} characters.`);
}
