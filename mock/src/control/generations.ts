// The generations of every account, for the dashboard (GET /__sandbox/generations), and what its
// buttons do to one (POST /__sandbox/generations/<id>/complete|fail|cancel): end it now as
// succeeded or failed, or cancel it as the API's cancel does (refund and event included).
import type { SandboxCore } from '../domain/core.ts';
import { isTerminal } from '../domain/model.ts';
import { keyHint } from '../key-hint.ts';
import { ApiError, errors, SANDBOX_NOT_FOUND } from '../protocol/envelope.ts';
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

/**
 * `account` names the account when several hold the id (every account's example generations have
 * the spec's ids): its key, or its key hint as the dashboard shows it.
 */
export function actOnGeneration(core: SandboxCore, id: string, action: string, account?: string) {
  if (!(GENERATION_ACTIONS as readonly string[]).includes(action)) {
    throw new ApiError(
      404,
      SANDBOX_NOT_FOUND,
      'route_not_found',
      `No action "${action}"; a generation can be sent ${GENERATION_ACTIONS.join(', ')}.`,
      {
        details: { field: 'action', allowed: [...GENERATION_ACTIONS] },
      },
    );
  }
  const owners = core.store
    .accounts()
    .filter((a) => a.generations[id] && (account === undefined || account === a.apiKey || account === keyHint(a.apiKey)));
  if (owners.length === 0) throw errors.generationNotFound(id);
  if (owners.length > 1) {
    const hints = owners.map((a) => keyHint(a.apiKey));
    throw errors.badRequest(
      'key_hint',
      `Generation ${id} is in ${owners.length} accounts: name one with "key_hint" (${hints.join(', ')}).`,
      hints,
    );
  }
  const owner = owners[0]!;
  const stored = owner.generations[id]!;
  const status = stored.record.generation_status;
  if (isTerminal(status)) {
    throw errors.badRequest(
      'generation_id',
      `Generation ${id} has already ${status === 'canceled' ? 'been canceled' : status}: only a pending or processing one can be sent ${action}.`,
    );
  }
  if (action === 'cancel') core.cancel(owner, stored);
  else if (!core.settleNow(owner, stored, action === 'complete' ? 'succeeded' : 'failed')) {
    throw errors.badRequest('generation_id', `Generation ${id} has no timeline to end (its model is not in the catalog).`);
  }
  return generationView(owner, stored);
}
