// POST /v1/account/deposit, GET /v1/account/deposits and GET /v1/account/deposits/:id for the
// signed-in caller. Thin controller: parse, ask DepositService, send JSON.
import { Router } from 'express';
import { requireCaller } from '../auth/authenticate.js';
import { ApiError } from '../http/api-error.js';
import { isUuid, parseDepositPage, parseDepositRequest } from './deposit-request.js';
import type { DepositService } from './deposit-service.js';

export function createDepositsRouter({ deposits }: { deposits: DepositService }): Router {
  const router = Router();
  router.post('/v1/account/deposit', requireCaller, async (req, res) => {
    const request = parseDepositRequest(req.body);
    const created = await deposits.create(req.caller!.accountId, request, { customerIp: customerIp(req.ip), log: req.log });
    res.setHeader('Cache-Control', 'no-store');
    res.status(201).json(created);
  });
  router.get('/v1/account/deposits', requireCaller, async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await deposits.list(req.caller!.accountId, parseDepositPage(req.query as Record<string, unknown>)));
  });
  router.get('/v1/account/deposits/:id', requireCaller, async (req, res) => {
    const id = req.params.id;
    if (!isUuid(id)) throw ApiError.notFound('Deposit not found');
    res.setHeader('Cache-Control', 'no-store');
    res.json(await deposits.get(req.caller!.accountId, id));
  });
  return router;
}

/** Stripe wants the customer's address as plain IPv4/IPv6, not the "::ffff:1.2.3.4" socket form. */
function customerIp(ip: string | undefined): string | undefined {
  if (!ip) return undefined;
  return ip.startsWith('::ffff:') ? ip.slice(7) : ip;
}
