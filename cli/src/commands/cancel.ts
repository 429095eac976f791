/** `babysea cancel ID`: cancel a pending or processing generation (its credits are refunded). */
import type { Command } from 'commander';
import { action } from '../action.ts';

export function register(program: Command): void {
  program
    .command('cancel')
    .description('cancel a pending or processing generation; its credits are refunded')
    .argument('<id>', 'generation id')
    .action(
      action(async (session, [id]) => {
        const client = await session.client();
        const { data } = await client.cancelGeneration(id!, { signal: session.signal });
        if (session.output.json) session.output.data(data);
        else session.output.result(`Canceled ${data.generation_id}${data.credits_refunded ? ': credits refunded' : ''}.`);
        return undefined;
      }),
    );
}
