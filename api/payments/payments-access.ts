// THE scan access middleware when payments are on. Routing: PAYMENT-SIGNATURE → x402; else
// `Bearer sk_live_…` → prepaid credit; else 402 with the requirements. Payments off (no X402_PAY_TO,
// outside production) → every scan is free, as the start-up log says.
import type { RequestHandler } from 'express';
import type { Kysely } from 'kysely';
import { PaymentsRepository, UsageLogsRepository, type Database } from '../../db/index.js';
import { bearerApiKey } from '../api-keys/api-key-secret.js';
import type { ApiKeysService } from '../api-keys/api-keys-service.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { RateLimitStoreFactory } from '../http/rate-limits.js';
import type { Logger } from '../logging/logger.js';
import { freeScanAccess } from '../scan/scan-access.js';
import { CreditFlow } from './credit-flow.js';
import { createPaidLimiter } from './paid-rate-limit.js';
import { PaymentRequirementsTable } from './payment-requirements.js';
import { PaymentWaiters } from './payment-waiters.js';
import { createSettlement, DEV_FACILITATOR_URL, facilitatorFromConfig, settleLeaseMs } from './payments-runtime.js';
import { X402Flow } from './x402-flow.js';
import { LEGACY_X_PAYMENT, PAYMENT_SIGNATURE } from './x402-wire.js';

export interface PaymentsAccessDeps {
  config: Config;
  db: Kysely<Database>;
  clock: Clock;
  logger: Logger;
  apiKeys: ApiKeysService;
  rateLimitStore?: RateLimitStoreFactory;
}

export function createPaymentsScanAccess(deps: PaymentsAccessDeps): RequestHandler {
  const { config, clock } = deps;
  if (!config.payments.payTo) return freeScanAccess();
  const payments = new PaymentsRepository(deps.db);
  const facilitator = facilitatorFromConfig(config);
  if (!config.payments.facilitatorUrl) {
    // Fails closed (verification answers 503) unless `npm run facilitator:dev` listens there.
    deps.logger.warn(`X402_FACILITATOR_URL is not set: x402 payments are verified by the DEV facilitator at ${DEV_FACILITATOR_URL} (no real money)`);
  }
  const table = new PaymentRequirementsTable(config);
  const limitPaid = createPaidLimiter(config, deps.rateLimitStore);
  const x402 = new X402Flow({
    payments, facilitator, table, clock, limitPaid,
    settlement: createSettlement({ config, payments, facilitator, clock, logger: deps.logger }),
    waiters: new PaymentWaiters(),
    settleLeaseMs: settleLeaseMs(config),
    duplicateWaitMs: config.payments.duplicateWaitMs,
  });
  const credits = new CreditFlow({
    payments, usageLogs: new UsageLogsRepository(deps.db), apiKeys: deps.apiKeys, clock, limitPaid,
    priceOf: (path) => table.forPath(path).route.priceMicroUsdc,
  });

  return async (req, res, next) => {
    const payment = req.get(PAYMENT_SIGNATURE);
    if (payment !== undefined) return x402.handle(req, res, next, payment);
    if (req.get(LEGACY_X_PAYMENT) !== undefined) {
      throw x402.paymentRequired(req, 'x402_v1_not_supported', 'x402 version 1 (X-PAYMENT) is not accepted; pay with version 2 (PAYMENT-SIGNATURE)');
    }
    const apiKey = bearerApiKey(req.get('authorization'));
    if (apiKey !== undefined) return credits.handle(req, res, next, apiKey);
    throw x402.paymentRequired(req);
  };
}
