// POST /v1/api-keys, GET /v1/api-keys, DELETE /v1/api-keys/:id for the signed-in caller (session
// cookie or access token; an API key cannot mint or revoke keys).
import { Router } from 'express';
import { requireCaller } from '../auth/authenticate.js';
import type { ApiKeysService } from './api-keys-service.js';

export function createApiKeysRouter({ apiKeys }: { apiKeys: ApiKeysService }): Router {
  const router = Router();
  router.post('/v1/api-keys', requireCaller, async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.status(201).json(await apiKeys.create(req.caller!.accountId, (req.body as Record<string, unknown> | undefined)?.label));
  });
  router.get('/v1/api-keys', requireCaller, async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await apiKeys.list(req.caller!.accountId));
  });
  router.delete('/v1/api-keys/:id', requireCaller, async (req, res) => {
    await apiKeys.revoke(req.caller!.accountId, String(req.params.id));
    res.status(204).end();
  });
  return router;
}
