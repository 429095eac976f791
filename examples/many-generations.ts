// Many generations at once, inside the account's limits: every output saved as its job ends, a
// manifest to resume from after a crash (rerun the same command), never a job billed twice.
//   BABYSEA_API_KEY=… npx bun examples/many-generations.ts   (BABYSEA_BASE_URL=http://127.0.0.1:4010 for the sandbox)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BabySea } from 'babysea';
import { batch } from 'babysea/node';

const client = new BabySea({ baseUrl: process.env.BABYSEA_BASE_URL });
const dir = process.env.OUT_DIR ?? mkdtempSync(join(tmpdir(), 'seals-'));

const jobs = ['sunrise', 'noon', 'sunset', 'night'].map((time) => ({
  id: `seal-${time}`,
  model: 'bfl/flux-schnell',
  params: { generation_prompt: `A baby seal on the beach at ${time}`, generation_ratio: '16:9' },
}));

const run = batch(client, jobs, { manifest: join(dir, 'seals.jsonl'), saveTo: join(dir, 'seals') });
for await (const result of run) {
  if (result.error) console.log(`${result.id}: ${result.error.code} ${result.error.message}`);
  else console.log(`${result.id}: saved ${result.files?.length} file(s)`);
}
const summary = await run;
console.log(
  `${summary.succeeded} succeeded, ${summary.failed.length} failed; ${summary.requests} requests; ${summary.creditsSpent} credits`,
);
