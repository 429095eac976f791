// `babysea-mock`: the BabySea sandbox. Runs anywhere fetch's Request and Response exist (Node, Deno,
// Bun, browsers); the Node server is in `babysea-mock/server`, the MSW adapter in
// `babysea-mock/msw`, the CLI is the `babysea-mock` bin.
export type { ChaosOptions } from './chaos.ts';
export type { ClockMode, SandboxClock } from './clock.ts';
export { DEFAULT_TRIGGER_KEY, TEST_GENERATION_ID } from './control/trigger.ts';
export type { CatalogModel, MediaKind } from './domain/catalog.ts';
export { DURATION_RANGES, modelDurations } from './domain/lifecycle.ts';
export { quote } from './domain/pricing.ts';
export type { Store } from './domain/store.ts';
export type { OperationId } from './handlers/index.ts';
export { dimensionsFor } from './media.ts';
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
} from './sandbox.ts';
export { SCENARIO_KINDS, SCENARIOS, type Scenario, scenariosAsText } from './scenarios.ts';
export { listOperations, type OpenApiDocument, type OperationSpec, SPEC, WEBHOOK_EVENTS } from './spec.ts';
export { SpecValidator } from './validation.ts';
export type { Delivery, DeliveryAttempt, WebhookEndpoint } from './webhooks.ts';
