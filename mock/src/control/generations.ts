// The generations of every account, for the dashboard (GET /__sandbox/generations), and what its
// buttons do to one (POST /__sandbox/generations/<id>/complete|fail|cancel): end it now as
// succeeded or failed, or cancel it as the API's cancel does (refund and event included).
import type { SandboxCore } from '../domain/core.ts';
import { isTerminal } from '../domain/model.ts';
import { ApiError, errors } from '../protocol/envelope.ts';
import { generationView } from './views.ts';

/** The dashboard shows at most this many generations, newest first. */
const LIMIT = 200;

export function allGenerations(core: SandboxCore) {
  return core.store
    .accounts()
    .flatMap((account) => Object.values(account.generations).map((stored) => ({ account, stored })))
    .sort((a, b) => String(b.stored.record.generation_created_at).localeCompare(String(a.stored.record.generation_created_at)))
    .slice(0, LIMIT)
    .map(({ account, stored }) => generationView(account, stored));
}

export const GENERATION_ACTIONS = ['complete', 'fail', 'cancel'] as const;

export function actOnGeneration(core: SandboxCore, id: string, action: string) {
  if (!(GENERATION_ACTIONS as readonly string[]).includes(action)) {
    throw new ApiError(
      404,
      'BSE4004',
      'route_not_found',
      `No action "${action}"; a generation can be sent ${GENERATION_ACTIONS.join(', ')}.`,
      {
        details: { field: 'action', allowed: [...GENERATION_ACTIONS] },
      },
    );
  }
  // Generations in flight have ids of their own (only finished example generations share theirs).
  const owners = core.store
    .accounts()
    .flatMap((account) => (account.generations[id] ? [{ account, stored: account.generations[id]! }] : []));
  const owner = owners.find(({ stored }) => !isTerminal(stored.record.generation_status)) ?? owners[0];
  if (!owner) throw errors.generationNotFound(id);
  const { account, stored } = owner;
  const status = stored.record.generation_status;
  if (isTerminal(status)) {
    throw errors.badRequest(
      'generation_id',
      `Generation ${id} has already ${status === 'canceled' ? 'been canceled' : status}: only a pending or processing one can be sent ${action}.`,
    );
  }
  if (action === 'cancel') core.cancel(account, stored);
  else if (!core.settleNow(account, stored, action === 'complete' ? 'succeeded' : 'failed')) {
    throw errors.badRequest('generation_id', `Generation ${id} has no timeline to end (its model is not in the catalog).`);
  }
  return generationView(account, stored);
}
