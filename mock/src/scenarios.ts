// The one table of magic values (scenarios.json): the sandbox, the CLI (`babysea-mock scenarios`),
// the /__sandbox/ page, docs/sandbox.md (scripts/docs-tables.mjs) and the tests all read it. Each
// row carries an example (a request and what it must answer), which test/scenarios.test.ts runs.
import table from './scenarios.json' with { type: 'json' };

export type PromptOutcome = 'fail' | 'failover' | 'content-policy' | 'reject' | 'slow';

export interface KeyEffect {
  preset?: string;
  balance?: number;
  invalid?: boolean;
  rateLimited?: boolean;
  maxInFlight?: number;
}

/** A row's example: a request (made with the row's key for an API key row) and what must follow. */
export interface ScenarioExample {
  /** `METHOD /path?query`. */
  request: string;
  headers?: Record<string, string>;
  body?: Record<string, unknown>;
  /** Sends the request this many times; the last answer is checked. */
  repeat?: number;
  answer: { status: number; code?: string };
  /** Fields of the answer's `data` (of the answer itself for a control route). */
  data?: Record<string, unknown>;
  /** Webhook events the request sends. */
  events?: string[];
  /** After this many ms on the clock, the created generation's record has these fields. */
  after_ms?: number;
  record?: Record<string, unknown>;
  /** A request made first (e.g. the state a control scenario undoes). */
  before?: ScenarioExample;
  /** A request made after, showing the effect (e.g. of a control scenario on the API). */
  then?: ScenarioExample;
}

interface Row {
  value: string;
  effect: string;
  example: ScenarioExample;
}

export type Scenario =
  | (Row & { kind: 'api-key'; key: KeyEffect })
  | (Row & { kind: 'prompt'; prompt: { outcome: PromptOutcome } })
  | (Row & { kind: 'control' })
  | (Row & { kind: 'request' });

export const SCENARIOS = table.scenarios as readonly Scenario[];

/** The table's sections, in order, with their titles. */
export const SCENARIO_KINDS = table.kinds as Record<Scenario['kind'], string>;

export function keyEffect(apiKey: string): KeyEffect | undefined {
  for (const scenario of SCENARIOS) if (scenario.kind === 'api-key' && scenario.value === apiKey) return scenario.key;
  return undefined;
}

/** The outcomes a prompt asks for, from the markers it contains. */
export function promptOutcomes(prompt: string): Set<PromptOutcome> {
  const outcomes = new Set<PromptOutcome>();
  for (const scenario of SCENARIOS)
    if (scenario.kind === 'prompt' && prompt.includes(scenario.value)) outcomes.add(scenario.prompt.outcome);
  return outcomes;
}

export const CONTROL_SCENARIOS = SCENARIOS.filter((s) => s.kind === 'control').map((s) => s.value);

/** The table as aligned plain text, for the terminal. */
export function scenariosAsText(): string {
  const lines: string[] = [];
  for (const [kind, title] of Object.entries(SCENARIO_KINDS)) {
    lines.push(`${title}:`);
    const rows = SCENARIOS.filter((s) => s.kind === kind);
    const width = Math.max(...rows.map((s) => s.value.length));
    for (const s of rows) lines.push(`  ${s.value.padEnd(width)}  ${s.effect}`);
    lines.push('');
  }
  return lines.join('\n');
}
