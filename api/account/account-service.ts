// The dashboard's view of an account: profile and balance, usage history page by page, and usage
// statistics over N days with every day present (zeros included) so charts need no gap-filling.
import type { AccountsRepository, UsageAggregate, UsageLogRow, UsageLogsRepository } from '../../db/index.js';
import { describeAccount } from '../auth/account-view.js';
import type { Clock } from '../clock.js';
import { ApiError } from '../http/api-error.js';
import { formatUsdc } from '../money.js';
import { encodeCursor, type UsageCursor } from './usage-query.js';

export interface AccountServiceDeps {
  accounts: AccountsRepository;
  usageLogs: UsageLogsRepository;
  clock: Clock;
}

const DAY_MS = 86_400_000;

export class AccountService {
  constructor(private readonly deps: AccountServiceDeps) {}

  async profile(accountId: string) {
    const account = await this.deps.accounts.findById(accountId);
    if (!account) throw ApiError.notFound('Account not found');
    return {
      ...describeAccount(account),
      balance_micro_usdc: account.balance_micro_usdc,
      balance_usdc: formatUsdc(account.balance_micro_usdc),
      updated_at: account.updated_at.toISOString(),
      last_login_at: account.last_login_at?.toISOString() ?? null,
    };
  }

  async usage(accountId: string, page: { limit: number; cursor?: UsageCursor; offset: number }) {
    const rows = await this.deps.usageLogs.listForAccount(accountId, { limit: page.limit, before: page.cursor, offset: page.offset });
    const last = rows.at(-1);
    return {
      items: rows.map(usageItem),
      limit: page.limit,
      next_cursor: rows.length === page.limit && last ? encodeCursor({ createdAt: last.created_at, id: last.id }) : null,
    };
  }

  async stats(accountId: string, days: number) {
    const now = this.deps.clock.now();
    // Window: today (UTC) and the days-1 full days before it.
    const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - (days - 1) * DAY_MS);
    const rows = await this.deps.usageLogs.statsForAccount(accountId, since);
    const byDay = new Map(rows.daily.map((d) => [d.day, d]));
    const daily = Array.from({ length: days }, (_, i) => {
      const day = new Date(since.getTime() + i * DAY_MS).toISOString().slice(0, 10);
      return { date: day, ...aggregate(byDay.get(day)) };
    });
    return {
      days,
      since: since.toISOString(),
      until: now.toISOString(),
      totals: aggregate(rows.totals),
      daily,
      endpoints: rows.endpoints.map((e) => ({ endpoint: e.endpoint, ...aggregate(e) })),
      threat_categories: rows.threat_categories,
    };
  }
}

function aggregate(a: UsageAggregate | undefined) {
  const cost = a?.cost_micro_usdc ?? '0';
  return {
    requests: a?.requests ?? 0,
    decisions: { ALLOW: a?.allow ?? 0, WARN: a?.warn ?? 0, BLOCK: a?.block ?? 0 },
    avg_latency_ms: a?.avg_latency_ms ?? 0,
    cost_micro_usdc: cost,
    cost_usdc: formatUsdc(cost),
  };
}

function usageItem(row: UsageLogRow) {
  return {
    id: row.id,
    endpoint: row.endpoint,
    decision: row.decision,
    threat_category: row.threat_category,
    request_bytes: row.request_bytes,
    response_bytes: row.response_bytes,
    latency_ms: row.latency_ms,
    cost_micro_usdc: row.cost_micro_usdc,
    cost_usdc: formatUsdc(row.cost_micro_usdc),
    payment_id: row.payment_id,
    request_id: row.request_id,
    created_at: row.created_at.toISOString(),
  };
}
