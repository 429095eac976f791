/**
 * How long generations took, kept between runs (each `babysea` is a fresh process): the SDK's
 * memory of durations per model (`client.durations()`), saved per API host in the user's cache
 * folder and handed back to the next client, so progress shows "usually ~6 s" from the first poll
 * and waits poll where generations like it end. Best effort: a cache that cannot be read or
 * written is ignored.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ClientOptions } from './sdk.ts';

type Snapshot = NonNullable<ClientOptions['durations']>;

/** `$XDG_CACHE_HOME/babysea/durations.json`, else `~/.cache/babysea/durations.json`. */
export function cacheFile(): string {
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'babysea', 'durations.json');
}

async function readAll(file: string): Promise<Record<string, Snapshot>> {
  try {
    const value = JSON.parse(await readFile(file, 'utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
  } catch {
    return {};
  }
}

/** What the cache knows of `host`'s durations. */
export async function readDurations(host: string): Promise<Snapshot | undefined> {
  const known = (await readAll(cacheFile()))[host];
  return known && typeof known === 'object' ? known : undefined;
}

/** Saves `host`'s durations (a temporary file renamed into place, so a reader never sees half of it). */
export async function saveDurations(host: string, snapshot: Snapshot): Promise<void> {
  if (Object.keys(snapshot).length === 0) return;
  const file = cacheFile();
  try {
    const all = await readAll(file);
    all[host] = snapshot;
    await mkdir(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(all));
    await rename(temporary, file);
  } catch {
    // A cache is a convenience: the next run learns again.
  }
}
