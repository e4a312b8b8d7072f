// Owns the payments table: the ledger's state machine. Every state change is one UPDATE whose WHERE
// names the state it expects, so two processes racing on a row can never both move it.
import { sql, type Kysely, type Updateable } from 'kysely';
import type { PaymentRow, PaymentsTable, PaymentState } from '../payments-schema.js';
import type { Database } from '../schema.js';
import { isUniqueViolation } from './accounts-repository.js';

export interface NewX402Payment {
  payer: string;
  nonce: string;
  network: string;
  asset: string;
  payTo: string;
  amountMicroUsdc: string;
  endpoint: string;
  requestId: string;
  payload: unknown;
  requirements: unknown;
  validBefore: Date;
  accountId: string | null;
  /** sha256 of the payment header and request body; see 004_payment_request_digest.sql. */
  requestDigest: string;
}

export interface NewCreditHold {
  accountId: string;
  apiKeyId: string;
  amountMicroUsdc: string;
  endpoint: string;
  requestId: string;
}

/** States a worker may still settle. */
export const SETTLEABLE_STATES: readonly PaymentState[] = ['settling', 'failed'];
/** States of a request still running (or of a process that died while running it). */
export const OPEN_STATES: readonly PaymentState[] = ['reserved', 'executing'];

export class PaymentsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  findById(id: string): Promise<PaymentRow | undefined> {
    return this.db.selectFrom('payments').selectAll().where('id', '=', id).executeTakeFirst();
  }

  findByPayerNonce(payer: string, nonce: string): Promise<PaymentRow | undefined> {
    return this.db.selectFrom('payments').selectAll().where('payer', '=', payer).where('nonce', '=', nonce).executeTakeFirst();
  }

  /** Claims the authorization's nonce; 'duplicate' when another request already owns it. */
  async reserveX402(p: NewX402Payment, now: Date): Promise<PaymentRow | 'duplicate'> {
    try {
      return await this.db
        .insertInto('payments')
        .values({
          method: 'x402', state: 'reserved', payer: p.payer, nonce: p.nonce, network: p.network, asset: p.asset, pay_to: p.payTo,
          amount_micro_usdc: p.amountMicroUsdc, endpoint: p.endpoint, request_id: p.requestId, account_id: p.accountId,
          payment_payload: JSON.stringify(p.payload), payment_requirements: JSON.stringify(p.requirements),
          request_digest: p.requestDigest, valid_before: p.validBefore, created_at: now, updated_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    } catch (err) {
      if (isUniqueViolation(err, 'payments_payer_nonce_key')) return 'duplicate';
      throw err;
    }
  }

  /**
   * Holds the price: takes it from the balance and records the hold in one statement, only when the
   * balance covers it (the CHECK on accounts is the second lock on the door). undefined = no credit.
   */
  async reserveCredit(h: NewCreditHold, now: Date): Promise<PaymentRow | undefined> {
    const { rows } = await sql<PaymentRow>`
      WITH debit AS (
        UPDATE accounts SET balance_micro_usdc = balance_micro_usdc - ${h.amountMicroUsdc}::bigint, updated_at = ${now}
        WHERE id = ${h.accountId} AND status = 'active' AND balance_micro_usdc >= ${h.amountMicroUsdc}::bigint
        RETURNING id
      )
      INSERT INTO payments (method, state, account_id, api_key_id, amount_micro_usdc, endpoint, request_id, created_at, updated_at)
      SELECT 'credit', 'reserved', id, ${h.apiKeyId}, ${h.amountMicroUsdc}::bigint, ${h.endpoint}, ${h.requestId}, ${now}, ${now} FROM debit
      RETURNING *`.execute(this.db);
    return rows[0];
  }

  /** reserved → executing: the scan may start. */
  async startExecuting(id: string, now: Date): Promise<boolean> {
    return this.move(id, ['reserved'], { state: 'executing', updated_at: now });
  }

  /** executing → settling with the result stored; the caller holds the settlement lease until `leaseUntil`. */
  async storeResult(id: string, status: number, body: string, now: Date, leaseUntil: Date): Promise<boolean> {
    return this.move(id, ['executing'], { state: 'settling', result_status: status, result_body: body, attempts: 1, next_attempt_at: leaseUntil, updated_at: now });
  }

  /** Credit scans: executing → completed; the held price stays debited. */
  async commitCredit(id: string, now: Date): Promise<boolean> {
    return this.move(id, ['executing'], { state: 'completed', completed_at: now, updated_at: now });
  }

  /** Settlement succeeded, whoever's attempt it was: settling | failed → completed. */
  async complete(id: string, settleResponse: unknown, transaction: string, now: Date): Promise<boolean> {
    return this.move(id, SETTLEABLE_STATES, {
      state: 'completed', settle_response: JSON.stringify(settleResponse), transaction_hash: transaction || null,
      completed_at: now, updated_at: now, next_attempt_at: null, last_error: null,
    });
  }

  /** Attempt `attempt` failed: settling | failed → failed, retried at `nextAttemptAt` (fenced by the attempt). */
  async recordSettleFailure(id: string, attempt: number, error: string, nextAttemptAt: Date, now: Date): Promise<boolean> {
    return this.move(id, SETTLEABLE_STATES, { state: 'failed', last_error: error, next_attempt_at: nextAttemptAt, updated_at: now }, attempt);
  }

  /**
   * An operator found on chain the transfer of a payment dead-lettered as `settlement_unknown`
   * (api/payments/settlement.ts): dead_lettered → completed with that transaction, so the payer's
   * retry gets the stored result. Refuses any other row (the trigger too).
   */
  async reconcileSettled(id: string, transaction: string, now: Date): Promise<PaymentRow | undefined> {
    const row = await this.findById(id);
    if (row?.state !== 'dead_lettered' || !row.last_error?.startsWith('settlement_unknown')) return undefined;
    const settleResponse = { success: true, transaction, network: row.network, payer: row.payer };
    const moved = await this.db
      .updateTable('payments')
      .set({
        state: 'completed', transaction_hash: transaction, settle_response: JSON.stringify(settleResponse),
        completed_at: now, updated_at: now, last_error: `reconciled on chain by an operator (was: ${row.last_error})`,
      })
      .where('id', '=', id)
      .where('state', '=', 'dead_lettered')
      .where('last_error', 'like', 'settlement_unknown%')
      .executeTakeFirst();
    return moved.numUpdatedRows > 0n ? this.findById(id) : undefined;
  }

  /** Gave up: settling | failed → dead_lettered (fenced by the attempt). */
  async deadLetter(id: string, attempt: number, error: string, now: Date): Promise<boolean> {
    return this.move(id, SETTLEABLE_STATES, { state: 'dead_lettered', last_error: error, next_attempt_at: null, updated_at: now }, attempt);
  }

  /**
   * reserved | executing → voided; a credit hold goes back to the balance in the same statement.
   * With `olderThan` it voids every open row last touched before then (stale reservations).
   */
  async void(target: { id: string } | { olderThan: Date }, reason: string, now: Date): Promise<PaymentRow[]> {
    const where = 'id' in target ? sql`id = ${target.id}` : sql`updated_at < ${target.olderThan}`;
    const { rows } = await sql<PaymentRow>`
      WITH voided AS (
        UPDATE payments SET state = 'voided', void_reason = ${reason}, updated_at = ${now}
        WHERE ${where} AND state IN ('reserved', 'executing')
        RETURNING *
      ), refunds AS (
        SELECT account_id, sum(amount_micro_usdc) AS amount FROM voided WHERE method = 'credit' GROUP BY account_id
      ), refunded AS (
        UPDATE accounts a SET balance_micro_usdc = a.balance_micro_usdc + r.amount, updated_at = ${now}
        FROM refunds r WHERE a.id = r.account_id RETURNING a.id
      )
      SELECT voided.* FROM voided`.execute(this.db);
    return rows;
  }

  /**
   * Takes up to `limit` settleable rows that are due, bumps their attempt and leases them until
   * `leaseUntil`. SKIP LOCKED: concurrent workers each get different rows and never wait.
   * With `id`, claims only that row (a client's retry settling its own payment).
   */
  async claimDue(now: Date, leaseUntil: Date, limit: number, id?: string): Promise<PaymentRow[]> {
    const only = id === undefined ? sql`` : sql`AND id = ${id}`;
    const { rows } = await sql<PaymentRow>`
      UPDATE payments SET attempts = attempts + 1, next_attempt_at = ${leaseUntil}, updated_at = ${now}
      WHERE id IN (
        SELECT id FROM payments
        WHERE state IN ('settling', 'failed') AND next_attempt_at <= ${now} ${only}
        ORDER BY next_attempt_at
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      ) AND state IN ('settling', 'failed')
      RETURNING *`.execute(this.db);
    return rows;
  }

  private async move(
    id: string,
    from: readonly PaymentState[],
    set: Updateable<PaymentsTable>,
    attempt?: number,
  ): Promise<boolean> {
    let query = this.db.updateTable('payments').set(set).where('id', '=', id).where('state', 'in', [...from]);
    if (attempt !== undefined) query = query.where('attempts', '=', attempt);
    const result = await query.executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}
