// Reads the spec's named examples, so tests compare what the SDK returns with what the spec promises.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export const spec = parse(readFileSync(new URL('../../openapi/babysea.yaml', import.meta.url), 'utf8'));

function resolve(node: any): any {
  if (node && typeof node.$ref === 'string') {
    const parts = node.$ref.replace(/^#\//, '').split('/');
    return resolve(parts.reduce((acc: any, key: string) => acc[key], spec));
  }
  return node;
}

/** The value of a named example of an operation's answer, e.g. example('getGeneration', 'failed'). */
export function example(operationId: string, name?: string, status = '200'): any {
  for (const pathItem of Object.values<any>(spec.paths)) {
    for (const operation of Object.values<any>(pathItem)) {
      if (operation?.operationId !== operationId) continue;
      const examples = resolve(operation.responses[status]).content['application/json'].examples;
      return (name ? examples[name] : Object.values<any>(examples)[0]).value;
    }
  }
  throw new Error(`no operation ${operationId}`);
}

/** Every operationId in the spec's paths. */
export function operationIds(): string[] {
  return Object.values<any>(spec.paths).flatMap((item) => Object.values<any>(item).map((op) => op.operationId));
}
