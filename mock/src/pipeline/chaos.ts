// Opt-in chaos (--chaos-*): added latency, then maybe a 500/503, a reset connection or a request
// that never answers. Replays of an Idempotency-Key never meet it (this step comes after).
import type { MiddlewareHandler } from 'hono';
import { errors } from '../protocol/envelope.ts';
import type { PipelineDeps, PipelineEnv } from './types.ts';

/** The cause of the TypeError `handle()` rejects with when chaos resets the connection; servers close the socket. */
export const NETWORK_RESET = Symbol.for('babysea-sandbox.network-reset');

/** Thrown through the pipeline when chaos ends a request without an answer (record.ts logs it). */
export class NetworkFault extends Error {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const chaos =
  ({ chaos, hang }: PipelineDeps): MiddlewareHandler<PipelineEnv> =>
  async (c, next) => {
    const decision = chaos?.();
    if (decision && decision.latencyMs > 0) await sleep(decision.latencyMs);
    if (decision?.fault === 'internal') throw errors.internal();
    if (decision?.fault === 'unavailable') throw errors.unavailable();
    if (decision?.fault === 'reset' || decision?.fault === 'hang') {
      if (decision.fault === 'hang') await hang(c.req.raw);
      c.var.call.fault = decision.fault;
      throw new NetworkFault();
    }
    await next();
  };
