// The API reference's "Try it locally" section works as written: its command starts the sandbox
// (here on a free port, faster) with the control page where it says, its TypeScript snippet
// type-checks and, run against that sandbox through the built package, prints an output file, and
// its curl command answers. The section is read from the bundled spec, as the reference shows it.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { transform } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { spec } from '../helpers/spec.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const LOCAL = 'http://127.0.0.1:4010';
const section = String(spec.info.description)
  .split(/^## Try it locally$/m)[1]!
  .split(/^## /m)[0]!;
const blocks = (lang: string) => [...section.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1]!);
const [start, curl] = blocks('sh');
const [snippet] = blocks('ts');
// Inside the package, so `import 'babysea'` resolves to the built package, as it does for a user.
const dir = mkdtempSync(join(root, 'test', '.readme-try-'));

let sandbox: ChildProcess;
let url = '';
beforeAll(async () => {
  expect(start).toBe('npx babysea-mock\n');
  const [command, ...args] = start!.trim().split(' ');
  sandbox = spawn(command!, [...args, '--port', '0', '--speed', '20', '--quiet'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  url = await new Promise<string>((resolve, reject) => {
    sandbox.stdout!.on('data', (chunk) => {
      out += chunk;
      const found = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (found) resolve(found[1]!);
    });
    sandbox.once('exit', (code) => reject(new Error(`babysea-mock exited (${code}): ${out}`)));
  });
}, 120_000);
afterAll(() => {
  sandbox?.kill();
  rmSync(dir, { recursive: true, force: true });
});

it('names the sandbox’s default address and its control page, which answers there', async () => {
  expect(section).toContain(LOCAL);
  expect(section).toContain(`${LOCAL}/__sandbox/`);
  const page = await fetch(`${url}/__sandbox/`);
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toMatch(/^text\/html/);
});

it('lists the sandbox’s magic keys', () => {
  expect(section).toMatch(/\| `bye_test_zero_balance` \|/);
});

it('its TypeScript snippet type-checks and, pointed at the sandbox, prints a generation’s output file', async () => {
  expect(snippet).toContain(`baseUrl: '${LOCAL}'`);
  writeFileSync(join(dir, 'snippet.ts'), snippet!);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ extends: '../../tsconfig.json', compilerOptions: { moduleDetection: 'force' }, include: ['*.ts'] }),
  );
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const errors = await promisify(execFile)(process.execPath, [tsc, '-p', dir], { cwd: root }).then(
    () => '',
    (error: { stdout?: string }) => error.stdout ?? String(error),
  );
  expect(errors).toBe('');

  const { code } = await transform(snippet!.replaceAll(LOCAL, url), { loader: 'ts', format: 'esm' });
  writeFileSync(join(dir, 'snippet.mjs'), code);
  const { stdout } = await promisify(execFile)(process.execPath, [join(dir, 'snippet.mjs')], { cwd: dir, encoding: 'utf8' });
  expect(stdout).toMatch(new RegExp(`${url}/__sandbox/media/`));
}, 60_000);

it('its curl command answers from the sandbox', async () => {
  expect(curl).toContain(`api=${LOCAL}`);
  const { stdout } = await promisify(execFile)('bash', ['-c', `set -e\n${curl!.replaceAll(LOCAL, url)}`], {
    env: { PATH: process.env.PATH },
    encoding: 'utf8',
  });
  expect(JSON.parse(stdout)).toMatchObject({ status: 'success', data: { billing_credit_balance: expect.any(Number) } });
});
