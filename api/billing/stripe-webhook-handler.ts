// Applies a verified Stripe event exactly once: the event id is claimed in the same transaction as
// its effect, so a duplicate finds the claim, and a failure rolls both back for Stripe's retry.
import type { Kysely } from 'kysely';
import { DepositsRepository, StripeEventsRepository, type Database } from '../../db/index.js';
import type { Clock } from '../clock.js';
import type { Logger } from '../logging/logger.js';
import { ONRAMP_SESSION_UPDATED, asOnrampSession } from './onramp-session.js';
import { applyOnrampUpdate, type OnrampOutcome } from './onramp-update.js';

/** The part of a Stripe event this handler reads (stripe-node has already checked the signature). */
export interface VerifiedEvent {
  id: string;
  type: string;
  created: number;
  data: { object: unknown };
}

export type WebhookOutcome = { duplicate: true } | { duplicate: false; outcome: OnrampOutcome | 'ignored' | 'malformed' };

export class StripeWebhookHandler {
  constructor(private readonly deps: { db: Kysely<Database>; clock: Clock }) {}

  handle(event: VerifiedEvent, log: Logger): Promise<WebhookOutcome> {
    return this.deps.db.transaction().execute(async (trx) => {
      const at = this.deps.clock.now();
      if (!(await new StripeEventsRepository(trx).claim(event.id, event.type, at))) {
        log.info('stripe event already applied', { event_id: event.id, type: event.type });
        return { duplicate: true } as const;
      }
      if (event.type !== ONRAMP_SESSION_UPDATED) return { duplicate: false, outcome: 'ignored' } as const;
      const session = asOnrampSession(event.data.object);
      if (!session) {
        // Signed by Stripe but not a session we can read: retrying would not help either.
        log.error('onramp event without a readable session; ignored', { event_id: event.id });
        return { duplicate: false, outcome: 'malformed' } as const;
      }
      const outcome = await applyOnrampUpdate(new DepositsRepository(trx), session, { eventId: event.id, at, log });
      return { duplicate: false, outcome };
    });
  }
}
