// What failures look like, and how to tell them apart.
import { BabySea, BabySeaAbortError, BabySeaError, BabySeaRetryError, BabySeaTimeoutError, BabySeaValidationError } from 'babysea';

const client = new BabySea({ baseUrl: process.env.BABYSEA_BASE_URL, maxRetries: 1 });

async function explain(label: string, call: () => Promise<unknown>) {
  try {
    await call();
    console.log(`${label}: ok`);
  } catch (error) {
    if (error instanceof BabySeaValidationError) console.log(`${label}: bad argument ${error.argument}: ${error.message}`);
    else if (error instanceof BabySeaAbortError) console.log(`${label}: aborted`);
    else if (error instanceof BabySeaTimeoutError) console.log(`${label}: timed out`);
    else if (error instanceof BabySeaRetryError)
      console.log(`${label}: gave up after ${error.attempts} attempts (${error.code}, request ${error.requestId})`);
    else if (error instanceof BabySeaError)
      console.log(`${label}: ${error.status} ${error.code} retryable=${error.retryable} request=${error.requestId}`);
    else throw error;
  }
}

// Rejected before sending: a model id must be owner/name.
await explain('bad model id', () => client.estimate('flux-schnell'));
// The mock answers what the Prefer header asks for; the real API answers this way when credits run out.
await explain('insufficient credits', () =>
  client.generate('google/nano-banana', { generation_prompt: 'x' }, { headers: { Prefer: 'code=402' } }),
);
// 429 is retried (honouring Retry-After) until maxRetries, then BabySeaRetryError.
await explain('rate limited', () => client.status({ headers: { Prefer: 'code=429' } }));
// The caller's signal aborts at once.
await explain('aborted', () => client.status({ signal: AbortSignal.abort() }));
