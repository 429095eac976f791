// The usage counters behind GET /v1/usage: one answered request per endpoint (with its error
// code), one provider submission per attempt (used, failed, cancelled or discarded).
import { roundCredits } from '../random.ts';
import type { Account } from './model.ts';

/** Counts one answered API request into the account's usage. */
export function countRequest(account: Account, endpoint: string, status: number, code: string | undefined): void {
  const usage = account.usage;
  let counters = usage.endpoints.find((e) => e.endpoint === endpoint);
  if (!counters) {
    counters = { endpoint, total_requests: 0, success_count: 0, client_error_count: 0, server_error_count: 0, error_codes: {} };
    usage.endpoints.push(counters);
  }
  counters.total_requests++;
  usage.requests.total++;
  if (status < 400) {
    counters.success_count++;
    usage.requests.success++;
  } else if (status < 500) {
    counters.client_error_count++;
    usage.requests.clientErrors++;
  } else {
    counters.server_error_count++;
    usage.requests.serverErrors++;
  }
  if (code) counters.error_codes[code] = (counters.error_codes[code] ?? 0) + 1;
}

export type SubmissionOutcome = 'used' | 'failed' | 'cancelled' | 'discarded';

/** Counts one provider submission into the account's usage; `cost` is what it cost (wasted unless used). */
export function countSubmission(account: Account, provider: string, outcome: SubmissionOutcome, cost: number): void {
  const usage = account.usage;
  let counters = usage.providers.find((p) => p.provider === provider);
  if (!counters) {
    counters = {
      provider,
      total_submissions: 0,
      used_count: 0,
      cancelled_count: 0,
      discarded_count: 0,
      failed_count: 0,
      total_estimated_cost: 0,
      wasted_estimated_cost: 0,
    };
    usage.providers.push(counters);
  }
  counters.total_submissions++;
  usage.submissions++;
  counters[`${outcome}_count`]++;
  counters.total_estimated_cost = roundCredits(counters.total_estimated_cost + cost);
  if (outcome !== 'used') counters.wasted_estimated_cost = roundCredits(counters.wasted_estimated_cost + cost);
}
