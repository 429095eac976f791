api=https://api.us.babysea.ai
curl "$api/v1/library/models" \
  -H "Authorization: Bearer $BABYSEA_API_KEY"
