#!/usr/bin/env node
// `babysea-mock`: the BabySea sandbox on a local port (default), `scenarios` (every magic value),
// `trigger EVENT` (cause a webhook event on a running sandbox), or Prism with `--engine prism`.
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { parseLatency } from '../chaos.ts';
import { randomHex } from '../random.ts';
import { scenariosAsText } from '../scenarios.ts';
import { WEBHOOK_EVENTS } from '../spec.ts';
import type { Delivery } from '../webhooks.ts';
import { FLAGS, flagSignature } from './flags.ts';
import { startPrismEngine } from './prism.ts';
import { DEFAULT_PORT, startSandboxServer } from './server.ts';

function usage(): string {
  const signatures = Object.entries(FLAGS).map(([name, flag]) => flagSignature(name, flag));
  const width = Math.max(...signatures.map((signature) => signature.length));
  const flags = Object.values(FLAGS).map((flag, i) => `  ${signatures[i]!.padEnd(width)}  ${flag.description}`);
  return [
    'usage: babysea-mock [start] [flags]        the sandbox on http://127.0.0.1:4010 (Ctrl-C stops it)',
    '       babysea-mock scenarios              every magic key, prompt marker and control scenario',
    '       babysea-mock trigger EVENT [--override FIELD=VALUE]... [--key KEY] [--url URL]',
    '',
    `events: ${WEBHOOK_EVENTS.join(', ')}`,
    '',
    'flags:',
    ...flags,
    '',
    scenariosAsText(),
  ].join('\n');
}

function version(): string {
  const require = createRequire(import.meta.url);
  for (const path of ['../package.json', '../../package.json']) {
    try {
      const pkg = require(path) as { name?: string; version?: string };
      if (pkg.name === 'babysea-mock') return pkg.version ?? '0.0.0';
    } catch {
      // Not there in this layout (dist/ or src/node/).
    }
  }
  return '0.0.0';
}

const number = (flag: string, text: string | undefined, check: (n: number) => boolean = (n) => n >= 0): number | undefined => {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || !check(value)) throw new Error(`--${flag} takes a number (got "${text}").`);
  return value;
};

/** `field=value`: the value is JSON when it parses (numbers, booleans, null), else the text itself. */
function parseOverrides(pairs: readonly string[] = []): Record<string, unknown> {
  const overrides: Record<string, unknown> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new Error(`--override takes FIELD=VALUE (got "${pair}").`);
    const text = pair.slice(at + 1);
    let value: unknown = text;
    try {
      value = JSON.parse(text);
    } catch {
      // A plain string.
    }
    overrides[pair.slice(0, at)] = value;
  }
  return overrides;
}

