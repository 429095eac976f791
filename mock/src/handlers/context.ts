// What an operation's handler gets (the request as the pipeline checked it, and the sandbox's core)
// and what it answers; HANDLERS (index.ts) is typed by the spec's operation ids.
import type { operations } from '../../../generated/babysea.d.ts';
import type { SandboxCore } from '../domain/core.ts';
import type { Account } from '../domain/model.ts';
import type { OperationSpec } from '../spec.ts';

/** The id of every operation under the spec's `paths` (the `on…` operations are webhooks the sandbox sends). */
export type OperationId = Exclude<keyof operations, `on${string}`>;

export interface HandlerContext {
  core: SandboxCore;
  account: Account;
  operation: OperationSpec;
  path: Record<string, string>;
  query: Record<string, unknown>;
  body: Record<string, unknown> | undefined;
  now: number;
  /** Base URL of output files: --public-url, else the request's origin (the sandbox as the client sees it). */
  mediaOrigin: string;
}

export interface HandlerResult {
  data: unknown;
  /** Fields next to `data` (the list's total, limit, offset). */
  extra?: Record<string, unknown>;
  headers?: Record<string, string>;
  /** A success body other than the envelope around `data` (idempotent replays). */
  rawBody?: Record<string, unknown>;
  /** The generation a generate call created (kept with an Idempotency-Key). */
  generationId?: string;
}

export type Handler = (context: HandlerContext) => HandlerResult;

/** A module's handlers: only operation ids of the spec are keys. */
export type Handlers<K extends OperationId> = Record<K, Handler>;
