api=https://api.us.babysea.ai
curl "$api/v1/status" \
  -H "Authorization: Bearer $BABYSEA_API_KEY"
