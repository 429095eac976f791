// The CLI's flags, in one table: cli.ts parses them (node:util parseArgs) and prints them for --help,
// and mock/scripts/docs-tables.mjs writes them into docs/sandbox.md, so the three cannot disagree.
// `value` names what a flag takes.
import { DEFAULT_TRIGGER_KEY } from '../control/trigger.ts';
import { DEFAULT_PORT } from './server.ts';

export interface Flag {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
  readonly value?: string;
  readonly description: string;
}

export const FLAGS = {
  port: { type: 'string', short: 'p', value: 'N', description: `port (default ${DEFAULT_PORT}, or $PORT; 0 picks a free one)` },
  host: { type: 'string', value: 'HOST', description: 'interface (default 127.0.0.1; 0.0.0.0 to reach it from other machines)' },
  engine: {
    type: 'string',
    value: 'sandbox|prism',
    description: 'sandbox (default: stateful) or prism (the spec examples, no state; needs @stoplight/prism-cli)',
  },
  speed: { type: 'string', value: 'FACTOR', description: 'run generations FACTOR times faster (default 1; 10 turns 30 s into 3 s)' },
  clock: {
    type: 'string',
    value: 'real|manual',
    description: 'real (default) or manual: time moves only with POST /__sandbox/clock/advance',
  },
  seed: { type: 'string', value: 'N', description: 'seed of the chaos generator (default 1): the same seed, the same faults' },
  state: { type: 'string', value: 'FILE', description: 'keep the state in this JSON FILE across restarts' },
  'webhook-url': { type: 'string', value: 'URL', description: 'POST every account’s events to this URL' },
  'webhook-secret': {
    type: 'string',
    value: 'SECRET',
    description: 'sign them with this secret (default: a new whsec_… printed at start)',
  },
  balance: { type: 'string', value: 'N', description: 'credit balance of a new account (default 184.25, the spec’s billing example)' },
  'rate-limit': { type: 'string', value: 'N', description: 'requests per minute and key (default 60; 0 turns the limit off)' },
  validate: {
    type: 'string',
    value: 'log|throw|off',
    description: 'log (default), throw (answer 500) or off: what an answer that breaks the spec does',
  },
  'chaos-latency': { type: 'string', value: 'MIN-MAX', description: 'add MIN-MAX ms of latency to every API request' },
  'chaos-failure': { type: 'string', value: 'RATE', description: 'share (0–1) of API requests answering 500 or 503' },
  'chaos-reset': { type: 'string', value: 'RATE', description: 'share (0–1) of API requests whose connection is reset' },
  'chaos-hang': { type: 'string', value: 'RATE', description: 'share (0–1) of API requests that never answer' },
  dynamic: { type: 'boolean', description: 'with --engine prism: random data from the schemas instead of the examples' },
  quiet: { type: 'boolean', short: 'q', description: 'no line per request' },
  url: { type: 'string', value: 'URL', description: `trigger: the running sandbox (default http://127.0.0.1:${DEFAULT_PORT})` },
  key: {
    type: 'string',
    value: 'KEY',
    description: `trigger: the API key whose account the event is about (default ${DEFAULT_TRIGGER_KEY}, an account of its own)`,
  },
  override: {
    type: 'string',
    multiple: true,
    value: 'FIELD=VALUE',
    description: 'trigger: a field of the event, repeatable (e.g. model_identifier=google/veo-2)',
  },
  help: { type: 'boolean', short: 'h', description: 'this help' },
  version: { type: 'boolean', short: 'v', description: 'the version' },
} as const satisfies Record<string, Flag>;

/** How a flag is written: `-p, --port N`. */
export function flagSignature(name: string, flag: Flag): string {
  return `${flag.short ? `-${flag.short}, ` : ''}--${name}${flag.value ? ` ${flag.value}` : ''}`;
}
