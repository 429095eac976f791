// A fetch that records what the SDK sends before passing it on (or answering itself). The SDK
// hands its fetch a `Request` (openapi-fetch builds one per attempt); (url, init) calls work too.
export interface RecordedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

export function recordingFetch(answer?: (request: RecordedRequest) => Response | Promise<Response>) {
  const calls: RecordedRequest[] = [];
  const fetchImpl = (async (input: string | URL | Request, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const body = request.body === null ? undefined : await request.clone().text();
    const recorded = { url: request.url, method: request.method, headers, body };
    calls.push(recorded);
    return answer ? answer(recorded) : fetch(request);
  }) as typeof fetch;
  return { fetch: fetchImpl, calls };
}
