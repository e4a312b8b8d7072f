// Owns the usage_logs table: one row per scan, the account's history page by page, and the
// aggregates the dashboard shows (totals, per day, per endpoint).
import { sql, type Kysely } from 'kysely';
import type { Database, NewUsageLog, UsageLogRow } from '../schema.js';

export interface UsagePageQuery {
  limit: number;
  /** Keyset position: rows strictly older than this (created_at, id) pair. */
  before?: { createdAt: Date; id: string };
  offset?: number;
}

export interface UsageAggregate {
  requests: number;
  allow: number;
  warn: number;
  block: number;
  cost_micro_usdc: string;
  avg_latency_ms: number;
}

export interface UsageStatsRows {
  totals: UsageAggregate;
  daily: (UsageAggregate & { day: string })[];
  endpoints: (UsageAggregate & { endpoint: string })[];
  threat_categories: { category: string; count: number }[];
}

// Shared aggregate columns; count(*) is int8, so cast to int (row counts fit) and money to text.
const aggregates = [
  sql<number>`count(*)::int`.as('requests'),
  sql<number>`(count(*) filter (where decision = 'ALLOW'))::int`.as('allow'),
  sql<number>`(count(*) filter (where decision = 'WARN'))::int`.as('warn'),
  sql<number>`(count(*) filter (where decision = 'BLOCK'))::int`.as('block'),
  sql<string>`coalesce(sum(cost_micro_usdc), 0)::text`.as('cost_micro_usdc'),
  sql<number>`coalesce(round(avg(latency_ms)), 0)::int`.as('avg_latency_ms'),
] as const;

export class UsageLogsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  insert(row: NewUsageLog): Promise<UsageLogRow> {
    return this.db.insertInto('usage_logs').values(row).returningAll().executeTakeFirstOrThrow();
  }

  /** The scans of this payment were not charged after all (a credit hold released under its scan). */
  async uncharge(paymentId: string): Promise<void> {
    await this.db.updateTable('usage_logs').set({ cost_micro_usdc: '0' }).where('payment_id', '=', paymentId).execute();
  }

  listForAccount(accountId: string, page: UsagePageQuery): Promise<UsageLogRow[]> {
    let query = this.db
      .selectFrom('usage_logs')
      .selectAll()
      .where('account_id', '=', accountId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(page.limit);
    if (page.before) {
      const { createdAt, id } = page.before;
      query = query.where(sql<boolean>`(created_at, id) < (${createdAt}, ${id}::bigint)`);
    } else if (page.offset) {
      query = query.offset(page.offset);
    }
    return query.execute();
  }

  async statsForAccount(accountId: string, since: Date): Promise<UsageStatsRows> {
    const scoped = this.db.selectFrom('usage_logs').where('account_id', '=', accountId).where('created_at', '>=', since);
    const day = sql<string>`to_char(date_trunc('day', created_at at time zone 'UTC'), 'YYYY-MM-DD')`;
    const [totals, daily, endpoints, threats] = await Promise.all([
      scoped.select(aggregates).executeTakeFirstOrThrow(),
      scoped.select([day.as('day'), ...aggregates]).groupBy(sql`1`).orderBy(sql`1`).execute(),
      scoped.select(['endpoint', ...aggregates]).groupBy('endpoint').orderBy('endpoint').execute(),
      scoped
        .where('threat_category', 'is not', null)
        .select([sql<string>`threat_category`.as('category'), sql<number>`count(*)::int`.as('count')])
        .groupBy('threat_category')
        .orderBy(sql`2`, 'desc')
        .limit(20)
        .execute(),
    ]);
    return { totals, daily, endpoints, threat_categories: threats };
  }
}
