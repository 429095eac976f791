api=https://api.us.babysea.ai
curl "$api/v1/content/list" \
  -H "Authorization: Bearer $BABYSEA_API_KEY"
