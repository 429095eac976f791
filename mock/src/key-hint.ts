// How the control API, the request log and the delivery log name an API key: enough to tell keys
// apart, never the key itself. A long key shows its first 8 and last 4 characters (12 or more stay
// hidden); a shorter one at most half of it and a short hash of the whole.
import { hashString } from './random.ts';

export function keyHint(key: string): string {
  if (key.length >= 24) return `${key.slice(0, 8)}…${key.slice(-4)}`;
  const shown = Math.min(8, Math.floor(key.length / 2));
  return `${key.slice(0, shown)}…${(hashString(key) & 0xffff).toString(16).padStart(4, '0')}`;
}
