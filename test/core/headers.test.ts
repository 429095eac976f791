// readHeaders: every form fetch accepts is read and lower-cased; a name or value fetch would refuse
// fails before anything is sent, naming the option and never echoing the value.
import { describe, expect, it } from 'vitest';
import { BabySeaValidationError } from '../../src/core/errors.js';
import { headerRecord, readHeaders } from '../../src/core/headers.js';

const refused = (headers: unknown) => {
  try {
    readHeaders('headers', headers);
  } catch (error) {
    expect(error).toBeInstanceOf(BabySeaValidationError);
    expect((error as BabySeaValidationError).argument).toBe('headers');
    return (error as Error).message;
  }
  throw new Error('accepted');
};

describe('readHeaders', () => {
  it('undefined is no headers; Headers, pairs, a Map and a record are read, names lower-cased', () => {
    expect(readHeaders('headers', undefined)).toEqual([]);
    const expected = [
      ['x-a', '1'],
      ['x-b', 'two'],
    ];
    expect(readHeaders('headers', new Headers({ 'X-A': '1', 'X-B': 'two' }))).toEqual(expected);
    expect(
      readHeaders('headers', [
        ['X-A', '1'],
        ['X-B', 'two'],
      ]),
    ).toEqual(expected);
    expect(
      readHeaders(
        'headers',
        new Map([
          ['X-A', '1'],
          ['X-B', 'two'],
        ]),
      ),
    ).toEqual(expected);
    expect(readHeaders('headers', { 'X-A': 1, 'X-B': 'two' })).toEqual(expected);
  });

  it('numbers and booleans become strings; undefined and null values are left out', () => {
    expect(readHeaders('headers', { 'x-n': 0, 'x-t': true, 'x-f': false, 'x-u': undefined, 'x-z': null })).toEqual([
      ['x-n', '0'],
      ['x-t', 'true'],
      ['x-f', 'false'],
    ]);
  });

  it('an object with forEach but no get is read as a record, not as Headers', () => {
    expect(readHeaders('headers', { forEach: undefined, 'x-a': 'b' })).toEqual([['x-a', 'b']]);
  });

  it('what is not headers at all names what it got', () => {
    expect(refused(null)).toBe('Invalid headers: expected a Headers object, [name, value] pairs or a record of strings, got null.');
    expect(refused('x-a: b')).toBe('Invalid headers: expected a Headers object, [name, value] pairs or a record of strings, got a string.');
    expect(refused(42)).toBe('Invalid headers: expected a Headers object, [name, value] pairs or a record of strings, got a number.');
  });

  it('an entry that is not a [name, value] pair is refused', () => {
    expect(refused([['x-a']])).toBe('Invalid headers: expected every entry to be a [name, value] pair.');
    expect(refused([['x-a', 'b', 'c']])).toBe('Invalid headers: expected every entry to be a [name, value] pair.');
    expect(refused(['x-a'])).toBe('Invalid headers: expected every entry to be a [name, value] pair.');
  });

  it('a bad name is quoted (cut after 40 characters); a name that is no string says its type', () => {
    expect(refused({ 'bad name': 'v' })).toBe('Invalid headers: "bad name" is not a valid header name.');
    expect(refused({ [`${'n'.repeat(41)} x`]: 'v' })).toBe(`Invalid headers: "${'n'.repeat(40)}…" is not a valid header name.`);
    expect(refused({ [`${'n'.repeat(39)} `]: 'v' })).toBe(`Invalid headers: "${'n'.repeat(39)} " is not a valid header name.`);
    expect(refused([[7, 'v']])).toBe('Invalid headers: a number is not a valid header name.');
  });

  it('a value that is no string, number or boolean names its type, not its content', () => {
    expect(refused({ 'x-a': { secret: 'bye_live_key' } })).toBe(
      'Invalid headers: header "x-a" has a object value; header values are strings.',
    );
    expect(refused({ 'x-a': 1n })).toBe('Invalid headers: header "x-a" has a bigint value; header values are strings.');
  });

  it('a value HTTP cannot carry is refused without echoing it', () => {
    const message = refused({ 'x-a': 'bye_live_key\r\nx-injected: 1' });
    expect(message).toBe(
      'Invalid headers: header "x-a" has a value with a line break, a NUL or a character outside Latin-1, which HTTP cannot carry.',
    );
    expect(message).not.toContain('bye_live_key');
  });
});

describe('headerRecord', () => {
  it('joins repeated names with ", " as fetch does', () => {
    expect(
      headerRecord([
        ['a', '1'],
        ['b', '2'],
        ['a', '3'],
      ]),
    ).toEqual({ a: '1, 3', b: '2' });
  });
});
