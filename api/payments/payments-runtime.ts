// Builds the pieces the request path and the settlement worker share from the Config: the
// facilitator client and the settlement policy.
import type { PaymentsRepository } from '../../db/index.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Logger } from '../logging/logger.js';
import { createFacilitatorClient, FACILITATOR_BACKOFF_CAP_MS, type PaymentFacilitator } from './facilitator-client.js';
import { Settlement } from './settlement.js';

/** `npm run facilitator:dev` listens here; used outside production when X402_FACILITATOR_URL is unset. */
export const DEV_FACILITATOR_URL = 'http://127.0.0.1:4021';

export function facilitatorFromConfig(config: Pick<Config, 'payments'>): PaymentFacilitator {
  const { facilitatorUrl, facilitatorTimeoutMs, facilitatorRetries } = config.payments;
  return createFacilitatorClient({ url: facilitatorUrl ?? DEV_FACILITATOR_URL, timeoutMs: facilitatorTimeoutMs, retries: facilitatorRetries });
}

/** The request path owns a settlement for every try it may make, plus a margin; then the worker may. */
export function settleLeaseMs(config: Pick<Config, 'payments'>): number {
  const { facilitatorTimeoutMs, facilitatorRetries } = config.payments;
  return facilitatorTimeoutMs * (facilitatorRetries + 1) + FACILITATOR_BACKOFF_CAP_MS * facilitatorRetries + 1000;
}

export function createSettlement(deps: { config: Pick<Config, 'payments'>; payments: PaymentsRepository; facilitator: PaymentFacilitator; clock: Clock; logger: Logger }): Settlement {
  const { maxAttempts, baseDelayMs, maxDelayMs } = deps.config.payments.worker;
  return new Settlement({ payments: deps.payments, facilitator: deps.facilitator, clock: deps.clock, logger: deps.logger, policy: { maxAttempts, baseDelayMs, maxDelayMs } });
}
