// The bundle budgets CI enforces (`npm run size`), min+gzip, as an app's bundler ships each import.
// What the SDK imports on first use (openapi-fetch, for middleware) a bundler puts in a chunk of its
// own: the first budget counts what an app loads up front (dynamic imports left out), the second
// what it loads once middleware is in use.
export const loadedOnFirstUse = {
  name: 'loaded on first use',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};
const upFront = { modifyEsbuildConfig: (config) => ({ ...config, plugins: [...(config.plugins ?? []), loadedOnFirstUse] }) };

export default [
  {
    name: 'import { BabySea } from "babysea", loaded up front',
    path: 'dist/index.js',
    import: '{ BabySea }',
    gzip: true,
    limit: '12.9 kB',
    ...upFront,
  },
  {
    name: 'import { BabySea } from "babysea", with middleware in use (openapi-fetch loaded)',
    path: 'dist/index.js',
    import: '{ BabySea }',
    gzip: true,
    limit: '15.2 kB',
  },
  {
    name: 'import { verifyWebhook } from "babysea/webhooks"',
    path: 'dist/webhooks.js',
    import: '{ verifyWebhook }',
    gzip: true,
    limit: '2.6 kB',
  },
  {
    name: 'import { createWebhookHandler } from "babysea/webhooks"',
    path: 'dist/webhooks.js',
    import: '{ createWebhookHandler }',
    gzip: true,
    limit: '4.2 kB',
  },
  {
    name: 'import { batch } from "babysea/batch"',
    path: 'dist/batch.js',
    import: '{ batch }',
    gzip: true,
    limit: '10.5 kB',
  },
];
