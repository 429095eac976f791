// Generate an image and wait for the result.
//   BABYSEA_API_KEY=… npx bun examples/generate-and-wait.ts   (BABYSEA_BASE_URL=http://127.0.0.1:4010 for the mock)
import { BabySea, BabySeaGenerationFailedError } from 'babysea';

const client = new BabySea({ baseUrl: process.env.BABYSEA_BASE_URL });

try {
  const generation = await client.generateAndWait(
    'google/nano-banana',
    { generation_prompt: 'A cute baby seal on the beach at sunset', generation_ratio: '16:9', generation_output_format: 'png' },
    { timeout: 5 * 60_000, onProgress: (g) => console.log(`status: ${g.generation_status}`) },
  );
  console.log('done:', generation.data.generation_output_file);
} catch (error) {
  if (error instanceof BabySeaGenerationFailedError) console.error(`failed (${error.code}): ${error.generation.generation_error}`);
  else throw error;
}
