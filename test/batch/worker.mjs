// A batch run in a process of its own, for the tests that kill it or run several at once: runs the
// jobs of argv against the sandbox at BABYSEA_BASE_URL with the built package, printing one JSON
// line per settled result and the summary last. With REDIS_URL, the account's limits are shared
// through Redis.
import { BabySea } from '../../dist/index.js';
import { batch } from '../../dist/node.js';

const [count, prefix = 'job', manifest, saveTo] = process.argv.slice(2);
const client = new BabySea({ apiKey: process.env.BABYSEA_API_KEY, baseUrl: process.env.BABYSEA_BASE_URL });
let store;
let redis;
if (process.env.REDIS_URL) {
  const { default: Redis } = await import('ioredis');
  const { createRedisStore } = await import('../../dist/redis.js');
  redis = new Redis(process.env.REDIS_URL);
  store = createRedisStore(redis, { namespace: process.env.REDIS_NAMESPACE ?? 'babysea-test' });
}
const jobs = Array.from({ length: Number(count) }, (_, i) => ({
  id: `${prefix}-${i}`,
  model: 'bfl/flux-schnell',
  params: { generation_prompt: `A baby seal, ${prefix} ${i}` },
}));
const run = batch(client, jobs, {
  ...(manifest && manifest !== '-' ? { manifest } : {}),
  ...(saveTo ? { saveTo } : {}),
  ...(store ? { store } : {}),
  ...(process.env.BATCH_ID ? { batchId: process.env.BATCH_ID } : {}),
});
for await (const result of run) {
  console.log(
    JSON.stringify({
      id: result.id,
      status: result.generation?.generation_status,
      error: result.error?.code ?? (result.error ? String(result.error.stack ?? result.error) : undefined),
      resumed: result.resumed ?? false,
      files: result.files ?? [],
    }),
  );
}
console.log(JSON.stringify({ summary: await run }));
await redis?.quit();
