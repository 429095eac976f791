// Reads the bundled spec's named examples, so tests compare what the SDK returns with what the spec promises.
import { readFileSync } from 'node:fs';

export const spec = JSON.parse(readFileSync(new URL('../../generated/openapi.json', import.meta.url), 'utf8'));

/** Follows a local `$ref` to what it points at. */
export function resolve(node: any): any {
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
  return operations().map((op) => op.operationId);
}

/** Every operation object of the spec's paths. */
export function operations(): any[] {
  return Object.values<any>(spec.paths).flatMap((item) => Object.values<any>(item));
}

/** An operation's TypeScript SDK sample (its x-codeSamples), as the API reference shows it. */
export function codeSample(operationId: string): string {
  return operations().find((op) => op.operationId === operationId)['x-codeSamples'][0].source;
}
