api=https://api.us.babysea.ai
curl "$api/v1/user/account" \
  -H "Authorization: Bearer $BABYSEA_API_KEY"
