// The model catalog (the spec's `catalog` example of GET /v1/library/models) and the checks a
// generation must pass against its model: ratio, output format and number, input files, duration,
// resolution, audio, model-specific keys and the provider order.
import type { components } from '../../../generated/babysea.d.ts';
import { atPointer, pointer, SPEC } from '../spec.ts';
import type { Violation } from '../validation.ts';

/** A model of the catalog, as the spec's LibraryModel schema types it. */
export type CatalogModel = components['schemas']['LibraryModel'];
export type MediaKind = CatalogModel['model_type'];

/** The standard body fields of each route: the properties of the spec's ImageGenerationRequest / VideoGenerationRequest. */
const fieldsOf = (schema: string) => Object.keys(atPointer(SPEC, pointer('components', 'schemas', schema, 'properties')) as object);
export const STANDARD_FIELDS: Record<MediaKind, readonly string[]> = {
  image: fieldsOf('ImageGenerationRequest'),
  video: fieldsOf('VideoGenerationRequest'),
};

export class Catalog {
  readonly #byId: Map<string, CatalogModel>;

  constructor(models: readonly CatalogModel[]) {
    this.#byId = new Map(models.map((m) => [m.model_identifier, m]));
  }

  find(modelIdentifier: string): CatalogModel | undefined {
    return this.#byId.get(modelIdentifier);
  }
}

const outOfRange = (field: string, message: string, allowed?: unknown[]): Violation => ({
  status: 422,
  field,
  message,
  ...(allowed ? { allowed } : {}),
});

const list = (values: readonly unknown[]) => values.join(', ');

/**
 * The providers a generation will try, in order: `fastest` (the default of a multi-provider model)
 * lets the router pick, here the catalog's order; otherwise every provider of the comma-and-space
 * list must serve the model. The video route takes no Cloudflare-first order (the request schema
 * refuses one before this runs; Cloudflare serves no video).
 */
export function resolveProviderOrder(model: CatalogModel, kind: MediaKind, order: string | undefined): string[] | Violation {
  const field = 'generation_provider_order';
  const served = kind === 'video' ? model.model_supported_provider.filter((p) => p !== 'cloudflare') : model.model_supported_provider;
  const multi = served.length > 1;
  const allowedOrders = multi ? ['fastest', served.join(', ')] : [served[0]];
  if (order === undefined || order === 'fastest') {
    if (order === 'fastest' && !multi) {
      return outOfRange(
        field,
        `${field} fastest needs a model with several providers; ${model.model_identifier} runs on ${served[0]} only.`,
        allowedOrders,
      );
    }
    return [...served];
  }
  const providers = order.split(', ');
  const foreign = providers.filter((p) => !served.includes(p));
  if (foreign.length > 0) {
    return outOfRange(
      field,
      `${field} names ${list(foreign)}, which does not serve ${model.model_identifier} (it runs on ${list(served)}).`,
      allowedOrders,
    );
  }
  if (new Set(providers).size !== providers.length) return outOfRange(field, `${field} names a provider twice.`, allowedOrders);
  return providers;
}

/** The first way `body` asks for something the model does not offer, or undefined. */
export function checkAgainstModel(model: CatalogModel, kind: MediaKind, body: Record<string, unknown>): Violation | undefined {
  const id = model.model_identifier;
  if (model.model_type !== kind) {
    return outOfRange('model_identifier', `${id} is a ${model.model_type} model: use POST /v1/generate/${model.model_type}/${id}.`, [
      `/v1/generate/${model.model_type}`,
    ]);
  }
  const accepted = [...STANDARD_FIELDS[kind], ...model.specific_schema];
  for (const key of Object.keys(body)) {
    if (!key.startsWith('generation_')) {
      return outOfRange(key, `${key} is not a parameter: every parameter starts with generation_.`, accepted);
    }
    if (!accepted.includes(key)) {
      return outOfRange(
        key,
        `${key} is not a parameter of ${id} (its model-specific ones: ${list(model.specific_schema) || 'none'}).`,
        accepted,
      );
    }
  }
  const schema = model.schema;
  const oneOf = (field: string, value: unknown, allowed: readonly unknown[] | undefined) => {
    if (value === undefined || allowed === undefined || allowed.includes(value)) return undefined;
    return outOfRange(field, `${field} must be one of ${list(allowed)} for ${id}.`, [...allowed]);
  };
  const problem =
    oneOf('generation_ratio', body.generation_ratio, schema.generation_ratio) ??
    oneOf('generation_output_format', body.generation_output_format, schema.generation_output_format) ??
    (kind === 'video' ? checkVideoOptions(model, { duration: body.generation_duration }) : undefined);
  if (problem) return problem;
  const count = body.generation_output_number as number | undefined;
  if (count !== undefined && count > schema.generation_output_number) {
    const allowed = Array.from({ length: schema.generation_output_number }, (_, i) => i + 1);
    return outOfRange(
      'generation_output_number',
      `generation_output_number must be between 1 and ${schema.generation_output_number} for ${id}.`,
      allowed,
    );
  }
  const inputFiles = body.generation_input_file as unknown[] | undefined;
  if (!schema.generation_input_file && ((inputFiles?.length ?? 0) > 0 || body.generation_input_file_last_content !== undefined)) {
    return outOfRange('generation_input_file', `generation_input_file is not accepted: ${id} takes no input files.`, []);
  }
  const resolution = checkVideoOptions(model, { resolution: body.generation_resolution });
  if (resolution) return resolution;
  if (body.generation_generate_audio === true && !schema.generation_generate_audio) {
    return outOfRange('generation_generate_audio', `generation_generate_audio must be false: ${id} does not generate audio.`, [false]);
  }
  return undefined;
}

/**
 * Whether a video length and a resolution are ones the model offers; `names` are the caller's names
 * of the two fields (the generate body's, or the estimate query's).
 */
export function checkVideoOptions(
  model: CatalogModel,
  options: { duration?: unknown; resolution?: unknown },
  names = { duration: 'generation_duration', resolution: 'generation_resolution' },
): Violation | undefined {
  const id = model.model_identifier;
  const durations = model.schema.generation_duration ?? [];
  if (options.duration !== undefined && !(durations as unknown[]).includes(options.duration)) {
    return outOfRange(names.duration, `${names.duration} must be one of ${list(durations)} for ${id}.`, [...durations]);
  }
  if (options.resolution === undefined) return undefined;
  const resolutions = model.schema.generation_resolution;
  if (!resolutions) return outOfRange(names.resolution, `${names.resolution} is not accepted: ${id} has one resolution.`, []);
  if (!(resolutions as unknown[]).includes(options.resolution)) {
    return outOfRange(names.resolution, `${names.resolution} must be one of ${list(resolutions)} for ${id}.`, [...resolutions]);
  }
  return undefined;
}
