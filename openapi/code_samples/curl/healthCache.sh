api=https://api.us.babysea.ai
curl "$api/v1/health/cache" \
  -H "Authorization: Bearer $BABYSEA_API_KEY"
