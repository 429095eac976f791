/** One debug line per attempt, for the client's logger: method, path, status, attempt, duration, request id; secrets redacted. */
import { type Answer, successRequestId } from './answer.js';
import type { Call } from './call.js';
import type { ClientContext } from './context.js';
import { BabySeaError } from './errors.js';

export function logAttempt(context: ClientContext, call: Call, attempt: number, started: number, outcome: Answer | BabySeaError): void {
  const { logger, redactor } = context;
  if (!logger) return;
  const error = outcome instanceof BabySeaError ? outcome : undefined;
  const status = error ? error.status || undefined : (outcome as Answer).response.status;
  const headers: Record<string, string> = {};
  for (const name in call.headers) headers[name] = redactor.redact(call.headers[name]!);
  try {
    logger.debug(`babysea ${call.method} ${call.path} -> ${status ?? error?.name ?? 'no answer'}`, {
      method: call.method,
      path: call.path,
      status,
      attempt,
      durationMs: Date.now() - started,
      requestId: error ? error.requestId : successRequestId(outcome as Answer),
      headers,
      ...(error ? { error: error.message } : {}),
    });
  } catch {
    // A logger that throws must not change the outcome of a call.
  }
}
