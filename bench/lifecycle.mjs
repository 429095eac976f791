// 6. Pagination memory and 7. webhook verification throughput.
import { spawnSync } from 'node:child_process';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { signWebhookPayload, verifyWebhook } from 'babysea/webhooks';
import { median, pairedRatio, shuffle } from './harness.mjs';

/** Runs bench/pagination-child.mjs (it needs --expose-gc and a clean heap). */
export function paginationMemory({ generations }) {
  const child = fileURLToPath(new URL('./pagination-child.mjs', import.meta.url));
  const result = spawnSync(process.execPath, ['--expose-gc', child], {
    encoding: 'utf8',
    env: { ...process.env, GENERATIONS: String(generations) },
  });
  if (result.status !== 0) throw new Error(`pagination benchmark failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

export async function webhookThroughput({ batches, perBatch }) {
  const secret = 'whsec_benchmark_secret';
  const body = JSON.stringify({
    webhook_event: 'generation.completed',
    webhook_timestamp: '2026-11-24T10:00:07Z',
    webhook_delivery_id: 'dlv_bench',
    webhook_data: {
      account_id: 'a',
      model_identifier: 'google/nano-banana',
      generation_status: 'succeeded',
      generation_id: 'g',
      generation_output_file: Array.from({ length: 8 }, (_, i) => `https://cdn.babysea.ai/outputs/${i}.png`),
    },
  });
  const now = Math.floor(Date.now() / 1000);
  const header = await signWebhookPayload(body, secret, now);
  const given = Buffer.from(header.slice(header.indexOf('v1=') + 3));
  const variants = {
    'node:crypto HMAC + timingSafeEqual + JSON.parse': async () => {
      const expected = Buffer.from(createHmac('sha256', secret).update(`${now}.${body}`).digest('hex'));
      if (!timingSafeEqual(expected, given)) throw new Error('mismatch');
      return JSON.parse(body);
    },
    'verifyWebhook (Web Crypto)': () => verifyWebhook(body, header, secret, { now }),
  };
  const rates = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  for (let b = 0; b < batches + 1; b++) {
    for (const name of shuffle(Object.keys(variants))) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < perBatch; i++) await variants[name]();
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (b > 0) rates[name].push(perBatch / seconds);
    }
  }
  const [baseline, ours] = Object.keys(variants);
  return {
    payloadBytes: body.length,
    rates: Object.fromEntries(Object.entries(rates).map(([k, v]) => [k, median(v)])),
    ...pairedRatio(rates[ours], rates[baseline]),
  };
}
