// The last 500 API requests, newest first (GET /__sandbox/requests, sandbox.requests()).

export interface RequestLogEntry {
  at: string;
  method: string;
  path: string;
  status: number;
  code?: string;
  request_id: string;
  /** The key, recognisable but not revealed (keyHint). */
  key_hint: string | null;
  /** The account's generations in flight after this request, and its cap. */
  in_flight?: number;
  max_in_flight?: number;
  /** `reset` or `hang` when chaos ended the request without an answer. */
  fault?: string;
  ms: number;
}

const LIMIT = 500;

export class RequestLog {
  readonly #entries: RequestLogEntry[] = [];

  add(entry: RequestLogEntry): void {
    this.#entries.unshift(entry);
    if (this.#entries.length > LIMIT) this.#entries.pop();
  }

  list(): RequestLogEntry[] {
    return [...this.#entries];
  }
}
