const res = await client.status();
console.log(
  res.data.apikey_prefix,
  res.data.apikey_expires_at,
);
