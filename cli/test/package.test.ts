// The package as it ships: the tarball holds the bin and the build only, and installed in an empty
// folder (with the sandbox's tarball, which is not on the registry yet) its `babysea` runs: help,
// version, and a picture made against the in-process sandbox, saved as a real PNG.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, kindOf } from './helpers.ts';

const cli = join(import.meta.dirname, '..');
const mock = join(cli, '..', 'mock');
const pkg = JSON.parse(readFileSync(join(cli, 'package.json'), 'utf8'));
let work: string;

/** `npm pack` without lifecycle scripts (the global setup built dist/); returns the tarball's path. */
function pack(dir: string): string {
  const name = execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', work], { cwd: dir, encoding: 'utf8' });
  return join(work, name.trim().split('\n').pop()!);
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'babysea-cli-install-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed package', () => {
  it('holds the bin, the build, package.json and the README only; the SDK is bundled, not a dependency', () => {
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: cli, encoding: 'utf8' }));
    const files: string[] = packed.files.map((f: { path: string }) => f.path);
    expect(files.filter((f) => !['package.json', 'README.md', 'bin/babysea.js'].includes(f) && !f.startsWith('dist/'))).toEqual([]);
    expect(files).toContain('dist/cli.js');
    expect(pkg.bin).toEqual({ babysea: './bin/babysea.js' });
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['@bomb.sh/tab', 'babysea-mock', 'commander', 'csv-parse', 'yocto-spinner']);
    const built = readdirSync(join(cli, 'dist')).map((file) => readFileSync(join(cli, 'dist', file), 'utf8'));
    expect(built.some((text) => text.includes('../../src/') || /from ["']babysea["']/.test(text))).toBe(false);
  });

  it('installed in an empty folder, `babysea` runs and makes a picture against the sandbox', () => {
    const app = join(work, 'app');
    execFileSync('mkdir', ['-p', app]);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, version: '0.0.0' }));
    const tarballs = [pack(cli), pack(mock)];
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', ...tarballs], {
      cwd: app,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const bin = join(app, 'node_modules', '.bin', 'babysea');
    const run = (args: string[]) =>
      execFileSync(bin, args, { cwd: app, encoding: 'utf8', env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    expect(run(['--version']).trim()).toBe(pkg.version);
    expect(run(['--help'])).toMatch(/^Usage: babysea /);
    const saved = run(['--sandbox', '--sandbox-speed', '20', 'generate', 'bfl/flux-schnell', 'A baby seal', '--out', 'pictures']).trim();
    expect(saved).toMatch(/^pictures\/[0-9a-f-]{36}\.png$/);
    expect(kindOf(join(app, saved))).toBe('png');
  });
});
