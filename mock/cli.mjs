#!/usr/bin/env node
// `npx babysea-mock` (or `npm run mock` here): the BabySea mock API for frontend teams.
// Prism serves the spec's examples with CORS on. Any bearer token works.
//   --port N     port (default 4010, or $PORT)
//   --host H     interface (default 127.0.0.1; 0.0.0.0 to reach it from other machines)
//   --dynamic    answer with random data generated from the schemas instead of the named examples
import { DEFAULT_MOCK_PORT, startPrism } from './server.mjs';

const option = (name) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
if (process.argv.includes('--help')) {
  console.log('usage: babysea-mock [--port 4010] [--host 127.0.0.1] [--dynamic]');
  process.exit(0);
}
const port = Number(option('--port') ?? process.env.PORT ?? DEFAULT_MOCK_PORT);
const host = option('--host') ?? '127.0.0.1';
try {
  const prism = await startPrism({ port, host, dynamic: process.argv.includes('--dynamic'), stdio: 'inherit' });
  console.log(
    `\nBabySea mock API on ${prism.url} (${process.argv.includes('--dynamic') ? 'dynamic' : 'static examples'}). Ctrl-C stops it.`,
  );
  console.log(
    `Try: curl -H 'Authorization: Bearer test' -H 'Prefer: example=failed' ${prism.url}/v1/content/5c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f`,
  );
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => prism.stop().then(() => process.exit(0)));
  process.exitCode = (await prism.exited) ?? 0;
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
