// Prism-compatible overrides: `Prefer: code=404, example=generationNotFound` (or
// ?__code=404&__example=generationNotFound) answers with the spec's named example of that status
// instead of the sandbox's state, as Prism does.
import type { OperationSpec } from '../spec.ts';
import { apiError } from './envelope.ts';

export interface Preference {
  code?: string;
  example?: string;
}

export function readPreference(headers: Headers, url: URL): Preference | undefined {
  const preference: Preference = {};
  for (const part of (headers.get('prefer') ?? '').split(/[,;]/)) {
    const [key, value] = part.split('=').map((s) => s.trim());
    if ((key === 'code' || key === 'example') && value) preference[key] = value.replace(/^"|"$/g, '');
  }
  const code = url.searchParams.get('__code');
  const example = url.searchParams.get('__example');
  if (code) preference.code = code;
  if (example) preference.example = example;
  return preference.code || preference.example ? preference : undefined;
}

/** The status and body the preference names; an unknown code or name is a 400 listing the valid ones. */
export function preferredExample(operation: OperationSpec, preference: Preference): { status: number; body: Record<string, unknown> } {
  const statuses = preference.code ? [preference.code] : Object.keys(operation.responses);
  if (preference.code && !operation.responses[preference.code]) {
    throw apiError(
      'BSE2001',
      `Prefer code=${preference.code} is not a status of ${operation.operationId}; valid codes: ${Object.keys(operation.responses).join(', ')}.`,
      { details: { field: 'Prefer', allowed: Object.keys(operation.responses) }, sandbox: true },
    );
  }
  for (const status of statuses) {
    const examples = operation.responses[status]!.examples;
    const name = preference.example ?? Object.keys(examples)[0];
    if (name !== undefined && name in examples) {
      return { status: Number(status), body: structuredClone(examples[name]) as Record<string, unknown> };
    }
  }
  const valid = statuses.flatMap((status) => Object.keys(operation.responses[status]!.examples).map((name) => `${status}:${name}`));
  throw apiError(
    'BSE2001',
    `No example ${preference.example ?? ''}${preference.code ? ` for status ${preference.code}` : ''} in ${operation.operationId}; valid: ${valid.join(', ')}.`,
    { details: { field: 'Prefer', allowed: valid }, sandbox: true },
  );
}
