const res = await client.cancelGeneration('0b9f6f5e-2f4a-4c1e-9d3b-7a8c6e5f4d3c');
console.log(res.data.generation_status, res.data.credits_refunded);
