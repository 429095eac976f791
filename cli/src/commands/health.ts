/** `babysea health`: providers, models, storage and cache, as the API sees them now. */
import type { Command } from 'commander';
import { action } from '../action.ts';
import { columns } from '../format.ts';

export function register(program: Command): void {
  program
    .command('health')
    .description('show the health of providers, models, storage and cache')
    .action(
      action(async (session) => {
        const client = await session.client();
        const options = { signal: session.signal };
        const [providers, models, storage, cache] = await Promise.all([
          client.health.providers(options),
          client.health.models(options),
          client.health.storage(options),
          client.health.cache(options),
        ]);
        const { output } = session;
        if (output.json) {
          for (const answer of [providers, models, storage, cache]) output.data(answer.data);
          return undefined;
        }
        const table = columns([
          ['PROVIDER', 'STATUS', 'FAILURE RATE'],
          ...providers.data.providers.map((p) => [p.provider, p.status, `${Math.round(p.failure_rate * 100)} %`]),
        ]);
        for (const line of table) output.result(line);
        const available = models.data.models.filter((m) => Object.values(m.providers ?? {}).some((p) => p.available)).length;
        output.result('');
        output.result(`models: ${available} of ${models.data.models_total} available`);
        output.result(`storage: ${storage.data.healthy ? 'healthy' : 'unhealthy'} (${storage.data.latency_ms} ms)`);
        output.result(`cache: ${cache.data.healthy ? 'healthy' : 'unhealthy'} (${cache.data.latency_ms} ms)`);
        return undefined;
      }),
    );
}
