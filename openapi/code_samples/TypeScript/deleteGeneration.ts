const id = '5c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const res = await client.deleteGeneration(id);
console.log(res.data.files_deleted);
