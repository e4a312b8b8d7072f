// POST /v1/scan/content, /v1/scan/output and /v1/scan/multiturn. Request path: validate the body →
// scanAccess (who pays: the payment middleware's slot, so nothing is charged for a malformed request) → scan.
import { Router, type RequestHandler, type Response } from 'express';
import { getScanBilling } from './scan-access.js';
import { parseMultiturnInput } from './multiturn-request.js';
import type { ScanEndpoint } from './scan-mapper.js';
import { parseScanInput, type ScanInput } from './scan-request.js';
import { SCAN_ROUTES, type ScanService } from './scan-service.js';

export interface ScanRouterDeps {
  scans: ScanService;
  scanAccess: RequestHandler;
  maxTextBytes: number;
}

const INPUT_KEY = 'scanInput';

export function createScanRouter({ scans, scanAccess, maxTextBytes }: ScanRouterDeps): Router {
  const router = Router();
  for (const endpoint of ['content', 'output', 'multiturn'] as const satisfies ScanEndpoint[]) {
    const validate: RequestHandler = (req, res, next) => {
      res.locals[INPUT_KEY] = endpoint === 'multiturn' ? parseMultiturnInput(req.body, maxTextBytes) : parseScanInput(endpoint, req.body, maxTextBytes);
      next();
    };
    router.post(SCAN_ROUTES[endpoint], validate, scanAccess, async (req, res) => {
      const result = await scans.scan(endpoint, scanInput(res), { requestId: req.requestId, billing: getScanBilling(res), log: req.log });
      res.json(result);
    });
  }
  return router;
}

function scanInput(res: Response): ScanInput {
  return res.locals[INPUT_KEY] as ScanInput;
}
