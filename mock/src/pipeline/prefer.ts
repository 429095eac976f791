// `Prefer: code=…, example=…` (or ?__code=&__example=): the spec's named example answers instead of
// the sandbox's state, as Prism does; nothing after this step runs.
import type { MiddlewareHandler } from 'hono';
import { preferredExample, readPreference } from '../protocol/prefer.ts';
import type { PipelineDeps, PipelineEnv } from './types.ts';

export const preferExample =
  ({ core }: PipelineDeps): MiddlewareHandler<PipelineEnv> =>
  async (c, next) => {
    const call = c.var.call;
    const preference = readPreference(c.req.raw.headers, call.url);
    if (!preference) {
      await next();
      return;
    }
    const { status, body } = preferredExample(call.operation, preference);
    if ('request_id' in body) body.request_id = call.requestId;
    if ('timestamp' in body) body.timestamp = new Date(core.clock.now()).toISOString();
    if (status === 429 || status === 503) call.headers['retry-after'] = '2';
    call.answer = { status, body, sandbox: false };
  };
