// The loopback baseline: a minimal keep-alive node:http server on 127.0.0.1, run in its own process so it does
// not share the event loop with the code being measured. Answers fixed, valid envelopes at once.
// Prints its port on stdout when listening.
import { createServer } from 'node:http';
import { envelope, generation, SUBMITTED as submitted } from './fixtures.mjs';

const TOTAL = Number(process.env.GENERATIONS ?? 10_000);
const one = envelope(generation(1));
const pages = new Map();
const page = (offset, limit) => {
  const key = `${offset}:${limit}`;
  if (!pages.has(key)) {
    const items = [];
    for (let n = offset; n < Math.min(offset + limit, TOTAL); n++) items.push(generation(TOTAL - n));
    pages.set(key, envelope({ generations: items }, { total: TOTAL, limit, offset }));
  }
  return pages.get(key);
};
const headers = { 'content-type': 'application/json' };

const server = createServer((req, res) => {
  if (req.method === 'POST') {
    req.resume();
    req.on('end', () => res.writeHead(200, headers).end(submitted));
    return;
  }
  if (req.url.startsWith('/v1/content/list')) {
    const query = new URLSearchParams(req.url.slice(req.url.indexOf('?') + 1));
    return res.writeHead(200, headers).end(page(Number(query.get('offset') ?? 0), Number(query.get('limit') ?? 50)));
  }
  res.writeHead(200, headers).end(one);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
process.on('disconnect', () => process.exit(0));
