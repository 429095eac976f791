/**
 * Preparing a call: its arguments and options checked against the spec and the option rules, its
 * URL (built by openapi-fetch's serializers), headers and JSON body made once, so every attempt
 * sends the same bytes and the same idempotency key. Anything wrong throws here, before sending.
 */
import { createFinalURL, createQuerySerializer, defaultPathSerializer } from 'openapi-fetch';
import { operations } from '../../generated/constraints.js';
import type { ClientContext } from './context.js';
import { BabySeaValidationError } from './errors.js';
import { type ArgumentNames, checkCall, fail, type OperationKey, operationRule } from './guards.js';
import { headerRecord } from './headers.js';
import { POST_REQUEST_OPTIONS, REQUEST_OPTIONS, readOptions } from './options.js';
import { newIdempotencyKey } from './uuid.js';

export type HttpMethod = 'GET' | 'POST' | 'DELETE';

/** What a call passes besides its options, as openapi-fetch's `params` and `body`. */
export interface CallInit {
  params?: { path?: Record<string, unknown>; query?: Record<string, unknown> };
  body?: unknown;
}

/** One call, checked and ready to send. */
export interface Call {
  method: HttpMethod;
  /** The spec's path template, e.g. `/v1/content/{generation_id}`. */
  path: string;
  key: OperationKey;
  params: NonNullable<CallInit['params']>;
  url: string;
  /** Lower-cased names; the client's, then the call's, then the SDK's own for this call. */
  headers: Record<string, string>;
  /** The JSON body, serialized once for every attempt. */
  body: string | undefined;
  timeout: number;
  maxRetries: number;
  signal: AbortSignal | undefined;
  /** The route declares `Idempotency-Key`: answers say whether they were replayed. */
  idempotent: boolean;
}

const querySerializer = createQuerySerializer();

export function prepareCall(
  context: ClientContext,
  method: HttpMethod,
  path: string,
  init: CallInit | (() => CallInit) | undefined,
  options: unknown,
  names: ArgumentNames | undefined,
): Call {
  const key = `${method} ${path}` as OperationKey;
  if (!Object.hasOwn(operations, key)) fail('path', `${method} ${JSON.stringify(path)} is not an operation of the BabySea API spec.`);
  const idempotent = operationRule(key).params.header?.['Idempotency-Key'] !== undefined;
  const given = readOptions('', options, idempotent ? POST_REQUEST_OPTIONS : REQUEST_OPTIONS);
  const call = typeof init === 'function' ? init() : (init ?? {});
  checkCall(key, call, names);
  const params = call.params ?? {};
  const headers = given.headers ? { ...context.headers, ...headerRecord(given.headers) } : { ...context.headers };
  if (given.headers?.some(([name]) => name === 'authorization')) context.redactor.add(headers.authorization!.replace(/^Bearer\s+/i, ''));
  let body: string | undefined;
  if (call.body !== undefined) {
    body = serialize(call.body);
    headers['content-type'] = 'application/json';
  }
  // The SDK's own key replaces a raw header of that name: every generate call has exactly one.
  if (idempotent) headers['idempotency-key'] = (given as { idempotencyKey?: string }).idempotencyKey ?? newIdempotencyKey();
  return {
    method,
    path,
    key,
    params,
    url: createFinalURL(path, { baseUrl: context.baseUrl, params, querySerializer, pathSerializer: defaultPathSerializer }),
    headers,
    body,
    timeout: given.timeout ?? context.timeout,
    maxRetries: given.maxRetries ?? context.maxRetries,
    signal: given.signal,
    idempotent,
  };
}

function serialize(body: unknown): string {
  try {
    return JSON.stringify(body);
  } catch (error) {
    throw new BabySeaValidationError(
      'body',
      `cannot be sent as JSON (${error instanceof Error ? error.message.split('\n')[0] : String(error)}): pass plain data (no BigInt, no circular references).`,
    );
  }
}
