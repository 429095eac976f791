// The credit balance: every change goes through adjustBalance, which sends credits.low_balance when
// the balance falls under a threshold (thresholds re-arm once the balance is above them again).
import { roundCredits } from '../random.ts';
import type { Account } from './model.ts';

export type EventSender = (account: Account, event: string, data: Record<string, unknown>, at: number) => void;

export function adjustBalance(account: Account, delta: number, at: number, thresholds: readonly number[], emit: EventSender): void {
  const after = roundCredits(account.balance + delta);
  account.balance = after;
  account.billing.billing_updated_at = new Date(at).toISOString();
  account.thresholdsCrossed = account.thresholdsCrossed.filter((t) => after < t);
  const crossed = thresholds.filter((t) => after < t && !account.thresholdsCrossed.includes(t));
  if (crossed.length === 0 || delta >= 0) return;
  account.thresholdsCrossed.push(...crossed);
  emit(
    account,
    'credits.low_balance',
    {
      account_id: account.account.account_id,
      current_balance: after,
      thresholds_crossed: crossed.map((threshold) => ({ threshold, balance_at: after })),
    },
    at,
  );
}
