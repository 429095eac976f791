// A Cloudflare Worker (workerd, through miniflare) that runs the smoke check against ?base=<mock URL>.
import { runSmoke } from './smoke-core.mjs';

export default {
  async fetch(request) {
    return Response.json(await runSmoke(new URL(request.url).searchParams.get('base')));
  },
};
