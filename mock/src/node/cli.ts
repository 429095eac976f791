#!/usr/bin/env node
// `babysea-mock`: the BabySea sandbox on a local port (default), `scenarios` (every magic value),
// `trigger EVENT` (cause a webhook event on a running sandbox), or Prism with `--engine prism`.
import { createRequire } from 'node:module';
import { checkPublicUrl } from '../build-core.ts';
import { parseLatency } from '../chaos.ts';
import { randomHex } from '../random.ts';
import { scenariosAsText } from '../scenarios.ts';
import { WEBHOOK_EVENTS } from '../spec.ts';
import type { Delivery } from '../webhooks.ts';
import { type FlagValues, readCommandLine, UsageError } from './args.ts';
import { COMMANDS, type Command, FLAGS, type Flag, flagSignature } from './flags.ts';
import { onParentGone } from './parent-watch.ts';
import { startPrismEngine } from './prism.ts';
import { DEFAULT_PORT, startSandboxServer } from './server.ts';

function usage(command?: Command): string {
  const commands = command ? [command] : (Object.keys(COMMANDS) as Command[]);
  const flags = Object.entries(FLAGS).filter(([, flag]) => commands.some((c) => (flag as Flag).commands.includes(c)));
  const signatures = flags.map(([name, flag]) => flagSignature(name, flag));
  const width = Math.max(...signatures.map((signature) => signature.length));
  const usageWidth = Math.max(...commands.map((c) => COMMANDS[c].usage.length));
  return [
    ...commands.map((c, i) => `${i === 0 ? 'usage: ' : '       '}${COMMANDS[c].usage.padEnd(usageWidth)}  ${COMMANDS[c].description}`),
    '',
    ...(commands.includes('trigger') ? [`events: ${WEBHOOK_EVENTS.join(', ')}`, ''] : []),
    'flags:',
    ...flags.map(([, flag], i) => {
      const only = command || flag.commands.length > 1 ? '' : `${flag.commands[0]}: `;
      return `  ${signatures[i]!.padEnd(width)}  ${only}${flag.description}`;
    }),
    ...(command ? [] : ['', scenariosAsText()]),
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

/** A flag's number; `expected` says what it takes when `check` refuses it. */
function number(
  flag: string,
  text: string | boolean | undefined,
  check: (n: number) => boolean = (n) => n >= 0,
  expected = 'a number ≥ 0',
): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || !check(value))
    throw new UsageError(`--${flag} takes ${expected} (got "${text}"). See babysea-mock --help.`);
  return value;
}

/** What `check` returns; what it throws becomes a UsageError pointing to --help. */
function asUsageError<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    throw new UsageError(`${(error as Error).message} See babysea-mock --help.`);
  }
}

const text = (value: string | boolean | undefined) => (typeof value === 'string' ? value : undefined);

