const page = await client.listGenerations({
  limit: 20,
  offset: 20,
});
console.log(page.total, page.data.generations.length);
// Every generation, page after page:
const all = client.listGenerations({ limit: 100 });
for await (const gen of all) console.log(gen.generation_id);
