/** `babysea estimate MODEL`: what a generation would cost, and whether the balance covers it. */
import type { Command } from 'commander';
import { action } from '../action.ts';
import { credits } from '../format.ts';
import { integer } from '../values.ts';

interface EstimateOptions {
  count?: number;
  duration?: number;
  resolution?: string;
  audio?: boolean;
}

export function register(program: Command): void {
  program
    .command('estimate')
    .description('price a generation before making it, against your balance')
    .argument('<model>', 'model id, owner/name')
    .option('--count <n>', 'images (default 1)', integer(1, 100))
    .option('--duration <seconds>', 'video: length in seconds', integer(1))
    .option('--resolution <resolution>', 'video: resolution, e.g. 720p')
    .option('--audio', 'video: with audio')
    .option('--no-audio', 'video: without audio')
    .addHelpText(
      'after',
      '\nExamples:\n  $ babysea estimate bfl/flux-schnell --count 10\n  $ babysea estimate google/veo-2 --duration 8 --no-audio',
    )
    .action(
      action<EstimateOptions>(async (session, [model], options) => {
        const client = await session.client();
        const query = {
          ...(options.count === undefined ? {} : { count: options.count }),
          ...(options.duration === undefined ? {} : { duration: options.duration }),
          ...(options.resolution === undefined ? {} : { resolution: options.resolution }),
          ...(options.audio === undefined ? {} : { audio: options.audio }),
        };
        const { data } = await client.estimate(model!, query, { signal: session.signal });
        const { output } = session;
        if (output.json) {
          output.data(data);
          return undefined;
        }
        const what = data.model_type === 'video' ? 'the video' : `${data.assets_count} image(s)`;
        output.result(`${data.model_identifier}: ${credits(data.cost_total_consumed)} credits for ${what}`);
        output.result(
          `balance ${credits(data.credit_balance)}: ${data.credit_balance_can_afford ? `enough (for ${data.credit_balance_max_affordable} like it)` : 'not enough'}`,
        );
        return undefined;
      }),
    );
}
