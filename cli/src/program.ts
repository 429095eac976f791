/** The `babysea` program: global options, and one module per command (commands/). */
import { Command, Option } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import * as balance from './commands/balance.ts';
import * as batch from './commands/batch.ts';
import * as cancel from './commands/cancel.ts';
import * as completion from './commands/completion.ts';
import * as del from './commands/delete.ts';
import * as estimate from './commands/estimate.ts';
import * as generate from './commands/generate.ts';
import * as get from './commands/get.ts';
import * as health from './commands/health.ts';
import * as list from './commands/list.ts';
import * as models from './commands/models.ts';
import * as sandbox from './commands/sandbox.ts';
import * as status from './commands/status.ts';
import * as usage from './commands/usage.ts';
import * as wait from './commands/wait.ts';
import { positiveNumber } from './values.ts';

export const VERSION: string = pkg.version;

const FOOTER = `
Environment:
  BABYSEA_API_KEY   the API key (--api-key wins)
  BABYSEA_BASE_URL  the API host (--base-url wins), e.g. a sandbox: http://127.0.0.1:4010
  BABYSEA_REGION    us, eu or jp (--region wins)
  NO_COLOR          no colours

Exit codes: 0 success, 1 a generation or request failed, 2 bad input (nothing was sent),
130 stopped by Ctrl-C.

Try it without a key or network: babysea --sandbox generate bfl/flux-schnell "A baby seal" --out seals
Docs: https://github.com/babysea-ai/babysea-typescript/blob/main/docs/cli.md`;

/** Builds the program; `completion: false` leaves out the completion command (the completion adapter adds its own). */
export function buildProgram({ completion: withCompletion = true } = {}): Command {
  const program = new Command('babysea')
    .description('Generate images and video with BabySea, one API in front of many inference providers.')
    .version(VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help (also: babysea help COMMAND)')
    .option('--api-key <key>', 'API key (default: $BABYSEA_API_KEY)')
    .addOption(new Option('--region <region>', 'API region (default: $BABYSEA_REGION, else us)').choices(['us', 'eu', 'jp']))
    .option('--base-url <url>', "API host, e.g. a sandbox's http://127.0.0.1:4010 (default: $BABYSEA_BASE_URL, else the region's)")
    .option('--sandbox', 'run against a sandbox started in this process: no key, no network, nothing billed')
    .option('--sandbox-speed <factor>', 'with --sandbox: generations run FACTOR times faster', positiveNumber)
    .option('--json', 'print results as JSON, one object per line (for scripts and jq)')
    .option('-q, --quiet', 'print only results: no progress, no notes')
    .option('--no-color', 'no colours (as NO_COLOR=1 does)')
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      // Commander's error and its suggestion on one line.
      outputError: (text, write) => write(`${text.trim().replace(/\n+/g, ' ')}\n`),
    })
    .addHelpText('after', FOOTER);
  const modules = [generate, wait, get, list, cancel, del, models, estimate, balance, usage, status, health, batch, sandbox];
  for (const module of withCompletion ? [...modules, completion] : modules) module.register(program);
  for (const command of program.commands) {
    command.exitOverride().configureOutput({ outputError: (text, write) => write(`${text.trim().replace(/\n+/g, ' ')}\n`) });
    command.addHelpText('afterAll', '\nGlobal options (--api-key, --sandbox, --json, --quiet, …): babysea --help');
  }
  return program;
}
