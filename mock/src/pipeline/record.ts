// Counts the answered request into the account's usage and writes the request log; a request that
// chaos ended without an answer is logged with its fault and fails as fetch would.
import type { MiddlewareHandler } from 'hono';
import { inFlight } from '../domain/model.ts';
import { countRequest } from '../domain/usage.ts';
import { keyHint } from '../key-hint.ts';
import type { RequestLogEntry } from '../request-log.ts';
import type { JsonObject, OperationSpec } from '../spec.ts';
import { NETWORK_RESET, NetworkFault } from './chaos.ts';
import type { Call, PipelineDeps, PipelineEnv } from './types.ts';

/** How usage names an operation: method and path without its parameters (`POST /v1/generate/image`). */
export function endpointName(operation: OperationSpec): string {
  return `${operation.method} ${operation.path.replace(/\/\{[^}]+\}/g, '')}`;
}

export const record =
  ({ core, requestLog }: PipelineDeps): MiddlewareHandler<PipelineEnv> =>
  async (c, next) => {
    const call = c.var.call;
    try {
      await next();
    } catch (error) {
      if (!(error instanceof NetworkFault)) throw error;
      requestLog.add(logEntry(call, c.req.method, core.clock.now(), 0));
      throw new TypeError('fetch failed (sandbox chaos: connection reset)', { cause: NETWORK_RESET });
    }
    const { status, body } = call.answer!;
    const code = (body.error as JsonObject | undefined)?.code as string | undefined;
    if (call.account) countRequest(call.account, endpointName(call.operation), status, code);
    requestLog.add(logEntry(call, c.req.method, core.clock.now(), status, code));
  };

export function logEntry(
  call: Pick<Call, 'url' | 'requestId' | 'token' | 'started' | 'fault' | 'account'>,
  method: string,
  now: number,
  status: number,
  code?: string,
): RequestLogEntry {
  return {
    at: new Date(now).toISOString(),
    method,
    path: call.url.pathname + call.url.search,
    status,
    ...(code ? { code } : {}),
    request_id: call.requestId,
    key_hint: call.token ? keyHint(call.token) : null,
    ...(call.account ? { in_flight: inFlight(call.account), max_in_flight: call.account.maxInFlight } : {}),
    ...(call.fault ? { fault: call.fault } : {}),
    ms: Date.now() - call.started,
  };
}
