// The one table of magic values (scenarios.json): the engine, the CLI (`babysea-mock scenarios`),
// the /__sandbox/ page, docs/sandbox.md (scripts/docs-tables.mjs) and the tests all read it.
import table from './scenarios.json' with { type: 'json' };

export type PromptOutcome = 'fail' | 'failover' | 'content-policy' | 'reject' | 'slow';

export interface KeyEffect {
  preset?: string;
  balance?: number;
  invalid?: boolean;
  rateLimited?: boolean;
  maxInFlight?: number;
}

export type Scenario =
  | { kind: 'api-key'; value: string; effect: string; key: KeyEffect }
  | { kind: 'prompt'; value: string; effect: string; prompt: { outcome: PromptOutcome } }
  | { kind: 'control'; value: string; effect: string; control: { example: Record<string, unknown> } }
  | { kind: 'request'; value: string; effect: string };

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
