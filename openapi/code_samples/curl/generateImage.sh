api=https://api.us.babysea.ai
model_owner=bfl
model_name=flux-schnell
idempotency_key=8e0c4b2a-1f3d-4c5e-9a7b-6d5c4b3a2f1e
curl "$api/v1/generate/image/$model_owner/$model_name" \
  -H "Authorization: Bearer $BABYSEA_API_KEY" \
  -H "Idempotency-Key: $idempotency_key" \
  -H 'content-type: application/json' \
  -d '{
    "generation_prompt": "A baby seal on a beach at sunset",
    "generation_ratio": "16:9",
    "generation_output_format": "png"
  }'
