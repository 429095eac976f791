/** `babysea list`: recent generations, newest first (`--all` for every one). */
import type { Command } from 'commander';
import { action } from '../action.ts';
import { columns } from '../format.ts';
import type { Generation } from '../sdk.ts';
import { integer } from '../values.ts';

interface ListOptions {
  limit: number;
  offset?: number;
  all?: boolean;
}

export function register(program: Command): void {
  program
    .command('list')
    .description('list your generations, newest first')
    .option('--limit <n>', 'how many (1-100)', integer(1, 100), 20)
    .option('--offset <n>', 'skip the newest N', integer(0))
    .option('--all', 'every generation, page after page')
    .addHelpText('after', '\nExample:\n  $ babysea list --all --json | jq -r \'select(.generation_status == "failed") | .generation_id\'')
    .action(
      action<ListOptions>(async (session, _args, options) => {
        const client = await session.client();
        const { output } = session;
        const query = { limit: options.all ? 100 : options.limit, ...(options.offset ? { offset: options.offset } : {}) };
        const rows: Generation[] = [];
        const show = (g: Generation) => (output.json ? output.data(g) : rows.push(g));
        if (options.all) {
          for await (const g of client.listGenerations(query, { signal: session.signal })) show(g);
        } else {
          const page = await client.listGenerations(query, { signal: session.signal });
          for (const g of page.data.generations) show(g);
        }
        if (output.json) return undefined;
        if (rows.length === 0) {
          output.note('No generations yet: `babysea generate MODEL "PROMPT"` makes one.');
          return undefined;
        }
        const table = columns([
          ['ID', 'STATUS', 'MODEL', 'CREATED'],
          ...rows.map((g) => [g.generation_id ?? '', g.generation_status ?? '', g.model_identifier ?? '', g.generation_created_at ?? '']),
        ]);
        for (const line of table) output.result(line);
        return undefined;
      }),
    );
}
