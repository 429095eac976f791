// --state FILE: the sandbox's state survives restarts. Loaded at start, written (atomically, via a
// temporary file) shortly after changes and on shutdown.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Sandbox, SandboxState } from '../sandbox.ts';

export function loadState(file: string): SandboxState | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return JSON.parse(text) as SandboxState;
  } catch {
    throw new Error(`${file} is not a sandbox state file (not JSON); move it away or choose another --state file.`);
  }
}

export function saveState(file: string, sandbox: Sandbox): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(sandbox.state())}\n`);
  renameSync(temporary, file);
}

/** Saves at most once per `delayMs` after something changed, and once more on flush(). */
export function stateSaver(file: string, sandbox: Sandbox, delayMs = 500) {
  let timer: NodeJS.Timeout | undefined;
  return {
    changed() {
      if (timer) return;
      timer = setTimeout(() => {
        timer = undefined;
        saveState(file, sandbox);
      }, delayMs);
      timer.unref();
    },
    flush() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      saveState(file, sandbox);
    },
  };
}
