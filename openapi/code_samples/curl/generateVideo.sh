api=https://api.us.babysea.ai
model_owner=google
model_name=veo-2
idempotency_key=8e0c4b2a-1f3d-4c5e-9a7b-6d5c4b3a2f1e
curl "$api/v1/generate/video/$model_owner/$model_name" \
  -H "Authorization: Bearer $BABYSEA_API_KEY" \
  -H "Idempotency-Key: $idempotency_key" \
  -H 'content-type: application/json' \
  -d '{
    "generation_prompt": "A baby seal swimming in the sea",
    "generation_ratio": "16:9",
    "generation_duration": 5
  }'
