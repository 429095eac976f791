// Every operation's curl sample (openapi/code_samples/curl/, generated from the spec by `npm run
// generate` and shown in the API reference) runs, as a reader would paste it, with the real curl
// against the sandbox: the API host swapped for the sandbox's, BABYSEA_API_KEY set, and the answer
// a 2xx JSON body that the operation's success schema accepts. The sandbox's clock stands still, so
// the pending generation the cancel sample names is still pending when it runs.
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { startSandboxServer } from 'babysea-mock/server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { resolve, routes, spec } from '../helpers/spec.js';

const samples = routes().map(({ operation }, i) => ({
  i,
  operationId: operation.operationId as string,
  source: (operation['x-codeSamples'] ?? []).find((s: { lang: string }) => s.lang === 'curl')?.source as string | undefined,
  schema: resolve(resolve(operation.responses['200']).content['application/json'].schema),
}));
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true, validateSchema: false });
ajv.addSchema(spec, 'spec');

let sandbox: Awaited<ReturnType<typeof startSandboxServer>>;
beforeAll(async () => {
  sandbox = await startSandboxServer({ port: 0, clock: 'manual', rateLimit: false, validate: 'throw' });
});
afterAll(() => sandbox?.close());

it('curl is installed (npm run setup installs it)', () => {
  expect(spawnSync('curl', ['--version'], { encoding: 'utf8' }).stdout).toMatch(/^curl \d/);
});

it.each(samples)('the $operationId curl sample answers 2xx JSON of its success schema from the sandbox', async ({ i, source, schema }) => {
  expect(source, 'no curl sample in x-codeSamples').toBeTypeOf('string');
  const host = spec.servers[0].url;
  expect(source).toContain(host);
  // The sample as it is, with curl told to print the status and content type after the body.
  const script = [
    `curl() { command curl --silent --show-error --write-out '\\n%{http_code} %{content_type}' "$@"; }`,
    source!.replaceAll(host, sandbox.url),
  ].join('\n');
  // Each sample has its own key, so its own account, seeded with the spec's example generations.
  const env = { PATH: process.env.PATH, BABYSEA_API_KEY: `bye_curl_sample_${i}` };
  const { stdout } = await promisify(execFile)('bash', ['-c', script], { env, encoding: 'utf8' });
  const [status, contentType] = stdout.slice(stdout.lastIndexOf('\n') + 1).split(' ');
  const body = JSON.parse(stdout.slice(0, stdout.lastIndexOf('\n')));
  expect({ status, body }).toMatchObject({ status: expect.stringMatching(/^2\d\d$/), body: { status: 'success' } });
  expect(contentType).toMatch(/^application\/json/);
  const validate = ajv.compile({ $ref: `spec#/components/schemas/${schemaName(schema)}` });
  expect(validate(body) ? [] : validate.errors).toEqual([]);
});

/** The component name of a success schema (the bundle's responses point at named schemas). */
function schemaName(schema: unknown): string {
  const name = Object.entries<unknown>(spec.components.schemas).find(([, s]) => s === schema)?.[0];
  if (!name) throw new Error('a success response whose schema is not a named component');
  return name;
}

it('a curl sample goes stale when the spec changes, and `npm run check:generated` says to run `npm run generate`', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const copy = mkdtempSync(join(tmpdir(), 'babysea-curl-'));
  try {
    for (const path of ['scripts', 'openapi', 'generated', 'redocly.yaml']) cpSync(join(root, path), join(copy, path), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
    const check = () => spawnSync(process.execPath, ['scripts/generate.mjs', '--check'], { cwd: copy, encoding: 'utf8' });
    expect(check().status).toBe(0);
    const source = join(copy, 'openapi/paths/v1_generate_image_{model_owner}_{model_name}.yaml');
    const text = readFileSync(source, 'utf8');
    const edited = text.replace('generation_ratio: 16:9', 'generation_ratio: 4:3');
    expect(edited).not.toBe(text);
    writeFileSync(source, edited);
    const stale = check();
    expect(stale.status).toBe(1);
    expect(stale.stderr).toMatch(/openapi\/code_samples\/curl\/generateImage\.sh.* stale: .*`npm run generate`/);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}, 60_000);
