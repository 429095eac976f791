const res = await client.account();
console.log(res.data.account_name, res.data.account_email);
