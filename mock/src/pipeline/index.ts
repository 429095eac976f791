// The API routes: one Hono route per operation of the spec, each running the same steps, one
// middleware each, in the order a request meets them:
//
//   begin          request id, due timers; at the end, the answer as a Response
//   checkAnswer    the answer against the spec (after everything below)
//   record         usage counters and the request log (after everything below)
//   answerErrors   a thrown ApiError becomes the error envelope
//   rateLimit      X-RateLimit-*, 429 BSE1005
//   authenticate   key (401) and scope (403)
//   preferExample  Prefer / ?__example answers with the spec's example and stops here
//   validateRequest parameters and body against the spec (400/422)
//   idempotency    Idempotency-Key: replay, 409, or remember this answer
//   chaos          latency and faults (--chaos-*)
//   runHandler     the operation's handler (handlers/)
//
// Like Prism's router → validate → mock → validate, but with state behind the handler.
import type { Hono } from 'hono';
import type { OperationSpec } from '../spec.ts';
import { answerErrors } from './answer-errors.ts';
import { authenticate } from './authenticate.ts';
import { begin } from './begin.ts';
import { chaos } from './chaos.ts';
import { checkAnswer } from './check-answer.ts';
import { idempotency } from './idempotency.ts';
import { notFound } from './not-found.ts';
import { preferExample } from './prefer.ts';
import { rateLimit } from './rate-limit.ts';
import { record } from './record.ts';
import { runHandler } from './run-handler.ts';
import type { PipelineDeps, PipelineEnv } from './types.ts';
import { validateRequest } from './validate-request.ts';

export { NETWORK_RESET } from './chaos.ts';
export { endpointName } from './record.ts';
export type { PipelineDeps } from './types.ts';

const STEPS = [checkAnswer, record, answerErrors, rateLimit, authenticate, preferExample, validateRequest, idempotency, chaos, runHandler];

export function registerApiRoutes(app: Hono<PipelineEnv>, deps: PipelineDeps, operations: OperationSpec[]): void {
  const steps = STEPS.map((step) => step(deps));
  // Static paths before parameterized ones, so /v1/content/list is never read as a generation id.
  const routes = [...operations].sort((a, b) => (a.path.match(/\{/g)?.length ?? 0) - (b.path.match(/\{/g)?.length ?? 0));
  for (const operation of routes) {
    app.on(operation.method, operation.path.replace(/\{([^}]+)\}/g, ':$1'), begin(deps, operation), ...steps);
  }
  app.notFound(notFound(deps));
}
