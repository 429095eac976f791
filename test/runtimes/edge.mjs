// Vercel's edge runtime (edge-runtime) runs this as a fetch handler: the smoke check against ?base=<mock URL>.
import { runSmoke } from './smoke-core.mjs';

addEventListener('fetch', (event) => {
  event.respondWith(runSmoke(new URL(event.request.url).searchParams.get('base')).then((report) => Response.json(report)));
});
