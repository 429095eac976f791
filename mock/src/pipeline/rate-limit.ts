// The key's token bucket: every answer says where it stands (X-RateLimit-*), an empty one is 429
// BSE1005 with Retry-After. The bye_test_throttled key's bucket is always empty.
import type { MiddlewareHandler } from 'hono';
import { errors } from '../protocol/envelope.ts';
import { RateLimiter } from '../protocol/rate-limit.ts';
import { keyEffect } from '../scenarios.ts';
import type { PipelineDeps, PipelineEnv } from './types.ts';

export const rateLimit =
  ({ core }: PipelineDeps): MiddlewareHandler<PipelineEnv> =>
  async (c, next) => {
    const call = c.var.call;
    const token = call.token;
    const limit = core.rateLimiter.take(
      token ?? 'anonymous',
      core.clock.now(),
      token !== undefined && keyEffect(token)?.rateLimited === true,
    );
    Object.assign(call.headers, RateLimiter.headers(limit));
    if (!limit.allowed) throw errors.rateLimited(limit.retryAfter, limit.limit);
    await next();
  };
