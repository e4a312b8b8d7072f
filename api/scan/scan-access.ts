// THE slot where payment plugs in: one middleware between the request and the scan handler that
// decides who pays and records it in res.locals. Today scans are free and only the caller is noted.
import type { RequestHandler, Response } from 'express';

/** Who a scan is billed to; written to its usage row. */
export interface ScanBilling {
  accountId: string | null;
  /** x402 payer address, when a wallet paid. */
  payer: string | null;
  paymentId: string | null;
  costMicroUsdc: string;
}

const KEY = 'scanBilling';

export function setScanBilling(res: Response, billing: ScanBilling): void {
  res.locals[KEY] = billing;
}

export function getScanBilling(res: Response): ScanBilling {
  const billing = res.locals[KEY] as ScanBilling | undefined;
  // Fail closed: a scan route mounted without an access middleware must not run for free by accident.
  if (!billing) throw new Error('scan access middleware did not run');
  return billing;
}

/**
 * Free access (no payment configured): anonymous callers allowed, signed-in callers attributed.
 * The payments issue replaces this with a middleware that charges x402 or credits.
 */
export function freeScanAccess(): RequestHandler {
  return (req, res, next) => {
    setScanBilling(res, { accountId: req.caller?.accountId ?? null, payer: null, paymentId: null, costMicroUsdc: '0' });
    next();
  };
}
