import { defineConfig } from 'tsup';

// ESM + CommonJS + types for the entry points. Shared code (the error classes) lives in one
// chunk, so `instanceof BabySeaError` holds across `babysea` and `babysea/webhooks`.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    webhooks: 'src/webhooks/index.ts',
    batch: 'src/batch/index.ts',
    node: 'src/node/index.ts',
    redis: 'src/redis/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
  external: ['openapi-fetch'],
  // openapi-fetch is imported on first use (middleware); in CommonJS that is a `require`, which every
  // CommonJS host (test runners included) can run without ESM loader support.
  esbuildOptions(options, { format }) {
    if (format === 'cjs') options.supported = { ...options.supported, 'dynamic-import': false };
  },
});
