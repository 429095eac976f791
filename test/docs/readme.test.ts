// Every TypeScript snippet of the README and of docs/ compiles against the built packages, strictly,
// as a reader would paste it: each is a module of its own, and the names it takes from the
// surrounding prose (`client`, `id`, an Express `app`, an MSW `server`, …) are declared once below.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const documents = ['README.md', ...readdirSync(join(root, 'docs')).map((file) => `docs/${file}`)].filter((file) => file.endsWith('.md'));
const snippets = documents.flatMap((file) =>
  [...readFileSync(join(root, file), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((match, i) => ({
    name: `${file.replace(/\W+/g, '-')}-${i + 1}.ts`,
    code: match[1]!,
  })),
);
// Inside the package, so `import 'babysea'` resolves to the package itself, as it does for a user.
const dir = mkdtempSync(join(root, 'test', '.readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GLOBALS = `import type { BabySea, ImageGenerationParams } from 'babysea';
declare global {
  const client: BabySea;
  const id: string;
  const model: string;
  const body: ImageGenerationParams;
  const signal: AbortSignal;
  const done: boolean;
  const rawBody: string;
  const request: Request;
  const secret: string;
  const app: {
    post(
      path: string,
      middleware: unknown,
      handler: (req: { body: Buffer; headers: Record<string, string | string[] | undefined> }, res: { sendStatus(status: number): void }) => Promise<void>,
    ): void;
  };
  const express: { raw(options: { type: string }): unknown };
  function showTopUp(): void;
  function retryLater(seconds: number | undefined): void;
  function traceId(): string;
  const metrics: { record(status: number): void; failure(error: unknown): void };
  const server: import('msw/node').SetupServerApi;
}
`;

it('every TypeScript snippet of the README and docs/ type-checks (strict, noUncheckedIndexedAccess)', async () => {
  expect(snippets.length).toBeGreaterThan(documents.length);
  for (const { name, code } of snippets) writeFileSync(join(dir, name), code);
  writeFileSync(join(dir, 'globals.d.ts'), GLOBALS);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: '../../tsconfig.json',
      compilerOptions: { moduleDetection: 'force', noUnusedLocals: false },
      include: ['*.ts'],
    }),
  );
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = await promisify(execFile)(process.execPath, [tsc, '-p', dir], { cwd: root }).then(
    () => '',
    (error: { stdout?: string }) => error.stdout ?? String(error),
  );
  expect(result).toBe('');
}, 60_000);

it('the README’s error table has a row for every error class the packages export', async () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const rows = new Set([...readme.matchAll(/^\| `(BabySea\w*Error)`/gm)].map((match) => match[1]));
  const classes = [...Object.keys(await import('../../src/index.js')), ...Object.keys(await import('../../src/webhooks/index.js'))].filter(
    (name) => /^BabySea\w*Error$/.test(name) && name !== 'BabySeaRetryError',
  );
  expect(classes.filter((name) => !rows.has(name))).toEqual([]);
});
