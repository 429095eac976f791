// The last 500 API requests, newest first (GET /__sandbox/requests, sandbox.requests()).

export interface RequestLogEntry {
  at: string;
  method: string;
  path: string;
  status: number;
  code?: string;
  request_id: string;
  key_prefix: string | null;
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
