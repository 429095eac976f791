/**
 * Generation parameters from the command line (and from batch files, which take the same names):
 * the common ones have short names (`ratio` for `generation_ratio`), any other `generation_*`
 * parameter comes as `key=value`, with or without its `generation_` prefix.
 */
import { UsageError } from './exit-codes.ts';
import { looseValue } from './values.ts';

/** Short names of the common parameters: the generate flags and batch columns. */
export const SHORT_NAMES = {
  prompt: 'generation_prompt',
  ratio: 'generation_ratio',
  format: 'generation_output_format',
  count: 'generation_output_number',
  provider_order: 'generation_provider_order',
  duration: 'generation_duration',
  resolution: 'generation_resolution',
  audio: 'generation_generate_audio',
  input_file: 'generation_input_file',
} as const;

export type Params = Record<string, unknown>;

/** `generation_seed` from `seed`, `generation_seed` or a short name (`provider-order` too). */
export function parameterName(key: string): string {
  const name = key.trim().replaceAll('-', '_');
  if (name in SHORT_NAMES) return SHORT_NAMES[name as keyof typeof SHORT_NAMES];
  return name.startsWith('generation_') ? name : `generation_${name}`;
}

/** Adds `--param key=value` pairs to `params`; a pair that is malformed or sets a parameter twice is a usage error. */
export function addParamPairs(params: Params, pairs: readonly string[]): Params {
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    const key = at > 0 ? pair.slice(0, at).trim() : '';
    if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(key)) {
      throw new UsageError(`--param takes KEY=VALUE, e.g. --param seed=42 (got "${pair}").`);
    }
    const name = parameterName(key);
    if (name === 'generation_prompt') throw new UsageError('The prompt is the PROMPT argument, not a --param.');
    if (name in params) throw new UsageError(`${name} is set twice (by a flag and --param, or by two --param): keep one.`);
    params[name] = looseValue(pair.slice(at + 1));
  }
  return params;
}

export interface ParamFlags {
  ratio?: string;
  format?: string;
  count?: number;
  providerOrder?: string;
  duration?: number;
  resolution?: string;
  audio?: boolean;
  inputFile?: string[];
  param?: string[];
}

/** The request body of `generate MODEL PROMPT` with its flags. */
export function paramsFromFlags(prompt: string, flags: ParamFlags): Params {
  if (prompt.trim() === '') throw new UsageError('The prompt is empty: say what to generate, e.g. "A baby seal on the beach".');
  const params: Params = { generation_prompt: prompt };
  const set = (name: string, value: unknown) => {
    if (value !== undefined) params[name] = value;
  };
  set('generation_ratio', flags.ratio);
  set('generation_output_format', flags.format);
  set('generation_output_number', flags.count);
  set('generation_provider_order', flags.providerOrder);
  set('generation_duration', flags.duration);
  set('generation_resolution', flags.resolution);
  set('generation_generate_audio', flags.audio);
  if (flags.inputFile && flags.inputFile.length > 0) params.generation_input_file = flags.inputFile;
  return addParamPairs(params, flags.param ?? []);
}
