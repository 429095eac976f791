const res = await client.health.models();
for (const m of res.data.models)
  console.log(m.model_identifier, Object.keys(m.providers));
