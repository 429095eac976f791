// The SDK, imported from its sources: tsup bundles it into the CLI (the repository's root package is
// not a workspace member, so it cannot be a dependency here).
export type { BatchJob, BatchProgress, BatchResult, BatchSummary } from '../../src/batch/index.ts';
export type { ClientOptions, Generation, GenerationParams, LibraryModel, Region } from '../../src/index.ts';
export {
  BabySea,
  BabySeaAbortError,
  BabySeaError,
  BabySeaGenerationFailedError,
  BabySeaGenerationTimeoutError,
  BabySeaValidationError,
} from '../../src/index.ts';
export { batch, saveOutputs } from '../../src/node/index.ts';
