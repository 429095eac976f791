// status, usage, account, billing: the key's account, with balance and usage derived from the store.
import type { Handlers } from './context.ts';

export const accountHandlers: Handlers<'status' | 'usage' | 'account' | 'billing'> = {
  status: ({ account, now }) => ({ data: { ...account.status, apikey_last_used_at: new Date(now).toISOString() } }),

  usage: ({ account, query }) => {
    const usage = account.usage;
    return {
      data: {
        account_id: account.account.account_id,
        usage_period_days: (query.days as number | undefined) ?? 30,
        usage_credit_balance: account.balance,
        usage_total_requests: usage.requests.total,
        usage_total_success: usage.requests.success,
        usage_total_client_errors: usage.requests.clientErrors,
        usage_total_server_errors: usage.requests.serverErrors,
        usage_total_generations: usage.generations,
        usage_total_provider_submissions: usage.submissions,
        usage_total_estimated_cost: Math.round(usage.estimatedCost * 1e6) / 1e6,
        usage_endpoints: structuredClone(usage.endpoints),
        usage_providers: structuredClone(usage.providers),
      },
    };
  },

  account: ({ account }) => ({ data: structuredClone(account.account) }),

  billing: ({ account }) => ({ data: { ...account.billing, billing_credit_balance: account.balance } }),
};
