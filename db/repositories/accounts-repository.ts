// Owns the accounts table: create an account, find it by the hash of its number or by id.
// Balance changes belong to the payments ledger, not here.
import type { Kysely } from 'kysely';
import type { AccountRow, Database } from '../schema.js';

export class DuplicateAccountNumberError extends Error {
  constructor() {
    super('account number already exists');
  }
}

export class AccountsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(input: { numberHash: string; last4: string }): Promise<AccountRow> {
    try {
      return await this.db
        .insertInto('accounts')
        .values({ account_number_hash: input.numberHash, account_number_last4: input.last4 })
        .returningAll()
        .executeTakeFirstOrThrow();
    } catch (err) {
      if (isUniqueViolation(err, 'accounts_account_number_hash_key')) throw new DuplicateAccountNumberError();
      throw err;
    }
  }

  /** The account stored under any of these keys (a number's current and former lookup keys). */
  findByNumberHashes(numberHashes: readonly string[]): Promise<AccountRow | undefined> {
    return this.db.selectFrom('accounts').selectAll().where('account_number_hash', 'in', [...numberHashes]).executeTakeFirst();
  }

  /** Moves an account to a new lookup key, if it is still under `from` (a concurrent login may have moved it). */
  async rekeyNumber(id: string, from: string, to: string): Promise<void> {
    await this.db.updateTable('accounts').set({ account_number_hash: to }).where('id', '=', id).where('account_number_hash', '=', from).execute();
  }

  findById(id: string): Promise<AccountRow | undefined> {
    return this.db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async recordLogin(id: string, at: Date): Promise<void> {
    await this.db.updateTable('accounts').set({ last_login_at: at }).where('id', '=', id).execute();
  }
}

/** PostgreSQL unique_violation (23505), optionally on one named constraint; same code on pg and PGlite. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as { code?: unknown; constraint?: unknown; message?: unknown };
  if (e.code !== '23505') return false;
  if (!constraint) return true;
  return e.constraint === constraint || (typeof e.message === 'string' && e.message.includes(constraint));
}
