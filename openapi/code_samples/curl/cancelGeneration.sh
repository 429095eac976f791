api=https://api.us.babysea.ai
generation_id=1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d
curl -X POST \
  "$api/v1/content/generation/cancel/$generation_id" \
  -H "Authorization: Bearer $BABYSEA_API_KEY"
