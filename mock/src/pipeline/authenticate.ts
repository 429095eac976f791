// The API key and its scopes: no key is 401 BSE1001, an invalid one 401 BSE1002, a key without the
// operation's scope 403 BSE1003. Any other key is an account, created on first use.
import type { MiddlewareHandler } from 'hono';
import { errors } from '../protocol/envelope.ts';
import type { PipelineDeps, PipelineEnv } from './types.ts';

export const authenticate =
  ({ core, mediaOrigin }: PipelineDeps): MiddlewareHandler<PipelineEnv> =>
  async (c, next) => {
    const call = c.var.call;
    if (!call.token) throw errors.missingKey();
    const account = core.store.account(call.token, mediaOrigin(call.url));
    call.account = account;
    if (account.invalid) throw errors.invalidKey();
    const missingScope = call.operation.scopes.find((scope) => !account.scopes.includes(scope));
    if (missingScope) throw errors.missingScope(missingScope);
    await next();
  };
