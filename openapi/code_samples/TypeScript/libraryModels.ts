const res = await client.library.models();
const qwen = res.data.models.find(
  (m) => m.model_identifier === 'qwen/image',
);
console.log(qwen?.specific_schema);
