import { copyFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

// ESM only, one build so the entries share one copy of the sandbox (a chunk). The sandbox entries
// (index, msw) import nothing from Node: test/package.test.ts checks the built files for it. The spec
// is inlined from ../generated/openapi.json; a copy ships beside the build for `--engine prism`.
export default defineConfig({
  entry: { index: 'src/index.ts', msw: 'src/msw.ts', server: 'src/node/index.ts', cli: 'src/node/cli.ts' },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts', msw: 'src/msw.ts', server: 'src/node/index.ts' } },
  splitting: true,
  clean: true,
  target: 'es2022',
  platform: 'node',
  treeshake: true,
  external: ['msw', '@stoplight/prism-cli'],
  onSuccess: async () => copyFileSync('../generated/openapi.json', 'dist/openapi.json'),
});
