api=https://api.us.babysea.ai
curl "$api/v1/health/storage" \
  -H "Authorization: Bearer $BABYSEA_API_KEY"
