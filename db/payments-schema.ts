// Kysely's view of the tables 002_payments.sql creates: the payments ledger and API keys.
// Kept beside db/schema.ts (which lists them in Database) so the payments tables read in one place.
import type { ColumnType, Generated, JSONColumnType, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type MicroUsdc = ColumnType<string, string | bigint, string | bigint>;
type Json = JSONColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;

export type PaymentMethod = 'x402' | 'credit';
/** Forward-only: reserved → executing → settling → completed | voided | failed → dead_lettered. */
export type PaymentState = 'reserved' | 'executing' | 'settling' | 'completed' | 'voided' | 'failed' | 'dead_lettered';

export interface PaymentsTable {
  id: Generated<string>;
  method: PaymentMethod;
  state: ColumnType<PaymentState, PaymentState | undefined, PaymentState>;
  account_id: string | null;
  api_key_id: string | null;
  payer: string | null;
  nonce: string | null;
  network: string | null;
  asset: string | null;
  pay_to: string | null;
  amount_micro_usdc: MicroUsdc;
  endpoint: string;
  request_id: string | null;
  payment_payload: Json;
  /** sha256 of the x402 payment header and the request body: only the same request may replay. */
  request_digest: string | null;
  payment_requirements: Json;
  valid_before: NullableTimestamp;
  result_status: number | null;
  result_body: string | null;
  settle_response: Json;
  transaction_hash: string | null;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: NullableTimestamp;
  last_error: string | null;
  void_reason: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  completed_at: NullableTimestamp;
}

export interface ApiKeysTable {
  id: Generated<string>;
  account_id: string;
  key_hash: string;
  key_prefix: string;
  label: string | null;
  created_at: Timestamp;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}

export type PaymentRow = Selectable<PaymentsTable>;
export type ApiKeyRow = Selectable<ApiKeysTable>;
