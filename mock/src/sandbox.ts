// The sandbox: a function from a Web-standard Request to a Response (`handle`), over the state of
// domain/. The API routes run the pipeline of pipeline/ (one Hono middleware per step), the control
// routes are in control/. It imports nothing from Node: it runs in browsers (through the MSW
// adapter) as well as in the Node server of node/.
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { regions } from '../../generated/constraints.ts';
import { buildCore, checkPublicUrl } from './build-core.ts';
import { createChaos } from './chaos.ts';
import { createClock } from './clock.ts';
import { registerControlRoutes } from './control/routes.ts';
import { runScenario } from './control/scenarios.ts';
import { trigger } from './control/trigger.ts';
import { DEFAULT_MAX_IN_FLIGHT } from './domain/model.ts';
import { checkHandlers } from './handlers/index.ts';
import type { Sandbox, SandboxOptions } from './options.ts';
import { registerApiRoutes } from './pipeline/index.ts';
import type { PipelineEnv } from './pipeline/types.ts';
import { RequestLog } from './request-log.ts';
import { listOperations, SPEC } from './spec.ts';
import { SpecValidator } from './validation.ts';

export { checkHandlers, HANDLERS } from './handlers/index.ts';
export type { Sandbox, SandboxOptions, SandboxState } from './options.ts';
export { endpointName, NETWORK_RESET } from './pipeline/index.ts';
export type { RequestLogEntry } from './request-log.ts';

/** A response that breaks the spec, under `validate: 'throw'`. */
export class SandboxContractError extends Error {
  override name = 'SandboxContractError';
}

const EXPOSED_HEADERS = [
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
  'X-RateLimit-Reset',
  'Retry-After',
  'X-Request-Id',
  'Idempotency-Replayed',
];

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const document = options.spec ?? SPEC;
  const operations = listOperations(document);
  checkHandlers(operations);
  const log = options.logger ?? ((line: string) => console.error(line));
  const validate = options.validate ?? 'log';
  const speed = options.speed ?? 1;
  if (!(speed > 0)) throw new RangeError(`speed must be a number > 0, got ${speed}.`);
  const initial = options.initialState;
  const clock = createClock({ mode: options.clock ?? 'real', offset: initial?.clockOffset ?? 0 });
  const validator = options.spec ? new SpecValidator(document) : sharedValidator();
  const requestLog = new RequestLog();
  const hangs = new Set<() => void>();
  let deferredError: Error | undefined;
  let closed = false;

  /**
   * A contract violation, printed under `log`; under `throw`, an answer's violation rejects its
   * handle() (thrown here, Hono's onError rethrows it), one from a timer the next handle().
   */
  function reportViolation(message: string, duringRequest = false) {
    if (validate === 'off') return;
    const error = new SandboxContractError(message);
    if (validate === 'log') log(`\n[babysea-sandbox] CONTRACT VIOLATION: ${message}\n`);
    else if (duringRequest) throw error;
    else deferredError ??= error;
  }

  const publicUrl = checkPublicUrl(options.publicUrl);
  const core = buildCore(options, { operations, clock, validator, log, speed, reportViolation, publicUrl });
  if (initial) {
    core.store.restore(initial);
    for (const account of core.store.accounts()) {
      account.maxInFlight ??= options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT;
      core.startTimelines(account);
    }
  }

  /** Waits until the request is aborted or the sandbox closes (a hung connection). */
  function hang(request: Request): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        hangs.delete(done);
        resolve();
      };
      hangs.add(done);
      if (request.signal.aborted) done();
      request.signal.addEventListener('abort', done, { once: true });
    });
  }

  const mediaOrigin = (url: URL) => publicUrl ?? url.origin;
  const app = new Hono<PipelineEnv>();
  app.use('*', cors({ origin: '*', exposeHeaders: EXPOSED_HEADERS, maxAge: 600 }));
  registerApiRoutes(
    app,
    { core, requestLog, validate, reportViolation, chaos: createChaos(options.chaos, options.seed ?? 1), hang, mediaOrigin },
    operations,
  );
  registerControlRoutes(app, { core, requestLog, mediaOrigin });
  app.onError((error) => {
    throw error;
  });

  return {
    async handle(request) {
      if (closed) throw new Error('The sandbox is closed.');
      if (deferredError) {
        const error = deferredError;
        deferredError = undefined;
        throw error;
      }
      return app.fetch(request);
    },
    clock,
    store: core.store,
    deliveries: {
      list: () => core.webhooks.list(),
      get: (id) => core.webhooks.get(id),
      replay: (id) => core.webhooks.replay(id),
      settled: () => core.webhooks.settled(),
    },
    ...(options.url ? { url: options.url } : {}),
    requests: () => requestLog.list(),
    scenario: async (name, body = {}) => runScenario(core, name, { body, key: body.key as string | undefined, now: clock.now() }),
    trigger: (event, { key, overrides } = {}) => trigger(core, event, key, overrides ?? {}, publicUrl ?? options.url ?? regions.us),
    state: () => ({
      ...core.store.snapshot(),
      clockOffset: clock.offset,
      failNext: core.scenarios.failNext,
      downProviders: [...core.scenarios.downProviders],
    }),
    async close() {
      if (closed) return;
      closed = true;
      clock.close();
      for (const release of [...hangs]) release();
      await core.webhooks.close();
    },
  };
}

let defaultValidator: SpecValidator | undefined;
/** Compiled validators of the inlined spec are pure: every sandbox of the process shares them. */
function sharedValidator(): SpecValidator {
  defaultValidator ??= new SpecValidator(SPEC);
  return defaultValidator;
}
