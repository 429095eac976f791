// The last 7 days (client.usage() covers 30):
const res = await client.usage(7);
for (const ep of res.data.usage_endpoints)
  console.log(ep.endpoint, ep.total_requests);
