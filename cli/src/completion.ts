/**
 * Shell completion with @bomb.sh/tab: its commander adapter reads the commands and flags from the
 * program; model ids come from the catalog built in from the spec. Loaded only for `completion`
 * and the hidden `complete` the scripts call, so other commands start without it.
 */
import tab from '@bomb.sh/tab/commander';
import { BUILT_IN_MODELS } from './catalog.ts';
import { buildProgram } from './program.ts';

/** Runs `completion SHELL` (prints the script) or `complete -- WORDS…` (prints the candidates). */
export async function runCompletion(argv: string[]): Promise<void> {
  const program = buildProgram({ completion: false });
  const root = tab(program, { completionCommandName: 'completion' });
  const models = (complete: (value: string, description: string) => void) => {
    for (const model of BUILT_IN_MODELS) complete(model.id, `${model.type} model`);
  };
  for (const name of ['generate', 'estimate']) {
    const argument = root.commands.get(name)?.arguments.get('model');
    if (argument) argument.handler = models;
  }
  await program.parseAsync(argv, { from: 'user' });
}
