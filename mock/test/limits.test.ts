// What a batch runner meets: a cap on generations in flight per account (429 BSE1009, a slot held
// from submission to a terminal state), run times that vary per generation (seeded) unless exact
// durations are asked for, and output URLs under a public base URL.
import { afterEach, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../src/index.ts';
import { BASE, call, generateImage, KEY, testSandbox } from './helpers.ts';

let sandbox: Sandbox;
afterEach(() => sandbox?.close());

const submit = (prompt = 'x') => generateImage(sandbox, 'bfl/flux-schnell', { generation_prompt: prompt });

describe('generations in flight', () => {
  it('an account allows 10 at once by default; the 11th is the API’s 429 BSE1009', async () => {
    sandbox = testSandbox({ exampleGenerations: false });
    for (let i = 0; i < 10; i++) expect((await submit()).status).toBe(200);
    const refused = await submit();
    expect(refused.status).toBe(429);
    expect(refused.json.error).toMatchObject({ code: 'BSE1009', type: 'concurrency_limit_exceeded', retryable: true });
    expect(refused.json.error.message).toBe('Your plan allows 10 generations in flight; wait for one to finish.');
    expect(refused.headers.get('retry-after')).toBe('1');
    // Refused submissions are not charged and not listed.
    expect((await call(sandbox, 'GET', '/v1/content/list')).json.total).toBe(10);
  });

  it('a slot is held until the generation succeeds, fails or is canceled', async () => {
    sandbox = testSandbox({ exampleGenerations: false, maxInFlight: 2 });
    const first = (await submit()).json.data.generation_id;
    const failing = (await submit('y [fail]')).json.data.generation_id;
    expect((await submit()).status).toBe(429);
    await call(sandbox, 'POST', `/v1/content/generation/cancel/${first}`);
    const third = await submit();
    expect(third.status).toBe(200);
    expect((await submit()).status).toBe(429);
    sandbox.clock.advance(600_000);
    expect((await call(sandbox, 'GET', `/v1/content/${failing}`)).json.data.generation_status).toBe('failed');
    expect((await submit()).status).toBe(200);
    expect((await submit()).status).toBe(200);
    expect((await submit()).status).toBe(429);
  });

  it('set-max-in-flight changes one key’s cap; others keep the default', async () => {
    sandbox = testSandbox({ exampleGenerations: false, maxInFlight: 5 });
    const set = await call(sandbox, 'POST', '/__sandbox/scenarios/set-max-in-flight', { body: { key: KEY, max_in_flight: 1 } });
    expect(set.json).toEqual({ scenario: 'set-max-in-flight', key: KEY, max_in_flight: 1, in_flight: 0 });
    expect((await submit()).status).toBe(200);
    expect((await submit()).json.error.message).toBe('Your plan allows 1 generation in flight; wait for one to finish.');
    for (let i = 0; i < 5; i++) {
      expect((await generateImage(sandbox, 'bfl/flux-schnell', { generation_prompt: 'x' }, { key: 'bye_other_key' })).status).toBe(200);
    }
    const bad = await call(sandbox, 'POST', '/__sandbox/scenarios/set-max-in-flight', { body: { key: KEY, max_in_flight: 0 } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.details.field).toBe('max_in_flight');
  });

  it('a cap that is not an integer ≥ 1 is refused at creation', () => {
    expect(() => createSandbox({ maxInFlight: 0 })).toThrow('maxInFlight must be an integer ≥ 1, got 0.');
  });
});

describe('run times', () => {
  /** When each of `count` generations of one model ends, on a fresh sandbox. */
  const endTimes = async (options: Parameters<typeof testSandbox>[0], count = 6) => {
    const box = testSandbox({ exampleGenerations: false, ...options });
    const start = box.clock.now();
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const answer = await generateImage(box, 'bfl/flux-schnell', { generation_prompt: 'x' });
      ids.push(answer.json.data.generation_id);
    }
    box.clock.advance(600_000);
    const ends: number[] = [];
    for (const id of ids) {
      const { json } = await call(box, 'GET', `/v1/content/${id}`);
      ends.push(Date.parse(json.data.generation_completed_at) - start);
    }
    await box.close();
    return ends;
  };

  it('vary by up to ±20 % from one generation to the next, the same for the same seed', async () => {
    const exact = await endTimes({ exactDurations: true });
    expect(new Set(exact).size).toBe(1);
    const varied = await endTimes({ exactDurations: false, seed: 3 });
    expect(new Set(varied).size).toBeGreaterThan(1);
    for (const end of varied) {
      expect(end).toBeGreaterThanOrEqual(Math.floor(exact[0]! * 0.8));
      expect(end).toBeLessThanOrEqual(Math.ceil(exact[0]! * 1.2));
    }
    expect(await endTimes({ exactDurations: false, seed: 3 })).toEqual(varied);
    expect(await endTimes({ exactDurations: false, seed: 4 })).not.toEqual(varied);
  });
});

describe('publicUrl', () => {
  it('is the base of every output URL handed out, and of triggered events', async () => {
    sandbox = testSandbox({ exampleGenerations: false, publicUrl: 'https://sandbox.example.dev/' });
    const id = (await submit()).json.data.generation_id;
    sandbox.clock.advance(600_000);
    const [url] = (await call(sandbox, 'GET', `/v1/content/${id}`)).json.data.generation_output_file;
    expect(url).toBe(`https://sandbox.example.dev/__sandbox/media/${id}/0.png`);
    // The tunnel forwards the path to the sandbox, which serves it.
    const file = await sandbox.handle(new Request(`${BASE}${new URL(url).pathname}`));
    expect(file.headers.get('content-type')).toBe('image/png');
    const triggered = (await sandbox.trigger('webhook.test')) as { deliveries: { payload: { webhook_data: Record<string, unknown> } }[] };
    expect(triggered.deliveries[0]!.payload.webhook_data.generation_output_file).toEqual([
      'https://sandbox.example.dev/__sandbox/media/00000000-0000-0000-0000-000000000000/0.png',
    ]);
  });

  it('must be an absolute http(s) URL', () => {
    expect(() => createSandbox({ publicUrl: 'sandbox.example.dev' })).toThrow(
      'publicUrl must be an absolute http(s) URL such as https://sandbox.example.dev, got "sandbox.example.dev".',
    );
  });
});
