/** Small formatters for people: durations, credits, tables. */

/** `850 ms`, `6.2 s`, `2 min 5 s`. */
export function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}

/** Credits as the API counts them, without float noise: 0.005, 184.25. */
export function credits(value: number | undefined | null): string {
  if (value === undefined || value === null) return 'unknown';
  return String(Math.round(value * 1e6) / 1e6);
}

/** Rows as aligned columns (the last column is not padded). */
export function columns(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}

/** Key-value lines for one record, skipping empty values. */
export function fields(entries: readonly [string, unknown][]): string[] {
  const shown = entries.filter(([, value]) => value !== undefined && value !== null && value !== '');
  const width = Math.max(0, ...shown.map(([key]) => key.length));
  return shown.map(([key, value]) => `${`${key}:`.padEnd(width + 1)}  ${Array.isArray(value) ? value.join(', ') : String(value)}`);
}
