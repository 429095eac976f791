// One wait in a process of its own, as a serverless function or a short script makes it: submits a
// generation to the sandbox at argv[2] with the key argv[3], waits for it, and prints how long after
// its completion the wait returned and how many requests the wait made. argv[4], if given, is a
// durations snapshot (what `client.durations()` gave an earlier process); argv[5] `fixed` polls every 2 s.
import { BabySea } from 'babysea';

const [baseUrl, apiKey, durations, mode] = process.argv.slice(2);
let requests = 0;
const client = new BabySea({
  apiKey,
  baseUrl,
  ...(durations && durations !== '-' ? { durations: JSON.parse(durations) } : {}),
  fetch: (url, init) => {
    requests++;
    return fetch(url, init);
  },
});
const { data } = await client.generate('bfl/flux-schnell', { generation_prompt: `A baby seal, ${Math.random()}` });
requests = 0;
const done = await client.waitForGeneration(data.generation_id, mode === 'fixed' ? { interval: 2_000 } : {});
const latencyMs = Date.now() - Date.parse(done.data.generation_completed_at);
console.log(JSON.stringify({ latencyMs, requests, durations: client.durations() }));
