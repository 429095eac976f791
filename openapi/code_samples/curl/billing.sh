api=https://api.us.babysea.ai
curl "$api/v1/user/billing" \
  -H "Authorization: Bearer $BABYSEA_API_KEY"
