// Walk every generation of the account, page by page, and count them by status.
import { BabySea } from 'babysea';

const client = new BabySea({ baseUrl: process.env.BABYSEA_BASE_URL });

// One page, as the API returns it:
const first = await client.listGenerations({ limit: 20 });
console.log(`${first.total} generations in all; the first page holds ${first.data.generations.length}`);

// Every generation: pages are fetched lazily, 100 at a time; `break` stops fetching.
const byStatus = new Map<string, number>();
for await (const generation of client.listGenerations({ limit: 100 })) {
  const status = generation.generation_status ?? 'unknown';
  byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
}
console.log('by status:', Object.fromEntries(byStatus));
