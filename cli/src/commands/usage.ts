/** `babysea usage`: requests, generations and credits over the last days. */
import type { Command } from 'commander';
import { action } from '../action.ts';
import { columns, credits, fields } from '../format.ts';
import { integer } from '../values.ts';

export function register(program: Command): void {
  program
    .command('usage')
    .description('show requests, generations and credits spent over the last days')
    .option('--days <n>', 'how many days back (1-90)', integer(1, 90), 30)
    .action(
      action<{ days: number }>(async (session, _args, options) => {
        const client = await session.client();
        const { data } = await client.usage(options.days, { signal: session.signal });
        const { output } = session;
        if (output.json) {
          output.data(data);
          return undefined;
        }
        const lines = fields([
          ['days', data.usage_period_days],
          [
            'requests',
            `${data.usage_total_requests} (${data.usage_total_success} ok, ${data.usage_total_client_errors} client errors, ${data.usage_total_server_errors} server errors)`,
          ],
          ['generations', data.usage_total_generations],
          ['credits spent', credits(data.usage_total_estimated_cost)],
          ['balance', credits(data.usage_credit_balance)],
        ]);
        for (const line of lines) output.result(line);
        const providers = data.usage_providers ?? [];
        if (providers.length > 0) {
          output.result('');
          const table = columns([
            ['PROVIDER', 'SUBMISSIONS', 'USED', 'FAILED', 'CANCELED', 'CREDITS'],
            ...providers.map((p) => [
              p.provider,
              String(p.total_submissions),
              String(p.used_count),
              String(p.failed_count),
              String(p.cancelled_count),
              credits(p.total_estimated_cost),
            ]),
          ]);
          for (const line of table) output.result(line);
        }
        return undefined;
      }),
    );
}
