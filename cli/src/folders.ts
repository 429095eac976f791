/** Folders the CLI writes to, checked before anything is sent: a folder it cannot write is a usage error. */
import { access, constants, mkdir } from 'node:fs/promises';
import { UsageError } from './exit-codes.ts';

/** Makes `dir` (and its parents) and checks it is writable. */
export async function writableFolder(flag: string, dir: string): Promise<string> {
  try {
    await mkdir(dir, { recursive: true });
    await access(dir, constants.W_OK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(`${flag} ${dir}: cannot write there (${reason}); choose a folder you can write to.`);
  }
  return dir;
}
