// The generations: submit (image and video), read, list, cancel, delete. The lifecycle itself
// lives in lifecycle.ts; these only answer from the store.
import type { MediaKind } from '../domain/catalog.ts';
import { isTerminal, type StoredGeneration } from '../domain/model.ts';
import { apiError, errors } from '../protocol/envelope.ts';
import type { Handler, HandlerContext, Handlers } from './context.ts';

const submit =
  (kind: MediaKind): Handler =>
  ({ core, account, path, body, mediaOrigin }) => {
    const stored = core.submitGeneration(account, kind, `${path.model_owner}/${path.model_name}`, body ?? {}, mediaOrigin);
    const record = stored.record;
    return {
      generationId: record.generation_id,
      data: {
        model_identifier: record.model_identifier,
        generation_provider_order: record.generation_provider_order,
        generation_prediction_id: stored.plan!.attempts[0]!.predictionId,
        generation_id: record.generation_id,
        generation_initialized: true,
      },
    };
  };

function find({ account, path }: HandlerContext): StoredGeneration {
  const stored = account.generations[path.generation_id!.toLowerCase()] ?? account.generations[path.generation_id!];
  if (!stored) throw errors.generationNotFound(path.generation_id!);
  return stored;
}

const ENDED = { succeeded: 'succeeded', failed: 'failed', canceled: 'been canceled' } as Record<string, string>;

export const generationHandlers: Handlers<
  'generateImage' | 'generateVideo' | 'getGeneration' | 'listGenerations' | 'cancelGeneration' | 'deleteGeneration'
> = {
  generateImage: submit('image'),
  generateVideo: submit('video'),

  getGeneration: (c) => ({ data: structuredClone(find(c).record) }),

  listGenerations: ({ core, account, query }) => {
    const limit = (query.limit as number | undefined) ?? 50;
    const offset = (query.offset as number | undefined) ?? 0;
    const all = core.store.listGenerations(account);
    return {
      extra: { total: all.length, limit, offset },
      data: { generations: all.slice(offset, offset + limit).map((g) => structuredClone(g.record)) },
    };
  },

  cancelGeneration: (c) => {
    const stored = find(c);
    const status = stored.record.generation_status;
    if (isTerminal(status)) {
      throw apiError('BSE2001', `Generation ${stored.record.generation_id} has already ${ENDED[status]} and cannot be canceled.`, {
        details: { field: 'generation_id', generation_status: status },
      });
    }
    c.core.cancel(c.account, stored);
    return {
      data: {
        generation_id: stored.record.generation_id,
        generation_status: 'canceled',
        provider_cancel_sent: status === 'processing',
        credits_refunded: true,
      },
    };
  },

  deleteGeneration: (c) => {
    const stored = find(c);
    const record = stored.record;
    const files = record.generation_removed ? 0 : ((record.generation_output_file as string[] | null | undefined)?.length ?? 0);
    record.generation_output_file = null;
    record.generation_removed = true;
    return { data: { generation_id: record.generation_id, files_deleted: files } };
  },
};
