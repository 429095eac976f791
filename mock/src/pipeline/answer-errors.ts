// Every error a later step throws becomes the API's error envelope: an ApiError as it says, anything
// else as 500 BSE5000 (and printed, since it is the sandbox's own bug).
import type { MiddlewareHandler } from 'hono';
import { ApiError, errors } from '../protocol/envelope.ts';
import { NetworkFault } from './chaos.ts';
import type { PipelineDeps, PipelineEnv } from './types.ts';

export const answerErrors =
  ({ core }: PipelineDeps): MiddlewareHandler<PipelineEnv> =>
  async (c, next) => {
    try {
      await next();
    } catch (error) {
      if (error instanceof NetworkFault) throw error;
      const call = c.var.call;
      if (!(error instanceof ApiError))
        core.log(`[babysea-sandbox] ${call.operation.operationId} failed: ${(error as Error)?.stack ?? error}`);
      const apiError = error instanceof ApiError ? error : errors.internal();
      call.answer = { status: apiError.status, body: apiError.body(call.requestId), sandbox: apiError.sandbox };
      Object.assign(call.headers, apiError.headers);
    }
  };
