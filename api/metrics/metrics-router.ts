// GET /metrics in the Prometheus text format from the app's own registry.
// Scrapers are exempt from the per-IP rate limit (see api/http/rate-limits.ts).
import { Router } from 'express';
import type { ApiMetrics } from './api-metrics.js';

export function createMetricsRouter(metrics: ApiMetrics): Router {
  const router = Router();
  router.get('/metrics', async (_req, res) => {
    res.setHeader('Content-Type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });
  return router;
}
