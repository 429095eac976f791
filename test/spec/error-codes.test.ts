// The error codes live in one place, the spec (`x-codes` of ApiError's `code`): every code its
// examples show is listed there, with the type those examples give it, and (in an answer) the status
// of the response that carries it. The introduction's table, the SDK's and the sandbox's lists are
// generated from it.
import { expect, it } from 'vitest';
import { errorCodes } from '../../generated/constraints.js';
import { resolve, spec } from '../helpers/spec.js';

/** Every `{ code, type }` in the examples of every error response, with the status it answers with (none inside provider_errors). */
function exampleCodes() {
  const found: { where: string; code: string; type: string; status?: number }[] = [];
  for (const [path, item] of Object.entries<any>(spec.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      for (const [status, response] of Object.entries<any>(op.responses ?? {})) {
        for (const [name, example] of Object.entries<any>(resolve(response).content?.['application/json']?.examples ?? {})) {
          const error = example.value?.error;
          if (!error) continue;
          const where = `${method.toUpperCase()} ${path} ${status} ${name}`;
          found.push({ where, code: error.code, type: error.type, status: Number(status) });
          for (const provider of error.provider_errors ?? [])
            found.push({ where: `${where} provider_errors`, code: provider.code, type: provider.type });
        }
      }
    }
  }
  return found;
}

it('every code the spec’s examples show is in its table, with the same type and status', () => {
  const found = exampleCodes();
  expect(found.length).toBeGreaterThan(20);
  const problems = found.flatMap(({ where, code, type, status }) => {
    const listed = (errorCodes as Record<string, { type: string; status?: number }>)[code];
    if (!listed) return [`${where}: ${code} is not in x-codes`];
    if (listed.type !== type) return [`${where}: ${code} is "${type}" here, "${listed.type}" in x-codes`];
    if (status !== undefined && listed.status !== status) return [`${where}: ${code} answers ${status} here, ${listed.status} in x-codes`];
    return [];
  });
  expect(problems).toEqual([]);
});
