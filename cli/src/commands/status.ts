/** `babysea status`: whether the API key works, and what it is. */
import type { Command } from 'commander';
import { action } from '../action.ts';
import { fields } from '../format.ts';

export function register(program: Command): void {
  program
    .command('status')
    .description('check the API key: its name, prefix, dates')
    .action(
      action(async (session) => {
        const client = await session.client();
        const { data } = await client.status({ signal: session.signal });
        const { output } = session;
        if (output.json) {
          output.data(data);
          return undefined;
        }
        const lines = fields([
          ['key', `${data.apikey_prefix}… (${data.apikey_name})`],
          ['account', data.account_id],
          ['created', data.apikey_created_at],
          ['last used', data.apikey_last_used_at],
          ['expires', data.apikey_expires_at ?? 'never'],
        ]);
        for (const line of lines) output.result(line);
        return undefined;
      }),
    );
}
