const img = await client.estimate('bfl/flux-schnell', 5);
const vid = await client.estimate(
  'bytedance/seedance-1.5-pro',
  { duration: 8, resolution: '720p', audio: false },
);
console.log(
  img.data.cost_total_consumed,
  vid.data.credit_balance_can_afford,
);
