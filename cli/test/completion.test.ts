// Shell completion: the scripts for bash, zsh and fish, and the answers they get at each Tab
// (commands, flags, model ids from the spec's catalog example).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { babysea } from './helpers.ts';

const spec = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'generated', 'openapi.json'), 'utf8'));
const catalogIds: string[] = spec.paths['/v1/library/models'].get.responses['200'].content[
  'application/json'
].examples.catalog.value.data.models.map((m: { model_identifier: string }) => m.model_identifier);

/** The candidates `babysea complete -- WORDS…` offers (value<TAB>description lines, then `:directive`). */
async function candidates(words: string[]): Promise<string[]> {
  const run = await babysea(['complete', '--', ...words]);
  expect(run.code).toBe(0);
  const lines = run.stdout.trimEnd().split('\n');
  expect(lines.at(-1)).toMatch(/^:\d+$/);
  return lines.slice(0, -1).map((line) => line.split('\t')[0]!);
}

describe('completion', () => {
  it.each(['bash', 'zsh', 'fish'])('prints a %s script that asks `babysea complete --` at each Tab', async (shell) => {
    const run = await babysea(['completion', shell]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/babysea/);
    expect(run.stdout).toContain('complete --');
  });

  it('an unknown shell is exit 2', async () => {
    const run = await babysea(['completion', 'tcsh']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Allowed choices are bash, zsh, fish, powershell/);
  });

  it('completes commands', async () => {
    const found = await candidates(['ge']);
    expect(found).toEqual(expect.arrayContaining(['generate', 'get']));
    expect(found).not.toContain('batch');
  });

  it("completes a command's flags", async () => {
    expect(await candidates(['generate', 'bfl/flux-schnell', 'A seal', '--ra'])).toEqual(['--ratio']);
    expect(await candidates(['batch', 'jobs.csv', '--'])).toEqual(expect.arrayContaining(['--out', '--manifest', '--concurrency']));
  });

  it("completes model ids from the spec's catalog example", async () => {
    expect((await candidates(['generate', ''])).sort()).toEqual([...catalogIds].sort());
    expect(await candidates(['estimate', 'google/'])).toEqual(catalogIds.filter((id) => id.startsWith('google/')));
  });

  it('completes flag values that have choices', async () => {
    expect(await candidates(['models', '--type', ''])).toEqual(['image', 'video']);
  });
});
