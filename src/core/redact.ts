/**
 * Keeps secrets and unbounded text out of errors and logs. Everything an error takes from the wire
 * goes through `safeText`: the API key is removed first (whole, and any run of 8 or more of its
 * characters, so a cut or an echo of part of it cannot leak), then the text is bounded.
 */

/** Longest message taken from the wire. */
export const MAX_MESSAGE_LENGTH = 500;
const MIN_SECRET_RUN = 8;
const REDACTED = '[redacted]';

export class Redactor {
  readonly #secrets: string[] = [];
  readonly #runs = new Set<string>();
  /** Matches any run of 8 characters of a secret: one regex test tells most texts apart at once. */
  #anyRun: RegExp | undefined;

  /** Registers a secret (the API key as sent, or an Authorization header value). */
  add(secret: string): void {
    if (secret.length === 0 || this.#secrets.includes(secret)) return;
    this.#secrets.push(secret);
    for (let i = 0; i + MIN_SECRET_RUN <= secret.length; i++) this.#runs.add(secret.slice(i, i + MIN_SECRET_RUN));
    const runs = [...this.#runs].map((run) => run.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    this.#anyRun = runs.length === 0 ? undefined : new RegExp(runs.join('|'));
  }

  /** `text` with every secret, and every run of 8+ characters of one, replaced by `[redacted]`. */
  redact(text: string): string {
    if (this.#anyRun === undefined || text.length < MIN_SECRET_RUN || !this.#anyRun.test(text)) return text;
    let out = '';
    let i = 0;
    while (i < text.length) {
      let end = i;
      if (this.#runs.has(text.slice(i, i + MIN_SECRET_RUN))) {
        // Extend the run as long as it stays inside one of the secrets.
        end = i + MIN_SECRET_RUN;
        while (end < text.length && this.#secrets.some((s) => s.includes(text.slice(i, end + 1)))) end++;
      }
      if (end > i) {
        out += REDACTED;
        i = end;
      } else {
        out += text[i];
        i++;
      }
    }
    return out;
  }

  /** Removes secrets from an error's message and stack in place (a caller may pass a secret where an option goes). */
  scrub<E extends Error>(error: E): E {
    const message = this.redact(error.message);
    if (message !== error.message) {
      Object.defineProperty(error, 'message', { value: message, writable: true, configurable: true });
      if (error.stack) Object.defineProperty(error, 'stack', { value: this.redact(error.stack), writable: true, configurable: true });
      // A BabySeaError repeats its message in its body.
      const body = (error as { body?: { error?: { message?: string } } }).body;
      if (typeof body?.error?.message === 'string') body.error.message = this.redact(body.error.message);
    }
    return error;
  }

  /** Redacted, then bounded to `max` characters (redacting first, so a cut cannot leave part of a key). */
  safeText(text: string, max = MAX_MESSAGE_LENGTH): string {
    const window = text.length > max * 2 + 256 ? text.slice(0, max * 2 + 256) : text;
    const redacted = this.redact(window);
    return redacted.length > max ? `${redacted.slice(0, max)}…` : redacted;
  }

  /**
   * A bounded, redacted copy of JSON from the wire: at most 4 levels and 32 entries per level, every
   * string made safe. Never throws, whatever the depth or size of the input.
   */
  safeJson(value: unknown, depth = 0): unknown {
    if (typeof value === 'string') return this.safeText(value);
    if (value === null || typeof value !== 'object') return typeof value === 'number' || typeof value === 'boolean' ? value : undefined;
    if (depth >= 4) return '[truncated]';
    if (Array.isArray(value)) return value.slice(0, 32).map((item) => this.safeJson(item, depth + 1));
    const out: Record<string, unknown> = {};
    let count = 0;
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      if (count++ >= 32) break;
      out[this.safeText(key, 100)] = this.safeJson((value as Record<string, unknown>)[key], depth + 1);
    }
    return out;
  }
}
