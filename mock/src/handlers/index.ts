// Every operation of the spec's `paths` and its handler. Typed by the spec's operation ids, so
// `tsc` names an operation without a handler (and createSandbox checks it again for `spec:`).
import { accountHandlers } from './account.ts';
import type { Handler, OperationId } from './context.ts';
import { estimateHandlers } from './estimate.ts';
import { generationHandlers } from './generations.ts';
import { libraryHandlers } from './library.ts';

export type { Handler, HandlerContext, HandlerResult, OperationId } from './context.ts';

export const HANDLERS: Record<OperationId, Handler> = {
  ...accountHandlers,
  ...libraryHandlers,
  ...estimateHandlers,
  ...generationHandlers,
};

/** Every operation of the spec has a handler and every handler an operation; otherwise throws. */
export function checkHandlers(operations: { operationId: string }[], handlers: Record<string, unknown> = HANDLERS): void {
  const ids = operations.map((op) => op.operationId);
  const missing = ids.filter((id) => typeof handlers[id] !== 'function');
  const unknown = Object.keys(handlers).filter((id) => !ids.includes(id));
  if (missing.length > 0) throw new Error(`The sandbox has no handler for the spec's operation(s) ${missing.join(', ')}.`);
  if (unknown.length > 0) throw new Error(`The sandbox has handlers for operations the spec does not declare: ${unknown.join(', ')}.`);
}
