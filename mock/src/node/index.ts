// `babysea-mock/server`: the sandbox on a Node HTTP server, and the Prism launcher, besides everything
// `babysea-mock` exports. Those are exported from their modules, not through ../index.ts: a module of
// re-exports shared by two entry points would ship as an empty chunk (test/package.test.ts checks that
// this entry exports all the main one does).
export type { ChaosOptions } from '../chaos.ts';
export type { ClockMode, SandboxClock } from '../clock.ts';
export { DEFAULT_TRIGGER_KEY, TEST_GENERATION_ID } from '../control/trigger.ts';
export type { CatalogModel, MediaKind } from '../domain/catalog.ts';
export { DURATION_RANGES, modelDurations } from '../domain/lifecycle.ts';
export { quote } from '../domain/pricing.ts';
export type { Store } from '../domain/store.ts';
export type { OperationId } from '../handlers/index.ts';
export { dimensionsFor } from '../media.ts';
export {
  checkHandlers,
  createSandbox,
  endpointName,
  HANDLERS,
  NETWORK_RESET,
  type RequestLogEntry,
  type Sandbox,
  SandboxContractError,
  type SandboxOptions,
  type SandboxState,
} from '../sandbox.ts';
export { SCENARIO_KINDS, SCENARIOS, type Scenario, scenariosAsText } from '../scenarios.ts';
export { listOperations, type OpenApiDocument, type OperationSpec, SPEC, WEBHOOK_EVENTS } from '../spec.ts';
export { SpecValidator } from '../validation.ts';
export type { Delivery, DeliveryAttempt, WebhookEndpoint } from '../webhooks.ts';
export { startPrismEngine } from './prism.ts';
export { DEFAULT_PORT, type SandboxServer, type SandboxServerOptions, startSandboxServer } from './server.ts';
export { loadState, saveState } from './state-file.ts';
