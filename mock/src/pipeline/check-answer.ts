// The answer against the spec (status, headers, body), after every other step: under
// `validate: 'throw'` a violation rejects the request's handle(), under `log` it is printed.
import type { MiddlewareHandler } from 'hono';
import type { PipelineDeps, PipelineEnv } from './types.ts';

export const checkAnswer =
  ({ core, validate, reportViolation }: PipelineDeps): MiddlewareHandler<PipelineEnv> =>
  async (c, next) => {
    await next();
    if (validate === 'off') return;
    const { operation, answer, headers } = c.var.call;
    const { status, body, sandbox } = answer!;
    const problems = sandbox
      ? core.validator.checkSchema('ErrorResponse', body)
      : core.validator.checkResponse(operation, status, new Headers({ 'content-type': 'application/json', ...headers }), body);
    if (problems.length > 0) reportViolation(`${operation.operationId} answered ${status}: ${problems.join('; ')}`, true);
  };