/** `field=value`: the value is JSON when it parses (numbers, booleans, null), else the text itself. */
function parseOverrides(pairs: readonly string[] = []): Record<string, unknown> {
  const overrides: Record<string, unknown> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new UsageError(`--override takes FIELD=VALUE (got "${pair}"). See babysea-mock trigger --help.`);
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

async function trigger(event: string | undefined, values: FlagValues): Promise<number> {
  if (!event) throw new UsageError(`trigger needs an event: ${WEBHOOK_EVENTS.join(', ')}. See babysea-mock trigger --help.`);
  const base = (text(values.url) ?? `http://127.0.0.1:${DEFAULT_PORT}`).replace(/\/+$/, '');
  const key = text(values.key);
  const body = { event, ...(key ? { key } : {}), overrides: parseOverrides(values.override) };
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

function oneOf<T extends string>(flag: string, value: string | boolean | undefined, allowed: readonly T[], fallback: T): T {
  const chosen = text(value) ?? fallback;
  if (!(allowed as readonly string[]).includes(chosen)) {
    throw new UsageError(`--${flag} is ${allowed.join(', ')} (got "${chosen}"). See babysea-mock --help.`);
  }
  return chosen as T;
}

async function start(values: FlagValues): Promise<void> {
  const port = number('port', text(values.port) ?? process.env.PORT, Number.isInteger, 'a port number') ?? DEFAULT_PORT;
  const host = text(values.host) ?? '127.0.0.1';
  const engine = oneOf('engine', values.engine, ['sandbox', 'prism'], 'sandbox');
  if (engine === 'prism') {
    const prism = await startPrismEngine({ port, host, dynamic: values.dynamic === true });
    console.log(`\nPrism serving the BabySea spec's examples (no state) on ${prism.url}. Ctrl-C stops it.`);
    stopOn(() => prism.stop());
    process.exitCode = (await prism.exited) ?? 0;
    return;
  }
  const validate = oneOf('validate', values.validate, ['log', 'throw', 'off'], 'log');
  const clock = oneOf('clock', values.clock, ['real', 'manual'], 'real');
  const webhookUrl = text(values['webhook-url']);
  const webhookSecret = text(values['webhook-secret']) ?? (webhookUrl ? `whsec_sandbox_${randomHex(16)}` : undefined);
  const publicUrl = asUsageError(() => checkPublicUrl(text(values['public-url']), '--public-url'));
  const rateLimit = number('rate-limit', values['rate-limit']);
  const rate = (flag: 'chaos-failure' | 'chaos-reset' | 'chaos-hang') =>
    number(flag, values[flag], (n) => n >= 0 && n <= 1, 'a share between 0 and 1');
  const latency = text(values['chaos-latency']);
  const failureRate = rate('chaos-failure');
  const resetRate = rate('chaos-reset');
  const hangRate = rate('chaos-hang');
  const chaos = {
    ...(latency ? { latencyMs: asUsageError(() => parseLatency(latency)) } : {}),
    ...(failureRate ? { failureRate } : {}),
    ...(resetRate ? { resetRate } : {}),
    ...(hangRate ? { hangRate } : {}),
  };
  const startingBalance = number('balance', values.balance);
  const speed = number('speed', values.speed, (n) => n > 0, 'a number > 0');
  const seed = number('seed', values.seed, Number.isInteger, 'an integer');
  const maxInFlight = number('max-in-flight', values['max-in-flight'], (n) => Number.isInteger(n) && n >= 1, 'an integer ≥ 1');
  const server = await startSandboxServer({
    port,
    host,
    clock,
    validate,
    ...(speed !== undefined ? { speed } : {}),
    ...(seed !== undefined ? { seed } : {}),
    ...(startingBalance !== undefined ? { startingBalance } : {}),
    ...(maxInFlight !== undefined ? { maxInFlight } : {}),
    ...(values['exact-durations'] ? { exactDurations: true } : {}),
    ...(values.empty ? { exampleGenerations: false } : {}),
    ...(publicUrl ? { publicUrl } : {}),
    ...(rateLimit !== undefined ? { rateLimit: rateLimit === 0 ? false : { limit: rateLimit } } : {}),
    ...(Object.keys(chaos).length > 0 ? { chaos } : {}),
    ...(webhookUrl && webhookSecret ? { webhook: { url: webhookUrl, secret: webhookSecret } } : {}),
    ...(text(values.state) ? { stateFile: text(values.state)! } : {}),
    ...(values.quiet ? {} : { onRequest: (line: string) => console.log(line) }),
    logger: (line) => console.error(line),
  });
  const base = publicUrl ?? server.url;
  console.log(
    [
      `BabySea sandbox on ${server.url} (Ctrl-C stops it)`,
      '',
      `  Dashboard  ${base}/__sandbox/   generations, webhooks, accounts, the clock and the scenarios, live`,
      webhookUrl
        ? `  Webhooks   POST ${webhookUrl}, signed with ${webhookSecret}`
        : '  Webhooks   logged on the dashboard; --webhook-url URL sends them to your app',
      `  SDK        new BabySea({ apiKey: 'bye_test_123', baseUrl: '${base}' })   any key works; each is its own account`,
      `  Try        curl -H 'Authorization: Bearer bye_test_123' ${base}/v1/user/billing`,
      '',
    ].join('\n'),
  );
  stopOn(() => server.close());
}

/** SIGINT, SIGTERM, or the process that started this one gone (npm's shell): stop, then exit. */
function stopOn(stop: () => Promise<void>) {
  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    stop().then(
      () => process.exit(0),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, shutdown);
  onParentGone(shutdown);
}

async function main(argv: string[]): Promise<number | undefined> {
  const { command, args, values } = readCommandLine(argv);
  if (values.help) {
    console.log(usage(argv.some((arg) => arg === command) ? command : undefined));
    return 0;
  }
  if (values.version) {
    console.log(version());
    return 0;
  }
  if (command === 'scenarios') {
    console.log(scenariosAsText());
    return 0;
  }
  if (command === 'trigger') return trigger(args[0], values);
  await start(values);
  return undefined;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== undefined) process.exitCode = code;
  },
  (error: Error) => {
    console.error(error.message);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
