api=https://api.us.babysea.ai
generation_id=5c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f
curl "$api/v1/content/$generation_id" \
  -H "Authorization: Bearer $BABYSEA_API_KEY"
