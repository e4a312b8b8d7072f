// A scan paid from prepaid credit with `Authorization: Bearer sk_live_…`: hold the price (taken
// from the balance only if it covers it), run, then commit the debit or release the hold.
import type { NextFunction, Request, Response } from 'express';
import type { PaymentsRepository, UsageLogsRepository } from '../../db/index.js';
import type { ApiKeysService } from '../api-keys/api-keys-service.js';
import type { Clock } from '../clock.js';
import { ApiError } from '../http/api-error.js';
import { setScanBilling } from '../scan/scan-access.js';
import { captureScanResult } from './result-capture.js';

export interface CreditFlowDeps {
  payments: PaymentsRepository;
  usageLogs: UsageLogsRepository;
  apiKeys: ApiKeysService;
  clock: Clock;
  priceOf(path: string): string;
  limitPaid(req: Request, res: Response, key: string): Promise<void>;
}

export class CreditFlow {
  constructor(private readonly deps: CreditFlowDeps) {}

  async handle(req: Request, res: Response, next: NextFunction, apiKey: string): Promise<void> {
    const { payments, clock } = this.deps;
    const key = await this.deps.apiKeys.authenticate(apiKey);
    await this.deps.limitPaid(req, res, `key:${key.keyId}`);
    const price = this.deps.priceOf(req.path);
    const hold = await payments.reserveCredit({ accountId: key.accountId, apiKeyId: key.keyId, amountMicroUsdc: price, endpoint: req.path, requestId: req.requestId }, clock.now());
    if (!hold) {
      throw new ApiError(402, 'insufficient_credit', 'Not enough prepaid credit for this scan; top up with POST /v1/account/deposit or pay with x402');
    }
    if (!(await payments.startExecuting(hold.id, clock.now()))) throw ApiError.internal(new Error(`credit hold ${hold.id} expired before the scan`));
    setScanBilling(res, { accountId: key.accountId, payer: null, paymentId: hold.id, costMicroUsdc: price });
    captureScanResult(req, res, {
      onFailure: async () => {
        await payments.void({ id: hold.id }, 'scan_failed', clock.now());
      },
      onResult: async (body) => {
        if (!(await payments.commitCredit(hold.id, clock.now()))) {
          // Only a stale-hold sweep can get here (the config keeps its window above a scan's whole
          // budget): the hold went back to the balance, so the result is not delivered unpaid.
          req.log.error('credit hold was released before its scan finished; result withheld', { payment_id: hold.id });
          // The scan's usage row was written with its price; nothing was charged or delivered.
          await this.deps.usageLogs.uncharge(hold.id);
          throw ApiError.serviceUnavailable('scan_not_charged', 'The scan took too long to be charged; nothing was taken from your credit. Retry');
        }
        res.setHeader('Cache-Control', 'no-store');
        res.json(body);
      },
    });
    next();
  }
}
