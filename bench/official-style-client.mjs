// A baseline for "what the official SDK costs per call": a client that does, per call, the steps the
// official SDK's documentation and behaviour show (a string URL, a record of its headers, an
// AbortController whose timer bounds the request, `fetch(url, init)`, `response.json()`, the
// rate-limit headers read, the replay header flagged), and nothing more: no argument checks, no
// envelope check. Written for these benchmarks; the official package is not installed here.

const SDK_HEADERS = {
  Accept: 'application/json',
  'X-BabySea-SDK-Name': 'babysea',
  'X-BabySea-SDK-Version': '2.0.0',
  'X-BabySea-SDK-Runtime': 'node',
  'X-BabySea-SDK-Runtime-Version': process.versions.node,
  'User-Agent': `babysea/2.0.0 (node/${process.versions.node})`,
};

export function officialStyleClient({ apiKey, baseUrl, fetch: fetchImpl = globalThis.fetch, timeout = 30_000 }) {
  async function request(method, path, body, extraHeaders) {
    const headers = { Authorization: `Bearer ${apiKey}`, ...SDK_HEADERS, ...extraHeaders };
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
      if (limit) void [limit, response.headers.get('X-RateLimit-Remaining'), response.headers.get('X-RateLimit-Reset')];
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
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
