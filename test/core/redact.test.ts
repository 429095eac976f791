// The Redactor: what keeps the API key, whole or in part, out of every error and log line, and bounds
// what the SDK takes from the wire. Each case here is one way a key could leak or a bound break.
import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_LENGTH, Redactor } from '../../src/core/redact.js';

const KEY = 'bye_live_0123456789abcdef';

function redactor(...secrets: string[]) {
  const r = new Redactor();
  for (const secret of secrets) r.add(secret);
  return r;
}

describe('redact', () => {
  it('leaves text alone while no secret is known, and an empty secret is never one', () => {
    expect(new Redactor().redact(`key ${KEY}`)).toBe(`key ${KEY}`);
    expect(redactor('').redact('anything at all')).toBe('anything at all');
  });

  it('replaces the whole key, once per occurrence, and keeps the text around it', () => {
    expect(redactor(KEY).redact(`a ${KEY} b ${KEY}`)).toBe('a [redacted] b [redacted]');
    expect(redactor(KEY).redact(KEY)).toBe('[redacted]');
  });

  it('replaces any run of 8 or more of its characters (a cut or an echo of part of it), not 7', () => {
    const r = redactor(KEY);
    expect(r.redact('x 01234567 y')).toBe('x [redacted] y');
    expect(r.redact('x 0123456 y')).toBe('x 0123456 y');
    // The run ends where the text ends, and where it stops matching the key.
    expect(r.redact('tail:89abcdef')).toBe('tail:[redacted]');
    expect(r.redact('89abcdefXYZ')).toBe('[redacted]XYZ');
    expect(r.redact('0123456789abcdef!')).toBe('[redacted]!');
  });

  it('texts shorter than a run are returned as they are', () => {
    const r = redactor('abcdefgh');
    expect(r.redact('abcdefg')).toBe('abcdefg');
    expect(r.redact('abcdefgh')).toBe('[redacted]');
  });

  it('several secrets: a run of each is found, and adding one twice changes nothing', () => {
    // The second secret's run starts at its space: the space before "other" goes too.
    const r = redactor(KEY, 'Bearer other-secret-99', KEY);
    expect(r.redact(`${KEY.slice(3, 15)} and other-secret-99`)).toBe('[redacted] and[redacted]');
  });

  it('secrets holding the characters a regular expression treats specially are matched literally', () => {
    const special = 'k.e*y+(a)[b]{c}|d^e$f?g\\h';
    const r = redactor(special);
    expect(r.redact(`<${special}>`)).toBe('<[redacted]>');
    // Literally: "k.e*y+(a" as a pattern would match "kXeeey+a", which is not the secret.
    expect(r.redact('kXeeeey(a)')).toBe('kXeeeey(a)');
  });
});

describe('scrub', () => {
  it('an error whose message holds the key: message, stack and body message redacted, each still writable', () => {
    const error = Object.assign(new Error(`failed for ${KEY}`), { body: { error: { message: `bad key ${KEY}` } } });
    error.stack = `Error: failed for ${KEY}\n    at somewhere`;
    const scrubbed = redactor(KEY).scrub(error);
    expect(scrubbed).toBe(error);
    expect(error.message).toBe('failed for [redacted]');
    expect(error.stack).toBe('Error: failed for [redacted]\n    at somewhere');
    expect(error.body.error.message).toBe('bad key [redacted]');
    for (const property of ['message', 'stack']) {
      expect(Object.getOwnPropertyDescriptor(error, property)).toMatchObject({ writable: true, configurable: true });
    }
  });

  it('an error whose message is clean is left exactly as it was (its stack included)', () => {
    const error = new Error('nothing secret');
    error.stack = `Error: nothing secret\n    at ${KEY}`;
    redactor(KEY).scrub(error);
    expect(error.stack).toBe(`Error: nothing secret\n    at ${KEY}`);
  });

  it('an error without a stack, a body or a body message is scrubbed without a crash', () => {
    const bare = new Error(`x ${KEY}`);
    bare.stack = undefined;
    expect(redactor(KEY).scrub(bare).message).toBe('x [redacted]');
    expect(redactor(KEY).scrub(Object.assign(new Error(`x ${KEY}`), { body: {} })).message).toBe('x [redacted]');
    const numeric = Object.assign(new Error(`x ${KEY}`), { body: { error: { message: 42 } } });
    expect(redactor(KEY).scrub(numeric).body.error.message).toBe(42);
  });
});

