const res = await client.billing();
console.log(
  res.data.billing_plan,
  res.data.billing_credit_balance,
);