async function trigger(event: string | undefined, values: Record<string, unknown>): Promise<number> {
  if (!event) throw new Error(`trigger needs an event: ${WEBHOOK_EVENTS.join(', ')}.`);
  const base = String(values.url ?? `http://127.0.0.1:${DEFAULT_PORT}`).replace(/\/+$/, '');
  const body = { event, ...(values.key ? { key: values.key } : {}), overrides: parseOverrides(values.override as string[] | undefined) };
  let response: Response;
  try {
    response = await fetch(`${base}/__sandbox/trigger`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw new Error(`No sandbox answers on ${base}: start one with \`babysea-mock\` (or pass --url).`);
  }
  const json = (await response.json()) as {
    error?: { message: string };
    deliveries?: Delivery[];
    generation_id?: string;
  };
  if (!response.ok) {
    console.error(`trigger ${event} failed (${response.status}): ${json.error?.message ?? JSON.stringify(json)}`);
    return 1;
  }
  if (json.generation_id) console.log(`generation ${json.generation_id}`);
  for (const d of json.deliveries ?? []) {
    const last = d.attempts.at(-1);
    const outcome = d.url ? `${d.status} (${last?.status ?? last?.error ?? 'queued'}) → ${d.url}` : 'logged (no webhook URL configured)';
    console.log(`${d.event} ${d.delivery_id}: ${outcome}`);
  }
  return 0;
}

async function start(values: Record<string, unknown>): Promise<void> {
  const port = number('port', (values.port as string | undefined) ?? process.env.PORT, Number.isInteger) ?? DEFAULT_PORT;
  const host = (values.host as string | undefined) ?? '127.0.0.1';
  const engine = (values.engine as string | undefined) ?? 'sandbox';
  if (engine === 'prism') {
    const prism = await startPrismEngine({ port, host, dynamic: values.dynamic === true });
    console.log(`\nPrism serving the BabySea spec's examples (no state) on ${prism.url}. Ctrl-C stops it.`);
    onSignals(() => prism.stop());
    process.exitCode = (await prism.exited) ?? 0;
    return;
  }
  if (engine !== 'sandbox') throw new Error(`--engine is sandbox or prism (got "${engine}").`);
  const validate = (values.validate as string | undefined) ?? 'log';
  if (!['log', 'throw', 'off'].includes(validate)) throw new Error(`--validate is log, throw or off (got "${validate}").`);
  const clock = (values.clock as string | undefined) ?? 'real';
  if (clock !== 'real' && clock !== 'manual') throw new Error(`--clock is real or manual (got "${clock}").`);
  const webhookUrl = values['webhook-url'] as string | undefined;
  const webhookSecret = (values['webhook-secret'] as string | undefined) ?? (webhookUrl ? `whsec_sandbox_${randomHex(16)}` : undefined);
  const rateLimit = number('rate-limit', values['rate-limit'] as string | undefined);
  const rate = (flag: string) => number(flag, values[flag] as string | undefined, (n) => n >= 0 && n <= 1);
  const latency = values['chaos-latency'] as string | undefined;
  const failureRate = rate('chaos-failure');
  const resetRate = rate('chaos-reset');
  const hangRate = rate('chaos-hang');
  const chaos = {
    ...(latency ? { latencyMs: parseLatency(latency) } : {}),
    ...(failureRate ? { failureRate } : {}),
    ...(resetRate ? { resetRate } : {}),
    ...(hangRate ? { hangRate } : {}),
  };
  const startingBalance = number('balance', values.balance as string | undefined);
  const speed = number('speed', values.speed as string | undefined, (n) => n > 0);
  const seed = number('seed', values.seed as string | undefined, Number.isInteger);
  const server = await startSandboxServer({
    port,
    host,
    clock,
    validate: validate as 'log',
    ...(speed !== undefined ? { speed } : {}),
    ...(seed !== undefined ? { seed } : {}),
    ...(startingBalance !== undefined ? { startingBalance } : {}),
    ...(rateLimit !== undefined ? { rateLimit: rateLimit === 0 ? false : { limit: rateLimit } } : {}),
    ...(Object.keys(chaos).length > 0 ? { chaos } : {}),
    ...(webhookUrl && webhookSecret ? { webhook: { url: webhookUrl, secret: webhookSecret } } : {}),
    ...(values.state ? { stateFile: values.state as string } : {}),
    ...(values.quiet ? {} : { onRequest: (line: string) => console.log(line) }),
    logger: (line) => console.error(line),
  });
  console.log(`BabySea sandbox on ${server.url} (control page: ${server.url}/__sandbox/). Ctrl-C stops it.`);
  if (webhookUrl) console.log(`Webhooks → ${webhookUrl}, signed with ${webhookSecret}`);
  console.log(`Try: curl -H 'Authorization: Bearer bye_test_123' ${server.url}/v1/user/billing`);
  onSignals(() => server.close());
}

function onSignals(stop: () => Promise<void>) {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      stop().then(
        () => process.exit(0),
        (error) => {
          console.error(error);
          process.exit(1);
        },
      );
    });
  }
}

async function main(argv: string[]): Promise<number | undefined> {
  const { values, positionals } = parseArgs({ args: argv, options: FLAGS, allowPositionals: true, strict: true });
  if (values.help) {
    console.log(usage());
    return 0;
  }
  if (values.version) {
    console.log(version());
    return 0;
  }
  const [command = 'start', ...rest] = positionals;
  if (command === 'scenarios') {
    console.log(scenariosAsText());
    return 0;
  }
  if (command === 'trigger') return trigger(rest[0], values);
  if (command !== 'start') throw new Error(`Unknown command "${command}": start, scenarios or trigger (see --help).`);
  await start(values);
  return undefined;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== undefined) process.exitCode = code;
  },
  (error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  },
);
