const page = await client.listGenerations({ limit: 20, offset: 20 });
console.log(page.total, page.data.generations.length);
// Every generation, page after page:
for await (const gen of client.listGenerations({ limit: 100 })) console.log(gen.generation_id);
