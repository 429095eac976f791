const res = await client.generate('google/nano-banana', {
  generation_prompt: 'A baby seal on a beach at sunset',
  generation_ratio: '16:9',
  generation_output_format: 'png',
});
const done = await client.waitForGeneration(
  res.data.generation_id,
);
console.log(done.data.generation_output_file);
