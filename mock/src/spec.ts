// The bundled OpenAPI document, inlined at build time, and the lookups the sandbox needs: the
// operations (routes, scopes, parameters, responses), named examples, webhook schemas.
import specJson from '../../generated/openapi.json' with { type: 'json' };
import { atPointer, deref, type JsonObject, operationsOf, pointer } from '../../openapi/read.mjs';

export type { JsonObject };

export interface ParameterSpec {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: JsonObject;
  /** JSON pointer of the schema inside the document (for Ajv). */
  schemaPointer: string;
}

export interface ResponseSpec {
  status: string;
  headers: Record<string, { schemaPointer: string; schema: JsonObject }>;
  /** Pointer of the JSON body schema, when the response has one. */
  schemaPointer: string | undefined;
  examples: Record<string, unknown>;
}

export interface OperationSpec {
  operationId: string;
  method: 'GET' | 'POST' | 'DELETE';
  /** The spec's path template, e.g. `/v1/content/{generation_id}`. */
  path: string;
  scopes: string[];
  parameters: ParameterSpec[];
  requestBodyPointer: string | undefined;
  responses: Record<string, ResponseSpec>;
}

export interface OpenApiDocument extends JsonObject {
  paths: Record<string, Record<string, JsonObject>>;
  components: JsonObject;
  webhooks: Record<string, JsonObject>;
}

export const SPEC = specJson as unknown as OpenApiDocument;

export { atPointer, deref, pointer };

/** Every operation of `paths`, in document order. */
export function listOperations(document: OpenApiDocument = SPEC): OperationSpec[] {
  return operationsOf(document).map(({ path, method, op: operation }) => {
    const base = pointer('paths', path, method.toLowerCase());
    const parameters = ((operation.parameters as unknown[]) ?? []).map((p, i) => {
      const { value, at } = deref(document, p, `${base}/parameters/${i}`);
      return {
        name: value.name as string,
        in: value.in as ParameterSpec['in'],
        required: value.required === true,
        schema: value.schema as JsonObject,
        schemaPointer: `${at}/schema`,
      };
    });
    const body = operation.requestBody as JsonObject | undefined;
    const responses: Record<string, ResponseSpec> = {};
    for (const [status, r] of Object.entries(operation.responses as JsonObject)) {
      const { value, at } = deref(document, r, `${base}/responses/${status}`);
      const headers: ResponseSpec['headers'] = {};
      for (const [name, h] of Object.entries((value.headers as JsonObject) ?? {})) {
        const header = deref(document, h, `${at}/headers/${encodeURIComponent(name)}`);
        headers[name.toLowerCase()] = { schema: header.value.schema as JsonObject, schemaPointer: `${header.at}/schema` };
      }
      const json = (value.content as JsonObject | undefined)?.['application/json'] as JsonObject | undefined;
      const examples: Record<string, unknown> = {};
      for (const [name, example] of Object.entries((json?.examples as JsonObject) ?? {})) examples[name] = (example as JsonObject).value;
      responses[status] = {
        status,
        headers,
        schemaPointer: json ? `${at}/content/application~1json/schema` : undefined,
        examples,
      };
    }
    const security = (operation.security as Record<string, string[]>[] | undefined) ?? [];
    return {
      operationId: operation.operationId as string,
      method,
      path,
      scopes: security.flatMap((requirement) => requirement.bearerAuth ?? []),
      parameters,
      requestBodyPointer: body ? `${base}/requestBody/content/application~1json/schema` : undefined,
      responses,
    };
  });
}

/** The value of a named example of an operation's response. */
export function namedExample<T = JsonObject>(operations: OperationSpec[], operationId: string, status: string, name: string): T {
  const operation = operations.find((op) => op.operationId === operationId);
  const value = operation?.responses[status]?.examples[name];
  if (value === undefined) throw new Error(`The spec has no example ${operationId} ${status} "${name}".`);
  return structuredClone(value) as T;
}

/** Pointer of the request body schema of a webhook event (`webhooks:` of the spec). */
export function webhookSchemaPointer(event: string): string {
  return pointer('webhooks', event, 'post', 'requestBody', 'content', 'application/json', 'schema');
}

export const WEBHOOK_EVENTS = Object.keys(SPEC.webhooks);
