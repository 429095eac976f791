// The catalog and health views: the spec's examples, with the provider-down scenario showing through.

import { type JsonObject, namedExample } from '../spec.ts';
import type { HandlerContext, Handlers } from './context.ts';

const example = ({ core }: HandlerContext, operationId: string, name: string) =>
  namedExample<JsonObject>(core.operations, operationId, '200', name).data as JsonObject;

export const libraryHandlers: Handlers<
  'libraryProviders' | 'libraryModels' | 'healthProviders' | 'healthModels' | 'healthStorage' | 'healthCache'
> = {
  libraryProviders: (c) => ({ data: example(c, 'libraryProviders', 'catalog') }),
  libraryModels: (c) => ({ data: example(c, 'libraryModels', 'catalog') }),

  healthProviders: (c) => {
    const data = example(c, 'healthProviders', 'mixed');
    const providers = data.providers as JsonObject[];
    for (const name of c.core.scenarios.downProviders) {
      let entry = providers.find((p) => p.provider === name);
      if (!entry) {
        entry = { provider: name, window: { total_attempts: 0, failures: 0, successes: 0, duration_seconds: 300 } };
        providers.push(entry);
      }
      entry.status = 'degraded';
      entry.failure_rate = 1;
    }
    data.providers_total = providers.length;
    return { data };
  },

  healthModels: (c) => {
    const data = example(c, 'healthModels', 'available');
    for (const model of data.models as JsonObject[]) {
      for (const [provider, availability] of Object.entries(model.providers as Record<string, JsonObject>)) {
        if (c.core.scenarios.downProviders.has(provider)) availability.available = false;
      }
    }
    return { data };
  },

  healthStorage: (c) => ({ data: example(c, 'healthStorage', 'healthy') }),
  healthCache: (c) => ({ data: example(c, 'healthCache', 'healthy') }),
};
