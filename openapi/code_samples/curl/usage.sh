api=https://api.us.babysea.ai
curl "$api/v1/usage" \
  -H "Authorization: Bearer $BABYSEA_API_KEY"
