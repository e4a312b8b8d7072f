// Owns the sessions table: one row per refresh token, grouped into families (one per login).
// Rotation and reuse detection happen in single statements so two racing refreshes cannot both win.
import type { Kysely } from 'kysely';
import type { Database, SessionRow } from '../schema.js';

export interface NewSessionInput {
  accountId: string;
  familyId: string;
  tokenHash: string;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
}

export type RotationResult =
  | { status: 'rotated'; previous: SessionRow; current: SessionRow }
  | { status: 'reused'; previous: SessionRow; revoked: number }
  | { status: 'invalid' };

export class SessionsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  create(input: NewSessionInput): Promise<SessionRow> {
    return insertSession(this.db, input);
  }

  /**
   * Swaps the refresh token `oldHash` for a new row of the same family. A token that was already
   * rotated is a stolen copy (or a replay): the whole family is revoked.
   */
  rotate(oldHash: string, next: Omit<NewSessionInput, 'accountId' | 'familyId'>, now: Date): Promise<RotationResult> {
    return this.db.transaction().execute(async (trx) => {
      const previous = await trx
        .updateTable('sessions')
        .set({ rotated_at: now })
        .where('refresh_token_hash', '=', oldHash)
        .where('rotated_at', 'is', null)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now)
        .returningAll()
        .executeTakeFirst();
      if (previous) {
        const current = await insertSession(trx, { ...next, accountId: previous.account_id, familyId: previous.family_id });
        return { status: 'rotated', previous, current };
      }
      const known = await trx.selectFrom('sessions').selectAll().where('refresh_token_hash', '=', oldHash).executeTakeFirst();
      if (known?.rotated_at && known.revoked_at === null) {
        const revoked = await revokeFamilyIn(trx, known.family_id, 'refresh_token_reuse', now);
        return { status: 'reused', previous: known, revoked };
      }
      return { status: 'invalid' };
    });
  }

  findByTokenHash(tokenHash: string): Promise<SessionRow | undefined> {
    return this.db.selectFrom('sessions').selectAll().where('refresh_token_hash', '=', tokenHash).executeTakeFirst();
  }

  /** An access token stays usable only while its family has a live, unrevoked row. */
  async isFamilyActive(familyId: string, now: Date): Promise<boolean> {
    const row = await this.db
      .selectFrom('sessions')
      .select('id')
      .where('family_id', '=', familyId)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', now)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  revokeFamily(familyId: string, reason: string, now: Date): Promise<number> {
    return revokeFamilyIn(this.db, familyId, reason, now);
  }

  async revokeAllForAccount(accountId: string, reason: string, now: Date): Promise<number> {
    const result = await this.db
      .updateTable('sessions')
      .set({ revoked_at: now, revoked_reason: reason })
      .where('account_id', '=', accountId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }
}

function insertSession(db: Kysely<Database>, input: NewSessionInput): Promise<SessionRow> {
  return db
    .insertInto('sessions')
    .values({
      account_id: input.accountId,
      family_id: input.familyId,
      refresh_token_hash: input.tokenHash,
      expires_at: input.expiresAt,
      ip: input.ip,
      user_agent: input.userAgent,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

async function revokeFamilyIn(db: Kysely<Database>, familyId: string, reason: string, now: Date): Promise<number> {
  const result = await db
    .updateTable('sessions')
    .set({ revoked_at: now, revoked_reason: reason })
    .where('family_id', '=', familyId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
