/** `babysea balance`: the credit balance and plan. */
import type { Command } from 'commander';
import { action } from '../action.ts';
import { credits } from '../format.ts';

export function register(program: Command): void {
  program
    .command('balance')
    .description('show your credit balance and plan')
    .action(
      action(async (session) => {
        const client = await session.client();
        const { data } = await client.billing({ signal: session.signal });
        const { output } = session;
        if (output.json) output.data(data);
        else if (output.quiet) output.result(credits(data.billing_credit_balance));
        else
          output.result(
            `${credits(data.billing_credit_balance)} credits · plan ${data.billing_plan ?? 'none'}${data.billing_subscription_status ? ` (${data.billing_subscription_status})` : ''}`,
          );
        return undefined;
      }),
    );
}
