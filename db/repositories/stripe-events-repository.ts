// Owns the stripe_events table: the ids of Stripe events already applied. Claimed inside the
// transaction of the event's effect, so a rollback releases the claim for Stripe's retry.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export class StripeEventsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * True when this call claimed the event; false when it was already applied. A concurrent claim
   * of the same id waits on the primary key until the other transaction commits or rolls back.
   */
  async claim(id: string, type: string, at: Date): Promise<boolean> {
    const row = await this.db
      .insertInto('stripe_events')
      .values({ id, type, received_at: at })
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    return row !== undefined;
  }

  async exists(id: string): Promise<boolean> {
    return (await this.db.selectFrom('stripe_events').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
  }
}
