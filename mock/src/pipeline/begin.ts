// The first step: runs what came due on the clock, gives the request its id, and after every other
// step turns the answer they set into the Response (with the headers gathered on the way).
import type { MiddlewareHandler } from 'hono';
import { bearerToken, jsonResponse } from '../protocol/envelope.ts';
import { newRequestId } from '../random.ts';
import type { OperationSpec } from '../spec.ts';
import type { PipelineDeps, PipelineEnv } from './types.ts';

export const begin =
  ({ core }: PipelineDeps, operation: OperationSpec): MiddlewareHandler<PipelineEnv> =>
  async (c, next) => {
    core.clock.runDue();
    const requestId = newRequestId();
    const call = {
      operation,
      requestId,
      started: Date.now(),
      url: new URL(c.req.url),
      token: bearerToken(c.req.header('authorization') ?? null),
      headers: { 'x-request-id': requestId },
      path: c.req.param() as Record<string, string>,
      query: {},
      headerParams: {},
    };
    c.set('call', call);
    await next();
    const answer = c.var.call.answer!;
    c.res = jsonResponse(answer.status, answer.body, call.headers);
  };
