const res = await client.library.providers();
for (const p of res.data.providers)
  console.log(p.provider_id, p.provider_status);
