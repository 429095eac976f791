const res = await client.health.storage();
console.log(res.data.healthy, res.data.latency_ms);
