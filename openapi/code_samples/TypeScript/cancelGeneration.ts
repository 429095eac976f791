// A generation that is still pending:
const id = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const res = await client.cancelGeneration(id);
console.log(
  res.data.generation_status,
  res.data.credits_refunded,
);
