/** `babysea get ID`: one generation's record. */
import type { Command } from 'commander';
import { action } from '../action.ts';
import { generationLines } from '../describe.ts';

export function register(program: Command): void {
  program
    .command('get')
    .description('show a generation: status, model, prompt, timings, output URLs')
    .argument('<id>', 'generation id')
    .action(
      action(async (session, [id]) => {
        const client = await session.client();
        const { data } = await client.getGeneration(id!, { signal: session.signal });
        if (session.output.json) session.output.data(data);
        else for (const line of generationLines(data)) session.output.result(line);
        return undefined;
      }),
    );
}
