// Ajv (JSON Schema 2020-12, as OpenAPI 3.1 uses) over the spec's own schemas: the whole document is
// added once and every validator is a `$ref` into it, so `$ref`s resolve as they do in the spec.
// Requests are checked before a handler runs (and answer 400/422 computed from the violation);
// responses and webhook bodies are checked before they leave.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { type OpenApiDocument, type OperationSpec, SPEC, webhookSchemaPointer } from './spec.ts';

const SPEC_ID = 'babysea-openapi.json';
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => void;

/** A request field that breaks the spec or the catalog, as the API reports it. */
export interface Violation {
  /** 400 for a missing required field or a body that is not JSON; 422 for a value out of range. */
  status: 400 | 422;
  field: string;
  message: string;
  allowed?: unknown[];
}

function newAjv(document: OpenApiDocument, coerceTypes: boolean): Ajv2020 {
  // strict: false because the document carries OpenAPI keywords (x-clamped, example) next to schema ones.
  const ajv = new Ajv2020({ strict: false, allErrors: false, coerceTypes, validateSchema: false });
  addFormats(ajv);
  ajv.addSchema(document as object, SPEC_ID);
  return ajv;
}

export class SpecValidator {
  readonly #values: Ajv2020;
  readonly #params: Ajv2020;
  readonly #cache = new Map<string, ValidateFunction>();
  /** Per operation and location: the compiled check and each parameter's name as the spec writes it (null: none there). */
  readonly #parameterChecks = new Map<string, { validate: ValidateFunction; display: Record<string, string> } | null>();

  constructor(document: OpenApiDocument = SPEC) {
    this.#values = newAjv(document, false);
    this.#params = newAjv(document, true);
  }

  /** A validator for the schema at `pointer` (cached). */
  at(pointer: string): ValidateFunction {
    return this.#compile(this.#values, pointer, pointer);
  }

  #compile(ajv: Ajv2020, key: string, ref: string | object): ValidateFunction {
    let validate = this.#cache.get(key);
    if (!validate) {
      validate = ajv.compile(typeof ref === 'string' ? { $ref: SPEC_ID + ref } : ref);
      this.#cache.set(key, validate);
    }
    return validate;
  }

  /**
   * Checks (and coerces, in place: query strings become numbers and booleans) the parameters of one
   * location; returns the first violation.
   */
  checkParameters(operation: OperationSpec, location: 'path' | 'query' | 'header', values: Record<string, unknown>): Violation | undefined {
    const check = this.#parameterCheck(operation, location);
    if (!check || check.validate(values)) return undefined;
    return violationOf(check.validate.errors ?? [], (field) => check.display[field] ?? field, location === 'path' ? 400 : 422);
  }

  /** The parameters of one location as one object schema, compiled on first use. */
  #parameterCheck(operation: OperationSpec, location: 'path' | 'query' | 'header') {
    const key = `${operation.operationId}:${location}`;
    let check = this.#parameterChecks.get(key);
    if (check === undefined) {
      const parameters = operation.parameters.filter((p) => p.in === location);
      const name = (p: { name: string }) => (location === 'header' ? p.name.toLowerCase() : p.name);
      check =
        parameters.length === 0
          ? null
          : {
              validate: this.#params.compile({
                type: 'object',
                properties: Object.fromEntries(parameters.map((p) => [name(p), { $ref: SPEC_ID + p.schemaPointer }])),
                required: parameters.filter((p) => p.required).map(name),
              }),
              display: Object.fromEntries(parameters.map((p) => [name(p), p.name])),
            };
      this.#parameterChecks.set(key, check);
    }
    return check;
  }

  /** Checks a JSON request body against the operation's schema. */
  checkBody(operation: OperationSpec, body: unknown): Violation | undefined {
    if (!operation.requestBodyPointer) return undefined;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return { status: 400, field: 'body', message: 'The request body must be a JSON object.' };
    }
    const order = (body as Record<string, unknown>).generation_provider_order;
    if (operation.operationId === 'generateVideo' && typeof order === 'string' && order.startsWith('cloudflare')) {
      // The schema's pattern says no; the route's rule says why.
      return {
        status: 422,
        field: 'generation_provider_order',
        message: `generation_provider_order ${order} is not accepted: the video route takes no Cloudflare-first order.`,
      };
    }
    const validate = this.at(operation.requestBodyPointer);
    if (validate(body)) return undefined;
    return violationOf(validate.errors ?? [], (field) => field, 422);
  }

  /** Every way a response breaks the spec: undeclared status, header or body schema. Empty when it conforms. */
  checkResponse(operation: OperationSpec, status: number, headers: Headers, body: unknown): string[] {
    const declared = operation.responses[String(status)];
    if (!declared)
      return [`status ${status} is not declared for ${operation.operationId} (declared: ${Object.keys(operation.responses).join(', ')})`];
    const problems: string[] = [];
    for (const [name, header] of Object.entries(declared.headers)) {
      const raw = headers.get(name);
      if (raw === null) continue;
      const type = header.schema?.type;
      const value = type === 'integer' || type === 'number' ? (/^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw) : raw;
      const validate = this.at(header.schemaPointer);
      if (!validate(value)) problems.push(`header ${name}: ${describeErrors(validate.errors)}`);
    }
    if (declared.schemaPointer) {
      const validate = this.at(declared.schemaPointer);
      if (!validate(body)) problems.push(`body: ${describeErrors(validate.errors)}`);
    } else if (body !== undefined) {
      problems.push('body: the spec declares no body for this response');
    }
    return problems;
  }

  /** Checks a body against a component schema, e.g. `ErrorResponse`. */
  checkSchema(name: string, value: unknown): string[] {
    const validate = this.at(`#/components/schemas/${name}`);
    return validate(value) ? [] : [describeErrors(validate.errors)];
  }

  /** Checks a webhook body against the schema of its event in the spec's `webhooks:`. */
  checkWebhook(event: string, payload: unknown): string[] {
    const validate = this.at(webhookSchemaPointer(event));
    return validate(payload) ? [] : [describeErrors(validate.errors)];
  }
}

export function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`).join('; ');
}

const ORDER_HINT = 'must be `fastest` or providers separated by a comma and a space, e.g. `fal, replicate`';

/** The violation to report for Ajv's errors: a missing required field first, else the first bad value. */
function violationOf(errors: ErrorObject[], displayName: (field: string) => string, status: 400 | 422): Violation {
  const missing = errors.find((e) => e.keyword === 'required');
  if (missing) {
    const field = displayName(String((missing.params as { missingProperty: string }).missingProperty));
    return { status: 400, field, message: `${field} is required.` };
  }
  const anyOf = errors.find((e) => e.keyword === 'anyOf');
  const error = anyOf ?? errors[0]!;
  const [top = '', ...rest] = error.instancePath.split('/').slice(1);
  const field = displayName(top) + rest.map((part) => `[${part}]`).join('');
  if (!top) return { status: 400, field: 'body', message: `The request is malformed: ${error.message}.` };
  const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues;
  const message = error.keyword === 'anyOf' && top === 'generation_provider_order' ? ORDER_HINT : (error.message ?? 'is invalid');
  return { status, field, message: `${field} ${message}.`, ...(allowed ? { allowed } : {}) };
}
