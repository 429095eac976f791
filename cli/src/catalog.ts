/**
 * The model catalog: the live one (`library.models()`) decides what a model is (image or video) and
 * what it takes, so a bad value is found before anything is submitted or billed; the one built in
 * from the spec's catalog example completes model ids in the shell.
 */
import { UsageError } from './exit-codes.ts';
import type { Params } from './params.ts';
import type { BabySea, LibraryModel } from './sdk.ts';

declare const __BABYSEA_CATALOG__: { id: string; type: 'image' | 'video' }[];

/** The models of the spec's catalog example, read at build time (tsup's `define`). */
export const BUILT_IN_MODELS: readonly { id: string; type: 'image' | 'video' }[] = __BABYSEA_CATALOG__;

/** The live catalog. */
export async function fetchModels(client: BabySea, signal?: AbortSignal): Promise<LibraryModel[]> {
  const { data } = await client.library.models(signal ? { signal } : {});
  return data.models;
}

/** The catalog entry of `id`; an unknown model is a usage error. */
export function findModel(models: readonly LibraryModel[], id: string, where = ''): LibraryModel {
  const model = models.find((m) => m.model_identifier === id);
  if (model) return model;
  const near = models.map((m) => m.model_identifier).filter((other) => editDistance(other, id) <= 3);
  throw new UsageError(
    `${where}Unknown model "${id}"${near.length > 0 ? ` (did you mean ${near.join(', ')}?)` : ''}: \`babysea models\` lists the model ids.`,
  );
}

/** Levenshtein distance, for "did you mean". */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

const STANDARD = new Set([
  'generation_prompt',
  'generation_ratio',
  'generation_output_format',
  'generation_output_number',
  'generation_input_file',
  'generation_provider_order',
]);
const VIDEO_ONLY = new Set([
  'generation_duration',
  'generation_resolution',
  'generation_generate_audio',
  'generation_input_file_last_content',
]);

/** How a parameter is written on the command line, for messages. */
const FLAG_OF: Record<string, string> = {
  generation_ratio: '--ratio',
  generation_output_format: '--format',
  generation_output_number: '--count',
  generation_provider_order: '--provider-order',
  generation_duration: '--duration',
  generation_resolution: '--resolution',
  generation_generate_audio: '--audio',
  generation_input_file: '--input-file',
};
const flagOf = (name: string) => FLAG_OF[name] ?? name;

/**
 * Checks a generation's parameters against the model's catalog entry and fills in what a video
 * needs (its first listed duration); any value the model does not take is a usage error.
 */
export function checkParams(model: LibraryModel, params: Params, where = ''): Params {
  const id = model.model_identifier;
  const schema = (model.schema ?? {}) as Record<string, unknown>;
  const specific = new Set<string>((model.specific_schema as string[] | undefined) ?? []);
  const video = model.model_type === 'video';
  const fail = (message: string): never => {
    throw new UsageError(`${where}${message}`);
  };
  for (const [name, value] of Object.entries(params)) {
    if (VIDEO_ONLY.has(name) && !video && !(name in schema)) fail(`${id} is an image model: ${flagOf(name)} is for video models.`);
    if (!STANDARD.has(name) && !VIDEO_ONLY.has(name) && !specific.has(name)) {
      const offered = [...specific].map((key) => key.replace(/^generation_/, ''));
      fail(`${id} takes no ${name}${offered.length > 0 ? `; its own parameters (--param): ${offered.join(', ')}` : ''}.`);
    }
    const allowed = schema[name];
    if (Array.isArray(allowed) && allowed.length > 0 && !allowed.includes(value)) {
      fail(`${id} takes ${flagOf(name)} ${allowed.join(', ')} (got ${JSON.stringify(value)}).`);
    }
  }
  const count = params.generation_output_number;
  const most = schema.generation_output_number;
  if (typeof count === 'number' && typeof most === 'number' && count > most)
    fail(`${id} makes at most ${most} output(s) per generation (got --count ${count}).`);
  if (params.generation_input_file !== undefined && schema.generation_input_file === false) fail(`${id} takes no input file.`);
  if (params.generation_generate_audio !== undefined && video && schema.generation_generate_audio === false) fail(`${id} makes no audio.`);
  const order = params.generation_provider_order;
  if (typeof order === 'string' && order !== 'fastest') {
    const providers = (model.model_supported_provider as string[] | undefined) ?? [];
    const unknown = order
      .split(',')
      .map((p) => p.trim())
      .filter((p) => !providers.includes(p));
    if (unknown.length > 0) fail(`${id} is served by ${providers.join(', ')}: --provider-order "${order}" names ${unknown.join(', ')}.`);
  }
  if (video && params.generation_duration === undefined) {
    const durations = schema.generation_duration;
    if (Array.isArray(durations) && typeof durations[0] === 'number') return { ...params, generation_duration: durations[0] };
    fail(`${id} is a video model: pass --duration SECONDS.`);
  }
  return params;
}
