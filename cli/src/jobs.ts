/**
 * A batch file: JSON Lines (one `{ "id", "model", "prompt", … }` per line) or CSV (a header row of
 * id, model, prompt and parameter columns). Parameters take the names `generate` takes (`ratio`,
 * `count`, `duration`, …) or any `generation_*` name; a job without an id is named after its line
 * (`line-3`) or row (`row-2`), which stays stable while the file does. Any problem is a usage error
 * naming the line, before anything is sent.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { UsageError } from './exit-codes.ts';
import { type Params, parameterName } from './params.ts';
import { looseValue } from './values.ts';

export interface FileJob {
  id: string;
  model: string;
  params: Params;
  /** Where it is in the file, for messages: `jobs.csv row 2`. */
  where: string;
}

/** Reads and checks every job of the file. */
export async function readJobsFile(path: string): Promise<FileJob[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(`Cannot read the batch file ${path} (${reason}): check the path.`);
  }
  const ext = extname(path).toLowerCase();
  const csv = ext === '.csv' || (!['.jsonl', '.ndjson', '.json'].includes(ext) && !text.trimStart().startsWith('{'));
  const jobs = csv ? await fromCsv(path, text) : fromJsonLines(path, text);
  if (jobs.length === 0)
    throw new UsageError(
      `${path} holds no jobs: one per line, e.g. {"id": "seal-1", "model": "bfl/flux-schnell", "prompt": "A baby seal"}.`,
    );
  const seen = new Map<string, string>();
  for (const job of jobs) {
    const earlier = seen.get(job.id);
    if (earlier) throw new UsageError(`${job.where}: the id "${job.id}" is also the id of ${earlier}: every job needs its own.`);
    seen.set(job.id, job.where);
  }
  return jobs;
}

/** A job from the fields of one line or row. */
function jobOf(fields: Record<string, unknown>, where: string, defaultId: string): FileJob {
  const { id, model, params: nested, ...rest } = fields;
  if (typeof model !== 'string' || model.trim() === '') throw new UsageError(`${where}: no model (e.g. "model": "bfl/flux-schnell").`);
  if (id !== undefined && id !== null && typeof id !== 'string' && typeof id !== 'number')
    throw new UsageError(`${where}: the id must be text.`);
  if (nested !== undefined && (typeof nested !== 'object' || nested === null || Array.isArray(nested)))
    throw new UsageError(`${where}: "params" must be an object of generation_* parameters.`);
  const params: Params = {};
  for (const [key, value] of Object.entries({ ...(nested as Params | undefined), ...rest })) {
    if (value === undefined || value === null || value === '') continue;
    const name = parameterName(key);
    params[name] = name === 'generation_input_file' && typeof value === 'string' ? [value] : value;
  }
  if (typeof params.generation_prompt !== 'string' || params.generation_prompt.trim() === '')
    throw new UsageError(`${where}: no prompt (e.g. "prompt": "A baby seal on the beach").`);
  const name = id === undefined || id === null || id === '' ? defaultId : String(id);
  return { id: name, model: model.trim(), params, where };
}

function fromJsonLines(path: string, text: string): FileJob[] {
  const jobs: FileJob[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${path} line ${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new UsageError(`${where}: not JSON (JSON Lines: one object per line).`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError(`${where}: expected a JSON object.`);
    jobs.push(jobOf(value as Record<string, unknown>, where, `line-${i + 1}`));
  });
  return jobs;
}

async function fromCsv(path: string, text: string): Promise<FileJob[]> {
  const { parse } = await import('csv-parse/sync');
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    throw new UsageError(`${path}: not readable as CSV (${(error as Error).message}).`);
  }
  return rows.map((row, i) => {
    const fields: Record<string, unknown> = {};
    // Cells are text: numbers and booleans become what they say, but the id, model and prompt stay text.
    for (const [column, cell] of Object.entries(row)) {
      const key = column.trim();
      fields[key] = ['id', 'model', 'prompt', 'generation_prompt'].includes(key) ? cell : looseValue(cell);
    }
    return jobOf(fields, `${path} row ${i + 1}`, `row-${i + 1}`);
  });
}
