const res = await client.usage(7); // last 7 days; client.usage() for 30
for (const ep of res.data.usage_endpoints) console.log(ep.endpoint, ep.total_requests);