describe('safeText', () => {
  it('bounds text to 500 characters by default, marking the cut', () => {
    const r = new Redactor();
    expect(r.safeText('a'.repeat(MAX_MESSAGE_LENGTH))).toBe('a'.repeat(MAX_MESSAGE_LENGTH));
    expect(r.safeText('a'.repeat(MAX_MESSAGE_LENGTH + 1))).toBe(`${'a'.repeat(MAX_MESSAGE_LENGTH)}…`);
  });

  it('a small bound keeps that many characters of a text longer than it', () => {
    expect(new Redactor().safeText('x'.repeat(20), 10)).toBe(`${'x'.repeat(10)}…`);
    expect(new Redactor().safeText('short', 10)).toBe('short');
  });

  it('redacts before cutting, so a key straddling the bound leaves none of its characters', () => {
    const text = `${'a'.repeat(495)}${KEY}`;
    const safe = redactor(KEY).safeText(text);
    expect(safe).toBe(`${'a'.repeat(495)}[reda…`);
    expect(safe).not.toContain(KEY.slice(0, 5));
  });

  it('a huge text is read only as far as the bound needs, and its key inside that window is still removed', () => {
    const text = `${KEY}${'b'.repeat(100_000)}`;
    expect(redactor(KEY).safeText(text, 20)).toBe('[redacted]bbbbbbbbbb…');
  });
});

describe('safeJson', () => {
  const r = redactor(KEY);

  it('keeps numbers and booleans, makes strings safe, and drops what JSON cannot hold', () => {
    expect(r.safeJson(3)).toBe(3);
    expect(r.safeJson(false)).toBe(false);
    expect(r.safeJson(`k ${KEY}`)).toBe('k [redacted]');
    expect(r.safeJson(null)).toBeUndefined();
    expect(r.safeJson(undefined)).toBeUndefined();
    expect(r.safeJson(() => 1)).toBeUndefined();
    expect(r.safeJson(Symbol('s'))).toBeUndefined();
    expect(r.safeJson(10n)).toBeUndefined();
  });

  it('objects and arrays: 4 levels deep, then "[truncated]"', () => {
    expect(r.safeJson({ a: { b: { c: { d: 1 } } } })).toEqual({ a: { b: { c: { d: 1 } } } });
    expect(r.safeJson({ a: { b: { c: { d: { e: 1 } } } } })).toEqual({ a: { b: { c: { d: '[truncated]' } } } });
    expect(r.safeJson([[[[[1]]]]])).toEqual([[[['[truncated]']]]]);
  });

  it('at most 32 entries per level, for arrays and objects alike', () => {
    const many = Array.from({ length: 40 }, (_, i) => i);
    expect(r.safeJson(many)).toEqual(many.slice(0, 32));
    const wide = Object.fromEntries(many.map((i) => [`k${i}`, i]));
    const safe = r.safeJson(wide) as Record<string, number>;
    expect(Object.keys(safe)).toEqual(many.slice(0, 32).map((i) => `k${i}`));
  });

  it('keys are made safe and bounded to 100 characters; inherited keys are left out', () => {
    const long = 'k'.repeat(150);
    expect(r.safeJson({ [long]: 1, [KEY]: 2 })).toEqual({ [`${'k'.repeat(100)}…`]: 1, '[redacted]': 2 });
    const child = Object.create({ inherited: 1 }) as Record<string, unknown>;
    child.own = 2;
    expect(r.safeJson(child)).toEqual({ own: 2 });
  });
});
