/** `babysea models`: the model catalog (ids, type, price, providers, parameters). */
import { type Command, Option } from 'commander';
import { action } from '../action.ts';
import { fetchModels } from '../catalog.ts';
import { columns } from '../format.ts';
import type { LibraryModel } from '../sdk.ts';

/** A model's price for people: per image, or per second of video (per resolution, with or without audio). */
function price(model: LibraryModel): string {
  const pricing = model.model_pricing as number | Record<string, number> | undefined;
  const unit = model.model_type === 'video' ? '/s' : '/image';
  if (typeof pricing === 'number') return `${pricing}${unit}`;
  if (pricing && typeof pricing === 'object') {
    const values = Object.values(pricing);
    return `${Math.min(...values)}–${Math.max(...values)}${unit}`;
  }
  return '';
}

export function register(program: Command): void {
  program
    .command('models')
    .description('list the models: id, type, price in credits, providers')
    .addOption(new Option('--type <type>', 'only image or only video models').choices(['image', 'video']))
    .addHelpText('after', '\n`--json` gives each model whole, with the parameters it takes (`schema`, `specific_schema`).')
    .action(
      action<{ type?: 'image' | 'video' }>(async (session, _args, options) => {
        const client = await session.client();
        const models = (await fetchModels(client, session.signal)).filter((m) => !options.type || m.model_type === options.type);
        const { output } = session;
        if (output.json) {
          for (const model of models) output.data(model);
          return undefined;
        }
        const table = columns([
          ['MODEL', 'TYPE', 'PRICE', 'PROVIDERS'],
          ...models.map((m) => [m.model_identifier, m.model_type, price(m), ((m.model_supported_provider as string[]) ?? []).join(', ')]),
        ]);
        for (const line of table) output.result(line);
        return undefined;
      }),
    );
}
