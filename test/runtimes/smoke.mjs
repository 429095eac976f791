// Bun and Deno run this file: the smoke check against the mock URL given as the first argument.
import { runSmoke } from './smoke-core.mjs';

const baseUrl = globalThis.Deno ? Deno.args[0] : process.argv[2];
console.log(JSON.stringify(await runSmoke(baseUrl)));
