// The request against the spec: path, query and header parameters (query strings coerced to their
// types), then the JSON body. A missing field or a body that is not JSON is 400 BSE2001; any other
// bad value 422 BSE2008, naming the field.
import type { MiddlewareHandler } from 'hono';
import { errors, violationError } from '../protocol/envelope.ts';
import type { PipelineDeps, PipelineEnv } from './types.ts';

export const validateRequest =
  ({ core }: PipelineDeps): MiddlewareHandler<PipelineEnv> =>
  async (c, next) => {
    const call = c.var.call;
    const { operation } = call;
    for (const [key, value] of call.url.searchParams) if (!key.startsWith('__') && !(key in call.query)) call.query[key] = value;
    for (const p of operation.parameters) {
      const value = p.in === 'header' ? c.req.raw.headers.get(p.name) : null;
      if (value !== null) call.headerParams[p.name.toLowerCase()] = value;
    }
    const invalid =
      core.validator.checkParameters(operation, 'path', call.path) ??
      core.validator.checkParameters(operation, 'query', call.query) ??
      core.validator.checkParameters(operation, 'header', call.headerParams);
    if (invalid) throw violationError(invalid);
    if (operation.requestBodyPointer) {
      call.body = parseJson(await c.req.raw.text());
      const badBody = core.validator.checkBody(operation, call.body);
      if (badBody) throw violationError(badBody);
    }
    await next();
  };

function parseJson(text: string) {
  try {
    return JSON.parse(text);
  } catch {
    throw errors.badRequest(
      'body',
      text.trim() === '' ? 'The request body is empty; send a JSON object.' : 'The request body is not valid JSON.',
    );
  }
}
