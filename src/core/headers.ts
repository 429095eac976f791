/**
 * Header values from callers, checked before anything is sent: every form `fetch` accepts
 * (`Headers`, `[name, value]` pairs, a `Map`, a record) is read, and a name or value `fetch` would
 * reject fails here with a validation error naming the option, never echoing the value.
 */
import { BabySeaValidationError } from './errors.js';

/** RFC 9110 token characters. */
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** What a header value may hold: no NUL, CR or LF, nothing beyond Latin-1. */
export const HEADER_VALUE = /^[^\0\r\n\u0100-\uffff]*$/;

export type HeaderList = [name: string, value: string][];

/** A checked, lower-cased list of headers; undefined or null values in a record are left out. */
export function readHeaders(argument: string, headers: unknown): HeaderList {
  if (headers === undefined) return [];
  const list: HeaderList = [];
  const add = (name: unknown, value: unknown) => {
    if (value === undefined || value === null) return;
    if (typeof name !== 'string' || !HEADER_NAME.test(name)) {
      throw new BabySeaValidationError(argument, `${describeName(name)} is not a valid header name.`);
    }
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      throw new BabySeaValidationError(argument, `header "${name}" has a ${typeof value} value; header values are strings.`);
    }
    const text = String(value);
    if (!HEADER_VALUE.test(text)) {
      throw new BabySeaValidationError(
        argument,
        `header "${name}" has a value with a line break, a NUL or a character outside Latin-1, which HTTP cannot carry.`,
      );
    }
    list.push([name.toLowerCase(), text]);
  };
  if (typeof headers !== 'object' || headers === null) {
    throw new BabySeaValidationError(
      argument,
      `expected a Headers object, [name, value] pairs or a record of strings, got ${headers === null ? 'null' : `a ${typeof headers}`}.`,
    );
  }
  if (typeof (headers as Headers).forEach === 'function' && typeof (headers as Headers).get === 'function') {
    (headers as Headers).forEach((value, name) => {
      add(name, value);
    });
  } else if (Symbol.iterator in headers) {
    for (const pair of headers as Iterable<unknown>) {
      if (!Array.isArray(pair) || pair.length !== 2)
        throw new BabySeaValidationError(argument, 'expected every entry to be a [name, value] pair.');
      add(pair[0], pair[1]);
    }
  } else {
    for (const name of Object.keys(headers)) add(name, (headers as Record<string, unknown>)[name]);
  }
  return list;
}

function describeName(name: unknown): string {
  if (typeof name !== 'string') return `a ${typeof name}`;
  return JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name);
}

/** The list as a record, as `fetch` combines repeated names: values joined with ", ". */
export function headerRecord(list: HeaderList): Record<string, string> {
  const record: Record<string, string> = {};
  for (const [name, value] of list) record[name] = name in record ? `${record[name]}, ${value}` : value;
  return record;
}
