// The command line, read with node:util parseArgs (its tokens say which flag each value belongs
// to) against the one table of flags.ts: a flag the command does not take, a flag without its
// value, or an unknown command is a UsageError that names it and points to --help.
import { parseArgs } from 'node:util';
import { COMMANDS, type Command, FLAGS, type Flag, type FlagName, flagSignature } from './flags.ts';

export class UsageError extends Error {
  override name = 'UsageError';
}

export type FlagValues = { [K in FlagName]?: (typeof FLAGS)[K] extends { multiple: true } ? string[] : string | boolean };

export interface CommandLine {
  command: Command;
  /** The arguments after the command (trigger's EVENT). */
  args: string[];
  values: FlagValues;
}

const isCommand = (word: string): word is Command => Object.hasOwn(COMMANDS, word);

export function readCommandLine(argv: string[]): CommandLine {
  const { values, positionals, tokens } = parseArgs({ args: argv, options: FLAGS, allowPositionals: true, strict: false, tokens: true });
  const [first, ...rest] = positionals;
  const explicit = first !== undefined && isCommand(first);
  const command: Command = explicit ? first : 'start';
  const args = explicit ? rest : positionals;
  const help = `See babysea-mock ${command === 'start' ? '' : `${command} `}--help.`;
  if (first !== undefined && !explicit) {
    throw new UsageError(`Unknown command "${first}": the commands are ${Object.keys(COMMANDS).join(', ')}. See babysea-mock --help.`);
  }
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const flag = Object.hasOwn(FLAGS, token.name) ? (FLAGS[token.name as FlagName] as Flag) : undefined;
    if (!flag) throw new UsageError(`Unknown flag ${token.rawName} for ${command}. ${help}`);
    if (!flag.commands.includes(command)) {
      throw new UsageError(`${command} does not take ${token.rawName} (a flag of ${flag.commands.join(' and ')}). ${help}`);
    }
    if (flag.type === 'string' && token.value === undefined) {
      throw new UsageError(`${token.rawName} needs a value: ${flagSignature(token.name, flag)}. ${help}`);
    }
    if (flag.type === 'boolean' && token.value !== undefined) throw new UsageError(`${token.rawName} takes no value. ${help}`);
  }
  const takes = command === 'trigger' ? 1 : 0;
  if (args.length > takes) {
    throw new UsageError(`${command} takes ${takes === 0 ? 'no arguments' : 'one event'}, got "${args.join(' ')}". ${help}`);
  }
  return { command, args, values: values as FlagValues };
}
