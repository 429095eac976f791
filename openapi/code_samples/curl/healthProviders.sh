api=https://api.us.babysea.ai
curl "$api/v1/health/inference/providers" \
  -H "Authorization: Bearer $BABYSEA_API_KEY"
