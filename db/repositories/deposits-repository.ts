// Owns the deposits table: a deposit's row from creation to its final state, and the billing
// history. Every transition is checked in the UPDATE's WHERE clause, so a state only moves forward.
import type { Kysely } from 'kysely';
import type { Database, DepositProvider, DepositRow, DepositStatus } from '../schema.js';

/** States the webhook may still move; completed, failed and review are final. */
export const OPEN_DEPOSIT_STATUSES = ['pending', 'requires_payment', 'processing'] as const satisfies readonly DepositStatus[];
export type OpenDepositStatus = (typeof OPEN_DEPOSIT_STATUSES)[number];

export interface NewDepositInput {
  accountId: string;
  provider: DepositProvider;
  amountMicroUsdc: bigint;
  network: string;
  walletAddress: string;
}

export interface DepositPageQuery {
  limit: number;
  /** Keyset cursor: rows strictly older than this (created_at, id). */
  before?: { createdAt: Date; id: string };
}

export interface CompletedDeposit {
  accountId: string;
  netMicroUsdc: string;
  balanceMicroUsdc: string;
}

export class DepositsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  create(input: NewDepositInput): Promise<DepositRow> {
    return this.db
      .insertInto('deposits')
      .values({
        account_id: input.accountId,
        provider: input.provider,
        amount_micro_usdc: input.amountMicroUsdc,
        network: input.network,
        wallet_address: input.walletAddress,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  findById(id: string): Promise<DepositRow | undefined> {
    return this.db.selectFrom('deposits').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Locks the row for the rest of the transaction (webhook effects run one at a time per deposit). */
  findForUpdate(id: string): Promise<DepositRow | undefined> {
    return this.db.selectFrom('deposits').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  }

  async attachSession(id: string, sessionId: string, sessionStatus: string, at: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('deposits')
      .set({ stripe_session_id: sessionId, stripe_session_status: sessionStatus, updated_at: at })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .where('stripe_session_id', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }

  /** Open → failed or review, with the reason kept for operators. False when already final. */
  async close(id: string, status: 'failed' | 'review', reason: string, at: Date, sessionStatus?: string): Promise<boolean> {
    const result = await this.db
      .updateTable('deposits')
      .set({ status, failure_reason: reason.slice(0, 1000), updated_at: at, ...(sessionStatus !== undefined && { stripe_session_status: sessionStatus }) })
      .where('id', '=', id)
      .where('status', 'in', OPEN_DEPOSIT_STATUSES)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }

  /** An intermediate Stripe status; moves only forward (events may arrive out of order). */
  async advance(id: string, status: 'requires_payment' | 'processing', sessionStatus: string, at: Date): Promise<boolean> {
    const below: OpenDepositStatus[] = status === 'processing' ? ['pending', 'requires_payment'] : ['pending'];
    const result = await this.db
      .updateTable('deposits')
      .set({ status, stripe_session_status: sessionStatus, updated_at: at })
      .where('id', '=', id)
      .where('status', 'in', below)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }

  /**
   * Completes an open deposit and credits its account the net amount in ONE statement: the
   * accounts UPDATE only sees a row when the deposit's own transition happened, so a deposit can
   * never be credited twice, whatever runs concurrently.
   */
  async completeAndCredit(id: string, amounts: { feeMicroUsdc: bigint; netMicroUsdc: bigint }, sessionStatus: string, at: Date): Promise<CompletedDeposit | undefined> {
    const row = await this.db
      .with('done', (db) =>
        db
          .updateTable('deposits')
          .set({
            status: 'completed',
            fee_micro_usdc: amounts.feeMicroUsdc,
            net_amount_micro_usdc: amounts.netMicroUsdc,
            stripe_session_status: sessionStatus,
            completed_at: at,
            updated_at: at,
          })
          .where('id', '=', id)
          .where('status', 'in', OPEN_DEPOSIT_STATUSES)
          .returning(['account_id', 'net_amount_micro_usdc']),
      )
      .updateTable('accounts')
      .from('done')
      .set((eb) => ({ balance_micro_usdc: eb('accounts.balance_micro_usdc', '+', eb.ref('done.net_amount_micro_usdc')), updated_at: at }))
      .whereRef('accounts.id', '=', 'done.account_id')
      .returning(['accounts.id as account_id', 'done.net_amount_micro_usdc as net', 'accounts.balance_micro_usdc as balance'])
      .executeTakeFirst();
    return row && { accountId: row.account_id, netMicroUsdc: row.net, balanceMicroUsdc: row.balance };
  }

  listForAccount(accountId: string, page: DepositPageQuery): Promise<DepositRow[]> {
    let query = this.db.selectFrom('deposits').selectAll().where('account_id', '=', accountId);
    if (page.before) {
      const { createdAt, id } = page.before;
      query = query.where((eb) => eb.or([eb('created_at', '<', createdAt), eb.and([eb('created_at', '=', createdAt), eb('id', '<', id)])]));
    }
    return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit).execute();
  }
}
