// Owns the api_keys table: create (at most N active per account, checked under the account's row
// lock), list, revoke, and find an active key by the hash of its secret.
import type { Kysely } from 'kysely';
import type { ApiKeyRow } from '../payments-schema.js';
import type { Database } from '../schema.js';

export interface NewApiKey {
  accountId: string;
  keyHash: string;
  keyPrefix: string;
  label: string | null;
}

export class ApiKeysRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Inserts the key unless the account already has `maxActive` active keys ('limit_reached'). */
  create(key: NewApiKey, maxActive: number, now: Date): Promise<ApiKeyRow | 'limit_reached'> {
    return this.db.transaction().execute(async (trx) => {
      // Serialises key creation per account so two racing requests cannot both take the last slot.
      await trx.selectFrom('accounts').select('id').where('id', '=', key.accountId).forUpdate().executeTakeFirstOrThrow();
      const { active } = await trx
        .selectFrom('api_keys')
        .select((eb) => eb.fn.countAll<string>().as('active'))
        .where('account_id', '=', key.accountId)
        .where('revoked_at', 'is', null)
        .executeTakeFirstOrThrow();
      if (Number(active) >= maxActive) return 'limit_reached';
      return trx
        .insertInto('api_keys')
        .values({ account_id: key.accountId, key_hash: key.keyHash, key_prefix: key.keyPrefix, label: key.label, created_at: now })
        .returningAll()
        .executeTakeFirstOrThrow();
    });
  }

  listForAccount(accountId: string): Promise<ApiKeyRow[]> {
    return this.db.selectFrom('api_keys').selectAll().where('account_id', '=', accountId).orderBy('created_at', 'desc').execute();
  }

  /** true when an active key of this account was revoked now. */
  async revoke(accountId: string, id: string, now: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('api_keys')
      .set({ revoked_at: now })
      .where('id', '=', id)
      .where('account_id', '=', accountId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  findActiveByHash(keyHash: string): Promise<ApiKeyRow | undefined> {
    return this.db.selectFrom('api_keys').selectAll().where('key_hash', '=', keyHash).where('revoked_at', 'is', null).executeTakeFirst();
  }

  /** Records use at most once a minute per key: a hot key must not turn every scan into a row write. */
  async touch(id: string, now: Date): Promise<void> {
    await this.db
      .updateTable('api_keys')
      .set({ last_used_at: now })
      .where('id', '=', id)
      .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', new Date(now.getTime() - 60_000))]))
      .execute();
  }
}
