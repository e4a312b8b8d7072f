// POST /webhooks/stripe: the raw body is verified against Stripe-Signature (stripe-node, 300 s
// tolerance), events created more than 5 minutes ago are refused as replays, the rest applied once.
// A refused stale onramp event still triggers a reconciliation from Stripe's own API, so a deposit
// whose first delivery failed (API down, rollback) is not lost when Stripe retries it later.
import express, { Router } from 'express';
import Stripe from 'stripe';
import type { Clock } from '../clock.js';
import { ApiError } from '../http/api-error.js';
import type { Logger } from '../logging/logger.js';
import { ONRAMP_SESSION_UPDATED, asOnrampSession } from './onramp-session.js';
import type { StripeWebhookHandler, VerifiedEvent } from './stripe-webhook-handler.js';

export const SIGNATURE_TOLERANCE_SECONDS = 300;
export const MAX_EVENT_AGE_SECONDS = 300;
const MAX_WEBHOOK_BYTES = 256 * 1024;

export interface StripeWebhookRouterDeps {
  handler: StripeWebhookHandler;
  /** STRIPE_WEBHOOK_SECRET; without it every delivery is refused (503). */
  webhookSecret?: string;
  clock: Clock;
  /** Reads an onramp session from Stripe; without it stale events are only refused. */
  retrieveSession?: (id: string) => Promise<unknown>;
}

export function createStripeWebhookRouter({ handler, webhookSecret, clock, retrieveSession }: StripeWebhookRouterDeps): Router {
  const router = Router();
  // The app's JSON parser skips /webhooks/: the signature covers these exact bytes.
  router.post('/webhooks/stripe', express.raw({ type: () => true, limit: MAX_WEBHOOK_BYTES }), async (req, res) => {
    if (!webhookSecret) throw ApiError.serviceUnavailable('webhooks_unavailable', 'Stripe webhooks are not configured on this server');
    const signature = req.get('stripe-signature');
    if (!signature || !Buffer.isBuffer(req.body)) throw ApiError.badRequest('invalid_signature', 'Missing Stripe-Signature or body');
    const now = clock.now().getTime();
    let event: VerifiedEvent;
    try {
      event = Stripe.webhooks.constructEvent(req.body, signature, webhookSecret, SIGNATURE_TOLERANCE_SECONDS, undefined, now) as unknown as VerifiedEvent;
    } catch (err) {
      req.log.warn('stripe webhook refused: bad signature', { reason: (err instanceof Error ? err.message : String(err)).split('\n', 1)[0] });
      throw ApiError.badRequest('invalid_signature', 'Invalid Stripe signature');
    }
    if (typeof event.id !== 'string' || typeof event.type !== 'string' || typeof event.created !== 'number' || typeof event.data !== 'object') {
      throw ApiError.badRequest('invalid_event', 'Not a Stripe event');
    }
    // A valid signature on an old event is a replay (or a retry we can no longer trust as fresh).
    if (event.created < Math.floor(now / 1000) - MAX_EVENT_AGE_SECONDS) {
      // Reconciled from Stripe's own record: done, so 200 (a 4xx would have Stripe retry it for days).
      if (await reconcile(event, req.log)) {
        res.json({ received: true, reconciled: true });
        return;
      }
      req.log.warn('stripe webhook refused: stale event', { event_id: event.id, type: event.type, created: event.created });
      throw ApiError.badRequest('stale_event', 'Event is too old');
    }
    const result = await handler.handle(event, req.log.child({ stripe_event: event.id }));
    res.json(result.duplicate ? { received: true, duplicate: true } : { received: true });
  });

  /**
   * The stale payload is not trusted, but its session is read afresh from Stripe and applied once
   * (claimed as `reconcile:<event id>`); a completed deposit never changes, so this cannot credit twice.
   */
  async function reconcile(event: VerifiedEvent, log: Logger): Promise<boolean> {
    const sessionId = asOnrampSession(event.data.object)?.id;
    if (!retrieveSession || event.type !== ONRAMP_SESSION_UPDATED || !sessionId) return false;
    try {
      const current = await retrieveSession(sessionId);
      const outcome = await handler.handle(
        { id: `reconcile:${event.id}`, type: ONRAMP_SESSION_UPDATED, created: Math.floor(clock.now().getTime() / 1000), data: { object: current } },
        log.child({ stripe_event: event.id, reconciled: true }),
      );
      log.info('stale stripe event reconciled from the Stripe API', { event_id: event.id, outcome });
      return true;
    } catch (err) {
      log.error('stale stripe event could not be reconciled', { event_id: event.id, err: err instanceof Error ? err.message : String(err) });
      return false;
    }
  }
  return router;
}
