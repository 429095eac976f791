// Reads the bundled spec (with openapi/read.mjs, as the scripts and the sandbox do): its named
// examples, so tests compare what the SDK returns with what the spec promises, and its routes.
import { readFileSync } from 'node:fs';
import { operationsOf, refResolver } from '../../openapi/read.mjs';

export const spec = JSON.parse(readFileSync(new URL('../../generated/openapi.json', import.meta.url), 'utf8'));

/** Follows a local `$ref` to what it points at. */
export const resolve: (node: any) => any = refResolver(spec);

// Every operation with its verb, path template and a pattern for its URLs: read once, as every
// fake answer of the tests looks its route up here.
const ROUTES = operationsOf(spec).map(({ method, path, op }) => ({
  method: method as string,
  path,
  operation: op as any,
  pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));
const OPERATIONS = new Map<string, any>(ROUTES.map((route) => [route.operation.operationId, route.operation]));

function operation(operationId: string): any {
  const found = OPERATIONS.get(operationId);
  if (!found) throw new Error(`no operation ${operationId}`);
  return found;
}

/** The value of a named example of an operation's answer, e.g. example('getGeneration', 'failed'). */
export function example(operationId: string, name?: string, status = '200'): any {
  const examples = resolve(operation(operationId).responses[status]).content['application/json'].examples;
  return (name ? examples[name] : Object.values<any>(examples)[0]).value;
}

/** The generation id of the spec's examples (a valid one, that the example answers carry). */
export const ID: string = example('getGeneration').data.generation_id;

/** Every operationId in the spec's paths. */
export function operationIds(): string[] {
  return [...OPERATIONS.keys()];
}

/** Every operation object of the spec's paths. */
export function operations(): any[] {
  return [...OPERATIONS.values()];
}

/** An operation's TypeScript SDK sample (its x-codeSamples), as the API reference shows it; '' if it has none. */
export function codeSample(operationId: string): string {
  const samples = OPERATIONS.get(operationId)?.['x-codeSamples'] ?? [];
  return samples.find((sample: { lang: string }) => sample.lang === 'TypeScript')?.source ?? '';
}

/** Every operation with its verb and path template. */
export function routes(): { method: string; path: string; operation: any }[] {
  return ROUTES;
}

/** The operation a request is for, matched against the path templates. */
export function routeOf(method: string, url: string) {
  const pathname = new URL(url).pathname;
  return ROUTES.find((route) => route.method === method && route.pattern.test(pathname));
}

/** A fetch answer with the spec's first example of the request's operation: what a well-behaved API sends. */
export function specAnswer(request: { method: string; url: string }, headers: Record<string, string> = {}): Response {
  const route = routeOf(request.method, request.url);
  if (!route)
    return Response.json(
      { status: 'error', error: { code: 'BSE4000', type: 'not_found', message: 'no route', retryable: false } },
      { status: 404 },
    );
  return Response.json(example(route.operation.operationId), { headers });
}
