// GET /v1/account, /v1/account/usage and /v1/account/usage/stats for the signed-in caller.
// Thin controller: parse the query, ask AccountService, send JSON.
import { Router } from 'express';
import { requireCaller } from '../auth/authenticate.js';
import type { AccountService } from './account-service.js';
import { parseStatsDays, parseUsagePage } from './usage-query.js';

export function createAccountRouter({ accounts }: { accounts: AccountService }): Router {
  const router = Router();
  router.get('/v1/account', requireCaller, async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await accounts.profile(req.caller!.accountId));
  });
  router.get('/v1/account/usage', requireCaller, async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await accounts.usage(req.caller!.accountId, parseUsagePage(req.query as Record<string, unknown>)));
  });
  router.get('/v1/account/usage/stats', requireCaller, async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await accounts.stats(req.caller!.accountId, parseStatsDays(req.query as Record<string, unknown>)));
  });
  return router;
}
