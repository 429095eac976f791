// Checks that a secret appears nowhere: no run of 8 of its characters in any rendering of an error.
import { inspect } from 'node:util';

/** Every way an error can be printed or serialized, its cause chain included. */
export function renderings(error: unknown): string {
  const parts: string[] = [];
  for (let e: any = error, depth = 0; e && depth < 10; e = e.cause, depth++) {
    parts.push(String(e), e.message ?? '', e.stack ?? '', JSON.stringify(e) ?? '', inspect(e, { depth: Infinity, showHidden: true }));
  }
  return parts.join('\n');
}

/** Where any 8-character run of `secret` appears in `text`, each with some context: [] when it never does. */
export function leaks(text: string, secret: string): string[] {
  const found: string[] = [];
  for (let i = 0; i + 8 <= secret.length; i++) {
    const at = text.indexOf(secret.slice(i, i + 8));
    if (at !== -1) found.push(text.slice(Math.max(0, at - 40), at + 48));
  }
  return found;
}
