/** Flag value parsers for commander: a bad value is one line naming the flag, exit code 2. */
import { InvalidArgumentError } from 'commander';

/** An integer from `min` to `max`. */
export function integer(min: number, max = Number.MAX_SAFE_INTEGER) {
  return (text: string): number => {
    const value = Number(text);
    if (!/^\s*-?\d+\s*$/.test(text) || !Number.isSafeInteger(value) || value < min || value > max) {
      throw new InvalidArgumentError(
        max === Number.MAX_SAFE_INTEGER ? `expected an integer ≥ ${min}.` : `expected an integer from ${min} to ${max}.`,
      );
    }
    return value;
  };
}

/** A number greater than 0. */
export function positiveNumber(text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value <= 0) throw new InvalidArgumentError('expected a number greater than 0.');
  return value;
}

/** Collects a repeatable flag's values. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** A value from the command line or a CSV cell: JSON when it parses (numbers, booleans, arrays), else the text itself. */
export function looseValue(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return text;
  if (/^[-\d[{]|^(true|false|null)$/.test(trimmed)) {
    try {
      return JSON.parse(trimmed);
    } catch {
      // Plain text after all.
    }
  }
  return text;
}
