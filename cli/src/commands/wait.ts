/** `babysea wait ID`: wait for a generation with live progress, then print or save the result. */
import type { Command } from 'commander';
import { action } from '../action.ts';
import { writableFolder } from '../folders.ts';
import { integer } from '../values.ts';
import { waitForResult } from '../waiting.ts';

export function register(program: Command): void {
  program
    .command('wait')
    .description('wait for a generation: shows its progress, then prints the output URLs or saves the files')
    .argument('<id>', 'generation id')
    .option('--out <dir>', 'save the output files into DIR')
    .option('--timeout <seconds>', 'stop waiting after this long (default 600)', integer(1))
    .addHelpText('after', '\nCtrl-C stops waiting; the generation goes on (`babysea cancel ID` stops it).')
    .action(
      action<{ out?: string; timeout?: number }>(async (session, [id], options) => {
        if (options.out) await writableFolder('--out', options.out);
        const client = await session.client();
        return waitForResult(session, client, {
          id: id!,
          ...(options.out ? { out: options.out } : {}),
          ...(options.timeout ? { timeoutSeconds: options.timeout } : {}),
          startedHere: false,
        });
      }),
    );
}
