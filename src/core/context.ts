/** What every call of one client shares: where it goes, how it sends, and what it must never reveal. */
import type { Client, Middleware } from 'openapi-fetch';
import type { paths } from '../../generated/babysea.js';
import type { Logger } from './options.js';
import type { Redactor } from './redact.js';

export interface ClientContext {
  baseUrl: string;
  /** Lower-cased names, the API key's Authorization included. */
  headers: Readonly<Record<string, string>>;
  timeout: number;
  maxRetries: number;
  /** The caller's fetch; the global one (looked up per call, so tools that patch it work) when undefined. */
  fetch: typeof fetch | undefined;
  redactor: Redactor;
  logger: Logger | undefined;
  /** Middleware added with `use()`, run by openapi-fetch on every attempt. */
  middleware: Middleware[];
  /** The openapi-fetch client that runs the middleware, made when a call first needs it. */
  api?: Client<paths>;
}
