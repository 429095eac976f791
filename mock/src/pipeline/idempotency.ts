// Idempotency-Key: the same key and body within 24 hours get the first successful answer again
// (Idempotency-Replayed: true), another body 409 BSE2015, a key whose first request still runs 409
// BSE2016. A request that fails releases its key, so it can be retried.
import type { MiddlewareHandler } from 'hono';
import { errors } from '../protocol/envelope.ts';
import { beginIdempotent, completeIdempotent, fingerprint, releaseIdempotent } from '../protocol/idempotency.ts';
import type { JsonObject } from '../spec.ts';
import type { PipelineDeps, PipelineEnv } from './types.ts';

export const idempotency =
  ({ core }: PipelineDeps): MiddlewareHandler<PipelineEnv> =>
  async (c, next) => {
    const call = c.var.call;
    const key = call.headerParams['idempotency-key'] as string | undefined;
    const account = call.account!;
    if (!key) {
      await next();
      return;
    }
    const now = core.clock.now();
    const decision = beginIdempotent(account, key, fingerprint(c.req.method, call.url.pathname, call.body), now);
    if (decision.kind === 'conflict') throw errors.keyReused();
    if (decision.kind === 'in-flight') throw errors.keyInFlight();
    if (decision.kind === 'replay') {
      const first = decision.entry.response!;
      const generation = decision.entry.generationId ? account.generations[decision.entry.generationId] : undefined;
      call.headers['idempotency-replayed'] = 'true';
      call.answer = {
        status: first.status,
        sandbox: false,
        body:
          generation?.record.generation_status === 'canceled'
            ? replayOfCanceled(call.requestId, generation.record.generation_id, now)
            : structuredClone(first.body),
      };
      return;
    }
    try {
      await next();
    } catch (error) {
      releaseIdempotent(account, key);
      throw error;
    }
    completeIdempotent(account, key, { status: 200, headers: {}, body: structuredClone(call.answer!.body) }, call.generationId);
  };

/** The API's answer to a replay whose generation was canceled since (the spec's `replayedCanceled`). */
function replayOfCanceled(requestId: string, generationId: string, now: number): JsonObject {
  return {
    status: 'success',
    request_id: requestId,
    message: 'Generation already canceled',
    timestamp: new Date(now).toISOString(),
    data: { generation_id: generationId, generation_status: 'canceled' },
  };
}
