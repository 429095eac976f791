// Every row of scenarios.json does what it says: its example runs against a fresh sandbox and must
// answer as the row expects. A row added without its behaviour (a key effect, a prompt outcome, a
// control scenario or a request override the sandbox does not implement) fails here.
import { afterEach, describe, expect, it } from 'vitest';
import { CONTROL_BEHAVIOUR } from '../src/control/scenarios.ts';
import { type Sandbox, SCENARIOS } from '../src/index.ts';
import type { ScenarioExample } from '../src/scenarios.ts';
import { BASE, KEY, testSandbox } from './helpers.ts';

let sandbox: Sandbox;
afterEach(() => sandbox?.close());

/** Makes an example's request (and its `before` and `then`) and checks each answer as the row says. */
async function runExample(sandbox: Sandbox, example: ScenarioExample, key: string): Promise<void> {
  if (example.before) await runExample(sandbox, example.before, key);
  const [method, path] = example.request.split(' ') as [string, string];
  let response: Response | undefined;
  for (let i = 0; i < (example.repeat ?? 1); i++) {
    response = await sandbox.handle(
      new Request(BASE + path, {
        method,
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...example.headers },
        ...(example.body ? { body: JSON.stringify(example.body) } : {}),
      }),
    );
  }
  const json = await response!.json();
  expect({ status: response!.status, code: json.error?.code }, example.request).toEqual({
    status: example.answer.status,
    code: example.answer.code,
  });
  // A control route answers a bare object, the API an envelope.
  if (example.data) expect(path.startsWith('/__sandbox/') ? json : json.data, example.request).toMatchObject(example.data);
  if (example.record) {
    sandbox.clock.advance(example.after_ms ?? 0);
    const read = await sandbox.handle(
      new Request(`${BASE}/v1/content/${json.data.generation_id}`, { headers: { authorization: `Bearer ${key}` } }),
    );
    expect((await read.json()).data, `${example.request}, then the record`).toMatchObject(example.record);
  }
  if (example.then) await runExample(sandbox, example.then, key);
}

describe.each(SCENARIOS.map((s) => [`${s.kind} ${s.value}`, s] as const))('scenario %s', (_name, scenario) => {
  it('its example answers as the table says, and what follows shows its effect', async () => {
    const sent: string[] = [];
    const fetch = (async (_url: string, init: RequestInit) => {
      sent.push(JSON.parse(String(init.body)).webhook_event);
      return new Response(null, { status: 200 });
    }) as unknown as typeof globalThis.fetch;
    sandbox = testSandbox({ fetch, webhook: { url: 'http://127.0.0.1:9/hook', secret: 'whsec_t' } });
    // The key the row names: its own for a key row, the one a control scenario acts on, else any.
    const named = scenario.example.body?.key;
    const key = scenario.kind === 'api-key' ? scenario.value : typeof named === 'string' ? named : KEY;
    await runExample(sandbox, scenario.example, key);
    if (scenario.example.events) {
      await sandbox.deliveries.settled();
      for (const event of scenario.example.events) expect(sent).toContain(event);
    }
  });
});

it('every control behaviour has its row, and every control row its behaviour', () => {
  const rows = SCENARIOS.filter((s) => s.kind === 'control').map((s) => s.value);
  expect(Object.keys(CONTROL_BEHAVIOUR).sort()).toEqual(rows.sort());
});
