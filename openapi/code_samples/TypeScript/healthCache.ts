const res = await client.health.cache();
console.log(res.data.healthy, res.data.latency_ms);
