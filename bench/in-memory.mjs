// The in-memory floor: every client is given a `fetch` that returns a prepared Response at once, so
// only client code is timed (URL, headers, Request, middleware, body reading and parsing, the SDK's
// checks and attempt loop). The fairest view of what the SDK's layer adds over bare openapi-fetch, and
// of what it costs against a client doing what the official SDK does per call (official-style-client.mjs).

import { BabySea } from 'babysea';
import createClient from 'openapi-fetch';
import { BODY, envelope, generation, ID, MODEL, SUBMITTED } from './fixtures.mjs';
import { median, pairedRatio, quantile, shuffle } from './harness.mjs';
import { officialStyleClient } from './official-style-client.mjs';

const ANSWERS = {
  one: envelope(generation(1)),
  list: envelope({ generations: Array.from({ length: 20 }, () => generation(1)) }, { total: 20, limit: 20, offset: 0 }),
  submitted: SUBMITTED,
};
const HEADERS = { 'content-type': 'application/json', 'x-request-id': 'req_bench' };

/** A fetch that answers from memory: the answer is chosen by the URL, as a server would. */
async function preparedFetch(input) {
  const url = typeof input === 'string' ? input : input.url;
  const text = url.includes('/generate/') ? ANSWERS.submitted : url.includes('/list') ? ANSWERS.list : ANSWERS.one;
  return new Response(text, { status: 200, headers: HEADERS });
}

const TIMEOUT_IN = 'openapi-fetch GET + timeout, signal in the Request';
export const TIMEOUT_BESIDE = 'openapi-fetch GET + timeout, signal beside the Request (as the SDK passes it)';

/** Runs `call` under a 30 s timeout that aborts it, as a client with a per-call timeout does. */
async function withTimeout(call) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 30_000);
  try {
    return await call(controller.signal);
  } finally {
    clearTimeout(timer);
  }
}

export async function inMemoryFloor({ rounds, block = 200 }) {
  const base = 'https://api.us.babysea.ai';
  const headers = { authorization: 'Bearer k' };
  const sdk = new BabySea({ apiKey: 'k', baseUrl: base, fetch: preparedFetch });
  const bare = createClient({ baseUrl: base, headers, fetch: preparedFetch });
  const official = officialStyleClient({ apiKey: 'k', baseUrl: base, fetch: preparedFetch });
  const path = { params: { path: { generation_id: ID } } };
  const variants = {
    'openapi-fetch GET': () => bare.GET('/v1/content/{generation_id}', path),
    // What any client whose timeout cancels the request pays per call: an AbortController and a timer.
    [TIMEOUT_IN]: () => withTimeout((signal) => bare.GET('/v1/content/{generation_id}', { ...path, signal })),
    [TIMEOUT_BESIDE]: () =>
      withTimeout((signal) => bare.GET('/v1/content/{generation_id}', { ...path, fetch: (request) => preparedFetch(request, { signal }) })),
    'SDK getGeneration': () => sdk.getGeneration(ID),
    'official-style getGeneration': () => official.getGeneration(ID),
    'openapi-fetch list': () => bare.GET('/v1/content/list', { params: { query: { limit: 20 } } }),
    'SDK listGenerations': () => sdk.listGenerations({ limit: 20 }),
    'official-style listGenerations': () => official.listGenerations({ limit: 20 }),
    'openapi-fetch POST': () => bare.POST('/v1/generate/image/{model_owner}/{model_name}', { params: { path: MODEL }, body: BODY }),
    'SDK generate': () => sdk.generate('google/nano-banana', BODY),
    'official-style generate': () => official.generate('google/nano-banana', BODY),
  };
  const names = Object.keys(variants);
  const perRound = Object.fromEntries(names.map((n) => [n, []]));
  for (const name of names) for (let i = 0; i < 2_000; i++) await variants[name]();
  for (let round = 0; round < rounds; round++) {
    for (const name of shuffle([...names])) {
      const call = variants[name];
      const start = process.hrtime.bigint();
      for (let i = 0; i < block; i++) await call();
      perRound[name].push(Number(process.hrtime.bigint() - start) / 1e3 / block);
    }
  }
  // Paired: per round, the difference (µs per call) and ratio of two variants that ran side by side.
  const compare = (a, b) => {
    const diffs = perRound[a].map((v, i) => v - perRound[b][i]);
    const fastest = (name) => Math.min(...perRound[name]);
    return {
      a,
      b,
      us: median(diffs),
      low: quantile(diffs, 0.25),
      high: quantile(diffs, 0.75),
      ratio: pairedRatio(perRound[a], perRound[b]).ratio,
      fastestUs: fastest(a) - fastest(b),
      fastestRatio: fastest(a) / fastest(b),
    };
  };
  return {
    calls: rounds * block,
    perCall: Object.fromEntries(names.map((n) => [n, median(perRound[n])])),
    comparisons: [
      compare('SDK getGeneration', 'openapi-fetch GET'),
      compare('SDK getGeneration', TIMEOUT_BESIDE),
      compare('SDK getGeneration', TIMEOUT_IN),
      compare(TIMEOUT_BESIDE, 'openapi-fetch GET'),
      compare('SDK listGenerations', 'openapi-fetch list'),
      compare('SDK generate', 'openapi-fetch POST'),
      compare('SDK getGeneration', 'official-style getGeneration'),
      compare('SDK listGenerations', 'official-style listGenerations'),
      compare('SDK generate', 'official-style generate'),
    ],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await inMemoryFloor({ rounds: Number(process.argv[2] ?? 30) }), null, 2));
}
