/** `babysea delete ID`: delete a generation's output files (the record stays). */
import type { Command } from 'commander';
import { action } from '../action.ts';

export function register(program: Command): void {
  program
    .command('delete')
    .description("delete a generation's output files (its record stays)")
    .argument('<id>', 'generation id')
    .action(
      action(async (session, [id]) => {
        const client = await session.client();
        const { data } = await client.deleteGeneration(id!, { signal: session.signal });
        if (session.output.json) session.output.data(data);
        else session.output.result(`Deleted ${data.files_deleted} file(s) of ${data.generation_id}.`);
        return undefined;
      }),
    );
}
