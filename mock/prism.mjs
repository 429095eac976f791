// Starts and stops a Prism mock server of the BabySea spec (static examples, no state): the
// sandbox's `--engine prism`, and what the contract tests use. Plain JS so the repository's scripts need no build.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SPEC_PATH = fileURLToPath(new URL('../generated/openapi.json', import.meta.url));
/** The Prism release this spec is tested with (newer ones require Node 24). */
export const PRISM_VERSION = '5.14.2';

/**
 * How to run Prism: the copy installed next to this package or in the current project, else (unless
 * `allowDownload` is false) the tested release through npx, the one case that needs the npm registry.
 */
function prismCommand(allowDownload = true) {
  for (const base of [import.meta.url, `file://${process.cwd()}/`]) {
    try {
      const require = createRequire(base);
      const pkgPath = require.resolve('@stoplight/prism-cli/package.json');
      const pkg = require(pkgPath);
      return [process.execPath, [join(dirname(pkgPath), typeof pkg.bin === 'string' ? pkg.bin : pkg.bin.prism)]];
    } catch {
      // Not installed there.
    }
  }
  if (!allowDownload) {
    throw new Error(`Prism is not installed: npm install -D @stoplight/prism-cli@${PRISM_VERSION}, or use the sandbox engine.`);
  }
  return [process.platform === 'win32' ? 'npx.cmd' : 'npx', ['--yes', `@stoplight/prism-cli@${PRISM_VERSION}`]];
}

/** A port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts Prism and resolves once it listens; rejects (never hangs) if it exits first, the port is
 * taken, or it is not up within `startTimeoutMs`.
 */
export async function startPrism({
  port,
  host = '127.0.0.1',
  dynamic = false,
  errors = false,
  stdio = 'pipe',
  startTimeoutMs = 60_000,
  spec = SPEC_PATH,
  allowDownload = true,
} = {}) {
  port ??= await freePort();
  const [command, prefix] = prismCommand(allowDownload);
  const args = [...prefix, 'mock', '--host', host, '--port', String(port)];
  if (dynamic) args.push('--dynamic');
  if (errors) args.push('--errors');
  args.push(spec);
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
  let output = '';
  const url = `http://${host}:${port}`;

  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Prism did not start on ${url} within ${startTimeoutMs} ms:\n${output.slice(-2000)}`));
    }, startTimeoutMs);
    const onData = (chunk) => {
      const text = chunk.toString();
      output += text;
      if (stdio === 'inherit') process.stdout.write(text);
      if (output.includes(`Prism is listening on ${url}`)) {
        clearTimeout(timer);
        resolve();
      }
      if (/EADDRINUSE|address already in use/i.test(output)) {
        clearTimeout(timer);
        child.kill('SIGKILL');
        reject(new Error(`Port ${port} is already in use: stop the other server or choose another port.`));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Prism exited (code ${code}, signal ${signal}) before listening on ${url}:\n${output.slice(-2000)}`));
    });
  });

  // Keep draining its output so the pipe never fills and blocks Prism.
  if (stdio !== 'inherit') {
    child.stdout.removeAllListeners('data');
    child.stderr.removeAllListeners('data');
    child.stdout.resume();
    child.stderr.resume();
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    url,
    port,
    child,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    },
  };
}
