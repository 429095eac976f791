/**
 * The webhook handler for Node's `(req, res)` (Express, Connect, plain `http`): it reads the raw body
 * itself. A body a parser already consumed cannot be verified (its bytes are gone), so that is
 * answered with what to change, the most common webhook mistake there is. Only the objects Node
 * passes are used: nothing here imports Node.
 */
import { BabySeaWebhookHandlerError } from './handler.js';

/** What is read of Node's IncomingMessage (Express's request adds `body` when a parser ran). */
export interface NodeRequest {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
  readableEnded?: boolean;
  on(event: 'data' | 'end' | 'error', listener: (chunk?: unknown) => void): unknown;
}

/** What is used of Node's ServerResponse. */
export interface NodeResponse {
  writeHead(status: number, headers: Record<string, string>): unknown;
  end(body?: string): unknown;
}

/** What the handler answers a body that a parser consumed, saying which middleware to move and how. */
export const PARSED_BODY_MESSAGE =
  'The request body was already parsed by a body parser (express.json(), bodyParser.json() or similar), so its signature cannot be checked: the exact bytes are gone. Give this route the raw body instead: app.post(path, express.raw({ type: "application/json" }), handler), registered before app.use(express.json()), or mount it before any JSON parser.';

/** Wraps a `createWebhookHandler` handler for `(req, res)`: `app.post('/webhooks/babysea', toNodeHandler(handler))`. */
export function toNodeHandler(handler: (request: Request) => Promise<Response>, { maxBodyBytes = 1 << 20 } = {}) {
  return async (req: NodeRequest, res: NodeResponse): Promise<void> => {
    let answer: Response;
    try {
      const body = await rawBody(req, maxBodyBytes);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const request = new Request(`http://${headers.get('host') ?? 'localhost'}${req.url ?? '/'}`, {
        method: req.method ?? 'POST',
        headers,
        ...(req.method === 'GET' || req.method === 'HEAD' ? {} : { body: body as Uint8Array<ArrayBuffer> }),
      });
      answer = await handler(request);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      answer = new Response(JSON.stringify({ error: (error as BabySeaWebhookHandlerError).type ?? 'bad_request', message }), {
        status: (error as BabySeaWebhookHandlerError).type === 'body_too_large' ? 413 : 400,
        headers: { 'content-type': 'application/json' },
      });
    }
    const headers: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      headers[name] = value;
    });
    res.writeHead(answer.status, headers);
    res.end(await answer.text());
  };
}

async function rawBody(req: NodeRequest, max: number): Promise<Uint8Array> {
  const given = req.body;
  if (typeof given === 'string') return new TextEncoder().encode(given);
  if (given instanceof Uint8Array) return given;
  if (given !== undefined && given !== null && !(typeof given === 'object' && Object.keys(given).length === 0 && !req.readableEnded)) {
    throw new BabySeaWebhookHandlerError(PARSED_BODY_MESSAGE, { type: 'parsed_body' });
  }
  if (req.readableEnded) throw new BabySeaWebhookHandlerError(PARSED_BODY_MESSAGE, { type: 'parsed_body' });
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    req.on('data', (chunk) => {
      const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array);
      size += bytes.length;
      if (size > max)
        reject(
          new BabySeaWebhookHandlerError(`The body is larger than ${max} bytes (maxBodyBytes): not a BabySea delivery.`, {
            type: 'body_too_large',
          }),
        );
      else chunks.push(bytes);
    });
    req.on('end', () => {
      const out = new Uint8Array(size);
      let at = 0;
      for (const chunk of chunks) {
        out.set(chunk, at);
        at += chunk.length;
      }
      resolve(out);
    });
    req.on('error', reject);
  });
}
