const res = await client.health.providers();
for (const p of res.data.providers)
  console.log(p.provider, p.status, p.failure_rate);
