// The package as it ships: the sandbox entries import nothing from Node (they run in browsers),
// the tarball holds the build and the bin only, the installed bin runs, the build works on its own,
// and the docs tables are fresh.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the launcher is plain JS without declarations.
import { ensureBuilt } from '../cli.mjs';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');

beforeAll(() => ensureBuilt(), 60_000);

/** Every module specifier a built file and the chunks it imports pull in. */
function importsOf(file: string, seen = new Set<string>()): Set<string> {
  const specifiers = new Set<string>();
  if (seen.has(file)) return specifiers;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const [, specifier] of text.matchAll(
    /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g,
  )) {
    if (!specifier) continue;
    if (specifier.startsWith('.')) for (const inner of importsOf(join(dirname(file), specifier), seen)) specifiers.add(inner);
    else specifiers.add(specifier);
  }
  for (const [, bare] of text.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) {
    if (bare?.startsWith('.')) for (const inner of importsOf(join(dirname(file), bare), seen)) specifiers.add(inner);
  }
  return specifiers;
}

describe('the built package', () => {
  it.each(['index.js', 'msw.js'])('%s imports no Node built-in', (entry) => {
    const imports = [...importsOf(join(dist, entry))];
    expect(imports.length).toBeGreaterThan(0);
    const builtins = imports.filter((s) => s.startsWith('node:') || builtinModules.includes(s.split('/')[0]!));
    expect(builtins).toEqual([]);
    expect(imports.filter((s) => !['hono', 'hono/cors', 'ajv/dist/2020.js', 'ajv-formats', 'fast-png', 'msw'].includes(s))).toEqual([]);
  });

  it('the tarball holds dist, the bin, package.json and the README only, the spec copy for Prism included', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
    const files = pack.files.map((f: { path: string }) => f.path);
    const others = files.filter((f: string) => !['package.json', 'README.md', 'bin/babysea-mock.js'].includes(f) && !f.startsWith('dist/'));
    expect(others).toEqual([]);
    for (const file of ['bin/babysea-mock.js', 'dist/index.js', 'dist/msw.js', 'dist/server.js', 'dist/cli.js', 'dist/openapi.json'])
      expect(files).toContain(file);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.bin['babysea-mock']).toBe('./bin/babysea-mock.js');
    expect(pkg.dependencies).not.toHaveProperty('babysea');
    expect(pkg.peerDependenciesMeta).toEqual({ '@stoplight/prism-cli': { optional: true }, msw: { optional: true } });
    expect(readFileSync(join(root, 'bin', 'babysea-mock.js'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
    // No empty file ships (a module of re-exports shared by two entries once made a 1-byte chunk).
    expect(pack.files.filter((f: { path: string; size: number }) => f.size <= 1).map((f: { path: string }) => f.path)).toEqual([]);
  });

  it('babysea-mock/server exports everything babysea-mock does', async () => {
    const main = await import(pathToFileURL(join(dist, 'index.js')).href);
    const server = await import(pathToFileURL(join(dist, 'server.js')).href);
    expect(Object.keys(main).filter((name) => !(name in server))).toEqual([]);
  });

  it('installed from the tarball, `babysea-mock` runs from node_modules/.bin without building anything', () => {
    const work = mkdtempSync(join(tmpdir(), 'babysea-mock-install-'));
    try {
      const run = (file: string, args: string[]) =>
        execFileSync(file, args, { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      const packed = execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', work], {
        cwd: root,
        encoding: 'utf8',
      });
      writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'app', private: true, version: '0.0.0' }));
      run('npm', [
        'install',
        '--no-audit',
        '--no-fund',
        '--prefer-offline',
        '--ignore-scripts',
        join(work, packed.trim().split('\n').pop()!),
      ]);
      const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
      expect(run(join(work, 'node_modules', '.bin', 'babysea-mock'), ['--version']).trim()).toBe(pkg.version);
      expect(run(join(work, 'node_modules', '.bin', 'babysea-mock'), ['scenarios'])).toMatch(/bye_test_readonly/);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);

  it('the build answers on its own', async () => {
    const { createSandbox } = await import(join(dist, 'index.js'));
    const sandbox = createSandbox({ clock: 'manual', validate: 'throw' });
    const response = await sandbox.handle(
      new Request('http://sandbox.test/v1/status', { headers: { authorization: 'Bearer bye_test_pkg' } }),
    );
    expect((await response.json()).data.apikey_prefix).toBe('bye_test');
    await sandbox.close();
  });

  it('docs/sandbox.md has the current scenarios and flags tables', () => {
    expect(() => execFileSync(process.execPath, [join(root, 'scripts', 'docs-tables.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});
