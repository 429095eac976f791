// What the pipeline's steps share: the request as it is checked (`call`, a Hono variable) and what
// the steps reach of the sandbox (`PipelineDeps`).

import type { ChaosDecision } from '../chaos.ts';
import type { SandboxCore } from '../domain/core.ts';
import type { Account } from '../domain/model.ts';
import type { RequestLog } from '../request-log.ts';
import type { JsonObject, OperationSpec } from '../spec.ts';

export interface Answer {
  status: number;
  body: JsonObject;
  /** The sandbox's own answer about the request (an unknown Prefer example): checked against ErrorResponse only. */
  sandbox: boolean;
}

export interface Call {
  operation: OperationSpec;
  requestId: string;
  /** Wall-clock start, for the log's `ms`. */
  started: number;
  url: URL;
  token: string | undefined;
  /** Headers of the answer, gathered on the way (rate limit, request id, replay). */
  headers: Record<string, string>;
  account?: Account;
  path: Record<string, string>;
  query: Record<string, unknown>;
  headerParams: Record<string, unknown>;
  body?: Record<string, unknown>;
  /** Set by the step that answers; `begin` turns it into the Response. */
  answer?: Answer;
  /** The generation the handler created (kept with an Idempotency-Key). */
  generationId?: string;
  /** `reset` or `hang`: chaos ended the request without an answer. */
  fault?: string;
}

export type PipelineEnv = { Variables: { call: Call } };

export interface PipelineDeps {
  core: SandboxCore;
  requestLog: RequestLog;
  validate: 'throw' | 'log' | 'off';
  /** Under `throw`, throws (the request's handle() rejects); under `log`, prints. */
  reportViolation: (message: string, duringRequest?: boolean) => void;
  chaos: (() => ChaosDecision) | undefined;
  /** Resolves when the request is aborted or the sandbox closes (a hung connection). */
  hang: (request: Request) => Promise<void>;
  /** Base URL of output files for a request to `url`. */
  mediaOrigin: (url: URL) => string;
}
