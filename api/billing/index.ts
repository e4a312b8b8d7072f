// Billing's wiring and public surface: card deposits through Stripe's crypto onramp, the deposit
// history, and the Stripe webhook that credits balances. The app mounts the two routers it returns.
import type { Router } from 'express';
import type { Kysely } from 'kysely';
import { DepositsRepository, type Database } from '../../db/index.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import { DepositService } from './deposit-service.js';
import { createDepositsRouter } from './deposits-router.js';
import { createStripeClient } from './stripe-client.js';
import { StripeOnramp, type OnrampGateway } from './stripe-onramp.js';
import { StripeWebhookHandler } from './stripe-webhook-handler.js';
import { createStripeWebhookRouter } from './stripe-webhook-router.js';

export interface BillingDeps {
  config: Pick<Config, 'stripe' | 'deposits'>;
  db: Kysely<Database>;
  clock: Clock;
  /** Replaces the Stripe onramp (the Stripe client is then not created). */
  onramp?: OnrampGateway;
}

export interface Billing {
  deposits: Router;
  webhooks: Router;
}

export function createBilling({ config, db, clock, onramp }: BillingDeps): Billing {
  const stripe = onramp ? undefined : createStripeClient(config.stripe);
  const gateway = onramp ?? (stripe && new StripeOnramp(stripe));
  const service = new DepositService({
    deposits: new DepositsRepository(db),
    settings: config.deposits,
    onramp: gateway,
    publishableKey: config.stripe.publishableKey,
    clock,
  });
  return {
    deposits: createDepositsRouter({ deposits: service }),
    webhooks: createStripeWebhookRouter({
      handler: new StripeWebhookHandler({ db, clock }),
      webhookSecret: config.stripe.webhookSecret,
      clock,
      retrieveSession: gateway?.retrieveSession?.bind(gateway),
    }),
  };
}

export { DepositService } from './deposit-service.js';
export { StripeOnramp, OnrampUnavailableError } from './stripe-onramp.js';
export type { OnrampGateway, OnrampSessionRequest, CreatedOnrampSession } from './stripe-onramp.js';
export { StripeWebhookHandler } from './stripe-webhook-handler.js';
export { createStripeClient } from './stripe-client.js';
export { parseUsdc, toCents } from './usdc-amount.js';
