// The sandbox on a Node HTTP server (Hono's node adapter), with --state persistence and a clean
// shutdown. A busy port rejects with one line that says so.
import type { AddressInfo } from 'node:net';
import { createAdaptorServer, type Http2Bindings, type HttpBindings } from '@hono/node-server';
import { errorCodes } from '../../../generated/constraints.ts';
import { ApiError, jsonResponse } from '../protocol/envelope.ts';
import { createSandbox, NETWORK_RESET, type Sandbox, type SandboxOptions } from '../sandbox.ts';
import { loadState, stateSaver } from './state-file.ts';

export const DEFAULT_PORT = 4010;

export interface SandboxServerOptions extends Omit<SandboxOptions, 'initialState' | 'url'> {
  /** Default 4010; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1; 0.0.0.0 to reach it from other machines. */
  host?: string;
  /** Keep the state in this JSON file across restarts. */
  stateFile?: string;
  /** Called with one line per API request (method, path, status, time). */
  onRequest?: (line: string) => void;
}

export interface SandboxServer {
  url: string;
  port: number;
  sandbox: Sandbox;
  close(): Promise<void>;
}

export async function startSandboxServer(options: SandboxServerOptions = {}): Promise<SandboxServer> {
  const { port = DEFAULT_PORT, host = '127.0.0.1', stateFile, onRequest, ...sandboxOptions } = options;
  let sandbox: Sandbox | undefined;
  let saver: ReturnType<typeof stateSaver> | undefined;

  const server = createAdaptorServer({
    // Keep the process's own Request and Response (MSW, tests and apps may share the process).
    overrideGlobalObjects: false,
    fetch: async (request: Request, env: HttpBindings | Http2Bindings) => {
      const started = Date.now();
      try {
        const response = await sandbox!.handle(request);
        if (request.method !== 'GET' && request.method !== 'OPTIONS') saver?.changed();
        onRequest?.(`${request.method} ${new URL(request.url).pathname} ${response.status} ${Date.now() - started}ms`);
        return response;
      } catch (error) {
        if ((error as { cause?: unknown })?.cause === NETWORK_RESET) {
          onRequest?.(`${request.method} ${new URL(request.url).pathname} connection reset (chaos)`);
          env.incoming.socket.destroy();
          return new Response(null, { status: 500 });
        }
        // Under validate: 'throw' a contract violation ends here: answer 500 and say why.
        console.error(error);
        // Not retryable: the same request would break the spec again.
        const answer = new ApiError(500, 'BSE5000', errorCodes.BSE5000.type, String((error as Error)?.message ?? error), {
          retryable: false,
        });
        return jsonResponse(500, answer.body('req_sandbox_error'));
      }
    },
  });

  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} is already in use: stop the other server or choose another port (--port).`)
          : error,
      );
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });

  const actualPort = (server.address() as AddressInfo).port;
  const url = `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${actualPort}`;
  sandbox = createSandbox({ ...sandboxOptions, url, ...(stateFile ? { initialState: loadState(stateFile) } : {}) });
  if (stateFile) saver = stateSaver(stateFile, sandbox);

  let closing: Promise<void> | undefined;
  return {
    url,
    port: actualPort,
    sandbox,
    close() {
      closing ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        (server as import('node:http').Server).closeAllConnections?.();
        await sandbox!.close();
        saver?.flush();
        await closed;
      })();
      return closing;
    },
  };
}
