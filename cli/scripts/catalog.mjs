// The model catalog the CLI knows at build time (shell completion of model ids): read from the
// spec's `libraryModels` example named `catalog`, never copied by hand. tsup.config.ts and
// vitest.config.ts hand it to the sources as the constant __BABYSEA_CATALOG__.
import { readFileSync } from 'node:fs';

const SPEC = new URL('../../generated/openapi.json', import.meta.url);

/** `[{ id, type }]` of every model in the spec's catalog example. */
export function specCatalog() {
  const spec = JSON.parse(readFileSync(SPEC, 'utf8'));
  const examples = spec.paths['/v1/library/models'].get.responses['200'].content['application/json'].examples;
  const models = examples.catalog?.value?.data?.models;
  if (!Array.isArray(models) || models.length === 0) throw new Error('the spec has no libraryModels example named "catalog"');
  return models.map((model) => ({ id: model.model_identifier, type: model.model_type }));
}

/** The `define` entry that inlines it. */
export const catalogDefine = () => ({ __BABYSEA_CATALOG__: JSON.stringify(specCatalog()) });
