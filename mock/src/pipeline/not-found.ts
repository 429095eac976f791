// A path no operation declares: 404 with the error envelope (BSE4004 route_not_found, the sandbox's
// own code); under /v1/ it still counts against the key's rate limit, as the API's gateway does.
import type { NotFoundHandler } from 'hono';
import { bearerToken, errors, jsonResponse, SANDBOX_NOT_FOUND } from '../protocol/envelope.ts';
import { RateLimiter } from '../protocol/rate-limit.ts';
import { newRequestId } from '../random.ts';
import { logEntry } from './record.ts';
import type { PipelineDeps } from './types.ts';

export const notFound =
  ({ core, requestLog, validate, reportViolation }: PipelineDeps): NotFoundHandler =>
  (c) => {
    core.clock.runDue();
    const url = new URL(c.req.url);
    const requestId = newRequestId();
    const token = bearerToken(c.req.header('authorization') ?? null);
    const headers: Record<string, string> = { 'x-request-id': requestId };
    if (url.pathname.startsWith('/v1/'))
      Object.assign(headers, RateLimiter.headers(core.rateLimiter.take(token ?? 'anonymous', core.clock.now())));
    const body = errors.routeNotFound(c.req.method, url.pathname).body(requestId);
    const problems = validate === 'off' ? [] : core.validator.checkSchema('ErrorResponse', body);
    if (problems.length > 0) reportViolation(`the 404 answer breaks ErrorResponse: ${problems.join('; ')}`, true);
    requestLog.add(logEntry({ url, requestId, token, started: Date.now() }, c.req.method, core.clock.now(), 404, SANDBOX_NOT_FOUND));
    return jsonResponse(404, body, headers);
  };
