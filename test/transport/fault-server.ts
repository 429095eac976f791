// A real node:http server on 127.0.0.1 that misbehaves on purpose, one scripted step per request,
// and records every attempt (headers, body, arrival time) so tests can count retries server-side.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { example, routeOf } from '../helpers/spec.js';

export type Step =
  | { status: number; body?: unknown; headers?: Record<string, string>; raw?: string }
  | { reset: 'before-headers' | 'after-headers' }
  | { hang: 'headers' | 'body' }
  | { truncate: true }
  /** The spec's first example for the requested route, with optional extra headers: a well-behaved answer. */
  | { example: true; headers?: Record<string, string> };

export interface Attempt {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

export const envelope = (data: unknown, extra: Record<string, unknown> = {}) => ({
  status: 'success',
  request_id: 'req_ok',
  message: 'ok',
  timestamp: '2026-11-24T10:00:00Z',
  data,
  ...extra,
});

export const apiError = (code: string, type: string, message: string, retryable: boolean, requestId = 'req_err') => ({
  status: 'error',
  request_id: requestId,
  error: { code, type, message, retryable },
});

export async function startFaultServer() {
  const attempts: Attempt[] = [];
  let script: Step[] = [];
  let fallback: Step = { status: 200, body: envelope({ ok: true }) };
  const sockets = new Set<Socket>();

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      attempts.push({ method: req.method!, url: req.url!, headers: req.headers, body, at: Date.now() });
      play(script.shift() ?? fallback, req, res);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    attempts,
    /** The answers to the next requests, in order; after them, `fallback`. */
    script(steps: Step[], then?: Step) {
      script = [...steps];
      if (then) fallback = then;
      attempts.length = 0;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function play(step: Step, req: IncomingMessage, res: ServerResponse) {
  if ('reset' in step) {
    if (step.reset === 'before-headers') return req.socket.destroy();
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '200' });
    res.write('{"status":"success","data":');
    return setTimeout(() => req.socket.destroy(), 10);
  }
  if ('hang' in step) {
    if (step.hang === 'body') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
      res.write('{"status":"success",');
    }
    return; // never finishes; close() destroys the socket
  }
  if ('truncate' in step) {
    // Promises 100 bytes, sends 28, then closes the connection cleanly (FIN, not a reset).
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
    res.write('{"status":"success","data":{');
    return setTimeout(() => req.socket.end(), 10);
  }
  if ('example' in step) {
    const route = routeOf(req.method!, `http://local${req.url}`);
    res.writeHead(route ? 200 : 404, { 'content-type': 'application/json', ...step.headers });
    return res.end(
      JSON.stringify(
        route
          ? example(route.operation.operationId)
          : { status: 'error', error: { code: 'BSE4000', type: 'not_found', message: 'no route', retryable: false } },
      ),
    );
  }
  const text = step.raw ?? JSON.stringify(step.body ?? '');
  res.writeHead(step.status, { 'content-type': step.raw ? 'text/html' : 'application/json', ...step.headers });
  res.end(text);
}
