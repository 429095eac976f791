// The CLI's commands and flags, in one table: cli.ts parses them (node:util parseArgs) and prints
// them for --help, and mock/scripts/docs-tables.mjs writes them into docs/sandbox.md, so the three
// cannot disagree. `value` names what a flag takes; `commands` which commands take it.
import { DEFAULT_TRIGGER_KEY } from '../control/trigger.ts';
import { DEFAULT_MAX_IN_FLIGHT } from '../domain/model.ts';
import { DEFAULT_PORT } from './server.ts';

export const COMMANDS = {
  start: { usage: 'babysea-mock [start] [flags]', description: 'the sandbox on http://127.0.0.1:4010 (Ctrl-C or SIGTERM stops it)' },
  scenarios: { usage: 'babysea-mock scenarios', description: 'every magic key, prompt marker and control scenario' },
  trigger: {
    usage: 'babysea-mock trigger EVENT [flags]',
    description: 'cause a webhook event on a running sandbox, as `stripe trigger` does',
  },
} as const;

export type Command = keyof typeof COMMANDS;

export interface Flag {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
  readonly value?: string;
  readonly description: string;
  /** The commands that take the flag (every command takes --help and --version). */
  readonly commands: readonly Command[];
}

const START = ['start'] as const;
const TRIGGER = ['trigger'] as const;
const ALL = ['start', 'scenarios', 'trigger'] as const;

export const FLAGS = {
  port: {
    type: 'string',
    short: 'p',
    value: 'N',
    description: `port (default ${DEFAULT_PORT}, or $PORT; 0 picks a free one)`,
    commands: START,
  },
  host: {
    type: 'string',
    value: 'HOST',
    description: 'interface (default 127.0.0.1; 0.0.0.0 to reach it from other machines)',
    commands: START,
  },
  engine: {
    type: 'string',
    value: 'sandbox|prism',
    description: 'sandbox (default: stateful) or prism (the spec examples, no state; needs @stoplight/prism-cli)',
    commands: START,
  },
  speed: {
    type: 'string',
    value: 'FACTOR',
    description: 'run generations FACTOR times faster (default 1; 10 turns 30 s into 3 s)',
    commands: START,
  },
  'exact-durations': {
    type: 'boolean',
    description: 'every generation takes exactly its model’s usual time (default: each varies by up to ±20 %, drawn from --seed)',
    commands: START,
  },
  clock: {
    type: 'string',
    value: 'real|manual',
    description: 'real (default) or manual: time moves only with POST /__sandbox/clock/advance',
    commands: START,
  },
  seed: {
    type: 'string',
    value: 'N',
    description: 'seed of the chaos and run-time draws (default 1): the same seed, the same faults and durations',
    commands: START,
  },
  state: { type: 'string', value: 'FILE', description: 'keep the state in this JSON FILE across restarts', commands: START },
  'webhook-url': { type: 'string', value: 'URL', description: 'POST every account’s events to this URL', commands: START },
  'webhook-secret': {
    type: 'string',
    value: 'SECRET',
    description: 'sign them with this secret (default: a new whsec_… printed at start)',
    commands: START,
  },
  'public-url': {
    type: 'string',
    value: 'URL',
    description: 'base of the output URLs handed out (default: the URL the client called), e.g. an https:// tunnel to the sandbox',
    commands: START,
  },
  balance: {
    type: 'string',
    value: 'N',
    description: 'credit balance of a new account (default 184.25, the spec’s billing example)',
    commands: START,
  },
  'max-in-flight': {
    type: 'string',
    value: 'N',
    description: `generations an account may have in flight at once (default ${DEFAULT_MAX_IN_FLIGHT}); one more answers 429 BSE1009`,
    commands: START,
  },
  empty: { type: 'boolean', description: 'accounts start without the spec’s example generations', commands: START },
  'rate-limit': {
    type: 'string',
    value: 'N',
    description: 'requests per minute and key (default 60; 0 turns the limit off)',
    commands: START,
  },
  validate: {
    type: 'string',
    value: 'log|throw|off',
    description: 'log (default), throw (answer 500) or off: what an answer that breaks the spec does',
    commands: START,
  },
  'chaos-latency': { type: 'string', value: 'MIN-MAX', description: 'add MIN-MAX ms of latency to every API request', commands: START },
  'chaos-failure': { type: 'string', value: 'RATE', description: 'share (0–1) of API requests answering 500 or 503', commands: START },
  'chaos-reset': { type: 'string', value: 'RATE', description: 'share (0–1) of API requests whose connection is reset', commands: START },
  'chaos-hang': { type: 'string', value: 'RATE', description: 'share (0–1) of API requests that never answer', commands: START },
  dynamic: {
    type: 'boolean',
    description: 'with --engine prism: random data from the schemas instead of the examples',
    commands: START,
  },
  quiet: { type: 'boolean', short: 'q', description: 'no line per request', commands: START },
  url: {
    type: 'string',
    value: 'URL',
    description: `the running sandbox (default http://127.0.0.1:${DEFAULT_PORT})`,
    commands: TRIGGER,
  },
  key: {
    type: 'string',
    value: 'KEY',
    description: `the API key whose account the event is about (default ${DEFAULT_TRIGGER_KEY}, an account of its own)`,
    commands: TRIGGER,
  },
  override: {
    type: 'string',
    multiple: true,
    value: 'FIELD=VALUE',
    description: 'a field of the event, repeatable (e.g. model_identifier=google/veo-2)',
    commands: TRIGGER,
  },
  help: { type: 'boolean', short: 'h', description: 'this help', commands: ALL },
  version: { type: 'boolean', short: 'v', description: 'the version', commands: ALL },
} as const satisfies Record<string, Flag>;

export type FlagName = keyof typeof FLAGS;

/** How a flag is written: `-p, --port N`. */
export function flagSignature(name: string, flag: Flag): string {
  return `${flag.short ? `-${flag.short}, ` : ''}--${name}${flag.value ? ` ${flag.value}` : ''}`;
}
