// A fetch that records what the SDK sends before passing it on (or answering itself).
export interface RecordedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

export function recordingFetch(answer?: (request: RecordedRequest) => Response | Promise<Response>) {
  const calls: RecordedRequest[] = [];
  const fetchImpl = (async (input: string | URL | Request, init: RequestInit = {}) => {
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, name) => {
      headers[name] = value;
    });
    const request = { url: String(input), method: init.method ?? 'GET', headers, body: init.body as string | undefined };
    calls.push(request);
    return answer ? answer(request) : fetch(input, init);
  }) as typeof fetch;
  return { fetch: fetchImpl, calls };
}
