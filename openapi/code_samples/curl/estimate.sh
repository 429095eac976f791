api=https://api.us.babysea.ai
model_owner=bfl
model_name=flux-schnell
curl "$api/v1/estimate/$model_owner/$model_name" \
  -H "Authorization: Bearer $BABYSEA_API_KEY"
