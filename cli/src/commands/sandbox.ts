/** `babysea sandbox`: the local BabySea sandbox on a port, until Ctrl-C. */
import type { Command } from 'commander';
import { action } from '../action.ts';
import { SANDBOX_KEY } from '../session.ts';
import { integer, positiveNumber } from '../values.ts';

interface SandboxOptions {
  port: number;
  speed?: number;
  state?: string;
}

export function register(program: Command): void {
  program
    .command('sandbox')
    .description('start the local sandbox: a stateful BabySea API on 127.0.0.1, no key or network needed')
    .option('-p, --port <n>', 'port (0 picks a free one)', integer(0, 65535), 4010)
    .option('--speed <factor>', 'run generations FACTOR times faster', positiveNumber)
    .option('--state <file>', 'keep its state in this JSON file across restarts')
    .addHelpText(
      'after',
      `
Any key starting with bye_ works against it; magic keys and prompt markers make it fail on purpose
(e.g. --api-key bye_test_zero_balance, or "[fail]" in a prompt): \`npx babysea-mock scenarios\` lists them.
For every sandbox flag (webhooks, chaos, a manual clock), run \`npx babysea-mock --help\`.
To run one command against a sandbox of its own instead, add --sandbox to it.`,
    )
    .action(
      action<SandboxOptions>(async (session, _args, options) => {
        const url = await session.startSandbox({
          port: options.port,
          ...(options.speed ? { speed: options.speed } : {}),
          ...(options.state ? { stateFile: options.state } : {}),
        });
        const { output } = session;
        if (output.json) output.data({ url, api_key: SANDBOX_KEY });
        else {
          output.result(`BabySea sandbox on ${url} (control page: ${url}/__sandbox/). Ctrl-C stops it.`);
          output.result(`Try, in another terminal:`);
          output.result(`  export BABYSEA_BASE_URL=${url} BABYSEA_API_KEY=${SANDBOX_KEY}`);
          output.result(`  babysea generate bfl/flux-schnell "A baby seal on the beach" --out seals`);
        }
        // Runs until Ctrl-C or SIGTERM; the session then stops the server.
        await new Promise<void>((resolve) => session.signal.addEventListener('abort', () => resolve(), { once: true }));
        output.note('Sandbox stopped.');
        return 0;
      }),
    );
}
