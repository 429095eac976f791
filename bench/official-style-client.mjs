// A baseline for "what the official SDK costs per call": a client that does, per call, the steps the
// official SDK's documentation and behaviour show (a string URL, a record of its headers built per
// call, an AbortController whose timer bounds the request, `fetch(url, init)`, the rate-limit headers
// parsed, `response.json()`, the replay header flagged), and nothing more: no argument checks, no
// envelope check, no idempotency key of its own. Written for these benchmarks: the official package
// is not on the npm registry this project installs from.

const RUNTIME_VERSION = { 'X-BabySea-SDK-Runtime-Version': process.versions.node };
const USER_AGENT = `babysea/2.0.0 (node/${process.versions.node})`;

export function officialStyleClient({ apiKey, baseUrl, fetch: fetchImpl = globalThis.fetch, timeout = 30_000 }) {
  async function request(method, path, body, extraHeaders) {
    // A record built per call, the runtime version and extra headers spread in, then the user agent
    // (left out in browsers) and the content type added.
    const headers = {
      Authorization: `Bearer ${apiKey}`,
      Accept: 'application/json',
      'X-BabySea-SDK-Name': 'babysea',
      'X-BabySea-SDK-Version': '2.0.0',
      'X-BabySea-SDK-Runtime': 'node',
      ...RUNTIME_VERSION,
      ...extraHeaders,
    };
    headers['User-Agent'] = USER_AGENT;
    if (body) headers['Content-Type'] = 'application/json';
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeout);
    try {
      const response = await fetchImpl(`${baseUrl}${path}`, {
        method,
        headers,
        body: body ? JSON.stringify(body) : undefined,
        signal: controller.signal,
      });
      const limit = response.headers.get('X-RateLimit-Limit');
      const rateLimit = limit
        ? {
            limit: Number.parseInt(limit, 10),
            remaining: Number.parseInt(response.headers.get('X-RateLimit-Remaining') ?? '0', 10),
            reset: Number.parseInt(response.headers.get('X-RateLimit-Reset') ?? '0', 10),
          }
        : undefined;
      if (!response.ok) throw Object.assign(new Error(`HTTP ${response.status}`), { rateLimit });
      const parsed = await response.json();
      if (response.headers.get('idempotency-replayed') === 'true') parsed.idempotency_replayed = true;
      return parsed;
    } finally {
      clearTimeout(timer);
    }
  }
  return {
    getGeneration: (id) => request('GET', `/v1/content/${id}`),
    listGenerations: ({ limit, offset } = {}) => {
      const query = new URLSearchParams();
      if (limit !== undefined) query.set('limit', String(limit));
      if (offset !== undefined) query.set('offset', String(offset));
      const qs = query.toString();
      return request('GET', `/v1/content/list${qs ? `?${qs}` : ''}`);
    },
    generate: (model, params, options) =>
      request(
        'POST',
        `/v1/generate/${params.generation_duration === undefined ? 'image' : 'video'}/${model}`,
        params,
        options?.idempotencyKey ? { 'Idempotency-Key': options.idempotencyKey } : undefined,
      ),
  };
}
