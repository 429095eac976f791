#!/usr/bin/env node
// `babysea-mock`: the BabySea sandbox on a local port (default), `scenarios` (every magic value),
// `trigger EVENT` (cause a webhook event on a running sandbox), or Prism with `--engine prism`.
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { parseLatency } from '../chaos.ts';
import { DEFAULT_TRIGGER_KEY } from '../control.ts';
import { randomHex } from '../random.ts';
import { scenariosAsText } from '../scenarios.ts';
import { WEBHOOK_EVENTS } from '../spec.ts';
import { startPrismEngine } from './prism.ts';
import { DEFAULT_PORT, startSandboxServer } from './server.ts';

const OPTIONS = {
  port: { type: 'string', short: 'p', description: `port (default ${DEFAULT_PORT}, or $PORT; 0 picks a free one)` },
  host: { type: 'string', description: 'interface (default 127.0.0.1; 0.0.0.0 to reach it from other machines)' },
  engine: { type: 'string', description: 'sandbox (default: stateful) or prism (the spec examples, no state; needs @stoplight/prism-cli)' },
  speed: { type: 'string', description: 'run generations FACTOR times faster (default 1; 10 turns 30 s into 3 s)' },
  clock: { type: 'string', description: 'real (default) or manual: time moves only with POST /__sandbox/clock/advance' },
  seed: { type: 'string', description: 'seed of the chaos generator (default 1): the same seed, the same faults' },
  state: { type: 'string', description: 'keep the state in this JSON FILE across restarts' },
  'webhook-url': { type: 'string', description: 'POST every account’s events to this URL' },
  'webhook-secret': { type: 'string', description: 'sign them with this secret (default: a new whsec_… printed at start)' },
  balance: { type: 'string', description: 'credit balance of a new account (default 184.25, the spec’s billing example)' },
  'rate-limit': { type: 'string', description: 'requests per minute and key (default 60; 0 turns the limit off)' },
  validate: { type: 'string', description: 'log (default), throw (answer 500) or off: what an answer that breaks the spec does' },
  'chaos-latency': { type: 'string', description: 'add MIN-MAX ms of latency to every API request' },
  'chaos-failure': { type: 'string', description: 'share (0–1) of API requests answering 500 or 503' },
  'chaos-reset': { type: 'string', description: 'share (0–1) of API requests whose connection is reset' },
  'chaos-hang': { type: 'string', description: 'share (0–1) of API requests that never answer' },
  dynamic: { type: 'boolean', description: 'prism engine: random data from the schemas instead of the examples' },
  quiet: { type: 'boolean', short: 'q', description: 'no line per request' },
  url: { type: 'string', description: `trigger: the running sandbox (default http://127.0.0.1:${DEFAULT_PORT})` },
  key: { type: 'string', description: `trigger: the API key whose account the event is about (default ${DEFAULT_TRIGGER_KEY})` },
  override: { type: 'string', multiple: true, description: 'trigger: FIELD=VALUE, repeatable (e.g. model_identifier=google/veo-2)' },
  help: { type: 'boolean', short: 'h', description: 'this help' },
  version: { type: 'boolean', short: 'v', description: 'the version' },
} as const;

function usage(): string {
  const width = Math.max(...Object.keys(OPTIONS).map((name) => name.length)) + 8;
  const flags = Object.entries(OPTIONS).map(([name, option]) => {
    const short = 'short' in option ? `-${option.short}, ` : '    ';
    const value = option.type === 'string' ? ' X' : '';
    return `  ${short}--${`${name}${value}`.padEnd(width)} ${option.description}`;
  });
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
    deliveries?: {
      event: string;
      url: string | null;
      status: string;
      delivery_id: string;
      attempts: { status?: number; error?: string }[];
    }[];
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
    console.log(`\nBabySea mock API (Prism, static examples) on ${prism.url}. Ctrl-C stops it.`);
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
  const chaos = {
    ...(latency ? { latencyMs: parseLatency(latency) } : {}),
    ...(rate('chaos-failure') ? { failureRate: rate('chaos-failure') } : {}),
    ...(rate('chaos-reset') ? { resetRate: rate('chaos-reset') } : {}),
    ...(rate('chaos-hang') ? { hangRate: rate('chaos-hang') } : {}),
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
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
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
