// Kysely's view of the tables the SQL migrations in db/migrations create.
// Keep it beside the migrations: a new migration changes this file in the same commit.
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { ApiKeysTable, PaymentsTable } from './payments-schema.js';

/** timestamptz: read as Date, written as Date or ISO string, defaulted by the database when omitted. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** BIGINT micro-USDC: both drivers return int8 as a decimal string so no precision is lost. */
type MicroUsdc = ColumnType<string, string | bigint | undefined, string | bigint>;

/** Integer column with a database default of 0. */
type DefaultedInt = ColumnType<number, number | undefined, number>;

export type AccountStatus = 'active' | 'suspended' | 'closed';
export type DecisionName = 'ALLOW' | 'WARN' | 'BLOCK';

export interface AccountsTable {
  id: Generated<string>;
  account_number_hash: string;
  account_number_last4: string;
  status: ColumnType<AccountStatus, AccountStatus | undefined, AccountStatus>;
  balance_micro_usdc: MicroUsdc;
  created_at: Timestamp;
  updated_at: Timestamp;
  last_login_at: NullableTimestamp;
}

export interface SessionsTable {
  id: Generated<string>;
  account_id: string;
  family_id: string;
  refresh_token_hash: string;
  created_at: Timestamp;
  expires_at: ColumnType<Date, Date | string, Date | string>;
  rotated_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
  revoked_reason: string | null;
  ip: string | null;
  user_agent: string | null;
}

export interface UsageLogsTable {
  /** GENERATED ALWAYS identity, read back as a string (int8). */
  id: ColumnType<string, never, never>;
  account_id: string | null;
  payer: string | null;
  endpoint: string;
  decision: DecisionName | null;
  threat_category: string | null;
  request_bytes: DefaultedInt;
  response_bytes: DefaultedInt;
  latency_ms: DefaultedInt;
  cost_micro_usdc: MicroUsdc;
  payment_id: string | null;
  request_id: string | null;
  created_at: Timestamp;
}

export type DepositProvider = 'stripe' | 'direct';
export type DepositStatus = 'pending' | 'requires_payment' | 'processing' | 'completed' | 'failed' | 'review';

export interface DepositsTable {
  id: Generated<string>;
  account_id: string;
  provider: DepositProvider;
  amount_micro_usdc: ColumnType<string, string | bigint, string | bigint>;
  fee_micro_usdc: MicroUsdc;
  net_amount_micro_usdc: MicroUsdc;
  currency: ColumnType<string, string | undefined, string>;
  network: string;
  wallet_address: string;
  status: ColumnType<DepositStatus, DepositStatus | undefined, DepositStatus>;
  stripe_session_id: string | null;
  stripe_session_status: string | null;
  failure_reason: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  completed_at: NullableTimestamp;
}

export interface StripeEventsTable {
  id: string;
  type: string;
  received_at: Timestamp;
}

export interface SchemaMigrationsTable {
  version: string;
  name: string;
  checksum: string;
  applied_at: Timestamp;
}

export interface Database {
  accounts: AccountsTable;
  sessions: SessionsTable;
  usage_logs: UsageLogsTable;
  schema_migrations: SchemaMigrationsTable;
  payments: PaymentsTable;
  api_keys: ApiKeysTable;
  deposits: DepositsTable;
  stripe_events: StripeEventsTable;
}

export type AccountRow = Selectable<AccountsTable>;
export type NewAccount = Insertable<AccountsTable>;
export type SessionRow = Selectable<SessionsTable>;
export type NewSession = Insertable<SessionsTable>;
export type UsageLogRow = Selectable<UsageLogsTable>;
export type NewUsageLog = Insertable<UsageLogsTable>;
export type DepositRow = Selectable<DepositsTable>;
