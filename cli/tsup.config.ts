import { defineConfig } from 'tsup';
// @ts-expect-error: a plain JS build helper without declarations.
import { catalogDefine } from './scripts/catalog.mjs';

// One ESM file per entry. The SDK is bundled from its sources (../src), openapi-fetch with it; the
// declared dependencies stay external, and the sandbox and the heavier modules are loaded only by
// the commands that use them, so `babysea --help` starts fast.
export default defineConfig({
  entry: { cli: 'src/main.ts' },
  format: ['esm'],
  splitting: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  treeshake: true,
  define: catalogDefine(),
});
