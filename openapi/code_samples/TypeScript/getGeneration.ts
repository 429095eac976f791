const id = '5c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const res = await client.getGeneration(id);
console.log(
  res.data.generation_status,
  res.data.generation_output_file,
);
// Or wait until it is done:
const done = await client.waitForGeneration(id);
console.log(done.data.generation_output_file);
