// The operation's handler (handlers/), its result wrapped in the success envelope.
import type { MiddlewareHandler } from 'hono';
import { HANDLERS, type OperationId } from '../handlers/index.ts';
import type { JsonObject, OperationSpec } from '../spec.ts';
import type { PipelineDeps, PipelineEnv } from './types.ts';

export const runHandler =
  ({ core, mediaOrigin }: PipelineDeps): MiddlewareHandler<PipelineEnv> =>
  async (c) => {
    const call = c.var.call;
    const handler = HANDLERS[call.operation.operationId as OperationId];
    const result = handler({
      core,
      account: call.account!,
      operation: call.operation,
      path: call.path,
      query: call.query,
      body: call.body,
      now: core.clock.now(),
      mediaOrigin: mediaOrigin(call.url),
    });
    Object.assign(call.headers, result.headers);
    call.generationId = result.generationId;
    const body: JsonObject = result.rawBody ?? {
      status: 'success',
      request_id: call.requestId,
      message: successMessage(call.operation),
      timestamp: new Date(core.clock.now()).toISOString(),
      ...result.extra,
      data: result.data,
    };
    call.answer = { status: 200, body, sandbox: false };
  };

/** The message of the operation's first success example (`Generation retrieved`, …). */
function successMessage(operation: OperationSpec): string {
  const example = Object.values(operation.responses['200']?.examples ?? {})[0] as JsonObject | undefined;
  return (example?.message as string | undefined) ?? 'OK';
}
