// A real local API holding `count` generations (newest first), serving the list with offset
// pagination and single generations whose status advances one step per poll.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export const generationId = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export interface PollStep {
  status: 'pending' | 'processing' | 'succeeded' | 'failed' | 'canceled';
  headers?: Record<string, string>;
  httpStatus?: number;
}

interface ListEnvelope {
  status: string;
  request_id: string;
  message: string;
  timestamp: string;
  total: number;
  limit: number;
  offset: number;
  data: { generations: { account_id: string; generation_id: string; generation_status: string }[] };
}

export async function startGenerationsServer(count: number) {
  let generations = Array.from({ length: count }, (_, i) => ({
    account_id: generationId(0),
    generation_id: generationId(count - i),
    generation_status: 'succeeded',
  }));
  const requests: { path: string; offset?: number; limit?: number; at: number }[] = [];
  let pollScript: PollStep[] = [];
  let onListRequest: ((offset: number) => void) | undefined;
  let rewriteList: ((envelope: ListEnvelope) => Record<string, unknown>) | undefined;
  let stuck = false;
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) => ({ status, body: JSON.stringify(body), headers });

  const server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://local');
    let answer: { status: number; body: string; headers: Record<string, string> };
    if (url.pathname === '/v1/content/list') {
      const limit = Number(url.searchParams.get('limit') ?? 50);
      // A stuck cache answers the first page whatever offset is asked.
      const offset = stuck ? 0 : Number(url.searchParams.get('offset') ?? 0);
      requests.push({ path: url.pathname, offset, limit, at: Date.now() });
      onListRequest?.(offset);
      const envelope: ListEnvelope = {
        status: 'success',
        request_id: `req_list_${offset}`,
        message: 'ok',
        timestamp: new Date().toISOString(),
        total: generations.length,
        limit,
        offset,
        data: { generations: generations.slice(offset, offset + limit) },
      };
      answer = json(200, rewriteList ? rewriteList(envelope) : envelope);
    } else {
      requests.push({ path: url.pathname, at: Date.now() });
      const id = url.pathname.split('/').pop()!;
      const step = pollScript.length > 1 ? pollScript.shift()! : (pollScript[0] ?? { status: 'pending' as const });
      answer =
        step.httpStatus && step.httpStatus >= 400
          ? json(
              step.httpStatus,
              {
                status: 'error',
                request_id: 'req_poll_err',
                error: { code: 'BSE5003', type: 'service_unavailable', message: 'busy', retryable: true },
              },
              step.headers,
            )
          : json(
              200,
              {
                status: 'success',
                request_id: `req_poll_${requests.length}`,
                message: 'ok',
                timestamp: new Date().toISOString(),
                data: {
                  account_id: generationId(0),
                  generation_id: id,
                  model_identifier: 'bfl/flux-schnell',
                  generation_status: step.status,
                  generation_output_file: step.status === 'succeeded' ? ['https://cdn.example/out.png'] : null,
                  ...(step.status === 'failed'
                    ? { generation_error: 'Flagged by the content safety filter', generation_error_code: 'BSE2006' }
                    : {}),
                },
              },
              step.headers,
            );
    }
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    res.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    ids: () => generations.map((g) => g.generation_id),
    /** Adds `n` new generations at the head, as new submissions do. */
    prepend(n: number) {
      const start = generations.length;
      generations = [
        ...Array.from({ length: n }, (_, i) => ({
          account_id: generationId(0),
          generation_id: generationId(1_000_000 + start + i),
          generation_status: 'pending',
        })),
        ...generations,
      ];
    },
    /** From now on, answer the first page for every offset, as a cache that ignores the query would. */
    stick() {
      stuck = true;
    },
    truncate(n: number) {
      generations = generations.slice(0, n);
    },
    onListRequest(callback: ((offset: number) => void) | undefined) {
      onListRequest = callback;
    },
    /** From now on, list answers go through `rewrite` (a server whose total or limit says something else than its page). */
    rewriteList(rewrite: ((envelope: ListEnvelope) => Record<string, unknown>) | undefined) {
      rewriteList = rewrite;
    },
    /** Poll answers in order; the last one repeats. */
    polls(steps: PollStep[]) {
      pollScript = [...steps];
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
