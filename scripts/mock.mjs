// `npm run mock`: the BabySea mock API (Prism, static examples, CORS on) for frontend teams.
// Options: --port N (default 4010, or $PORT), --host H (default 127.0.0.1), --dynamic (random data from the schemas).
import { DEFAULT_MOCK_PORT, startPrism } from './prism.mjs';

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
const port = Number(arg('--port') ?? process.env.PORT ?? DEFAULT_MOCK_PORT);
const host = arg('--host') ?? '127.0.0.1';
const prism = await startPrism({ port, host, dynamic: process.argv.includes('--dynamic'), stdio: 'inherit' });
console.log(`\nBabySea mock API on ${prism.url} — any bearer token works. Ctrl-C stops it.`);
console.log(`Try: curl -H 'Authorization: Bearer test' ${prism.url}/v1/status`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => prism.stop().then(() => process.exit(0)));
process.exitCode = (await prism.exited) ?? 0;
