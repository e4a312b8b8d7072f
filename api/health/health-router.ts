// Health endpoints: /health/live (the process answers), /health/ready (database and inference
// usable, else 503 with the reasons) and /health (details: version, database, inference).
import { Router } from 'express';
import type { Kysely } from 'kysely';
import { pingDatabase, type Database } from '../../db/index.js';
import type { InferenceClient } from '../scan/inference-client.js';

export interface HealthDeps {
  db: Kysely<Database>;
  inference: InferenceClient;
  version: string;
}

interface Probe {
  database: { status: 'ok' | 'unavailable'; latency_ms?: number; error?: string };
  inference: { status: string; circuit: string };
}

async function probe({ db, inference }: HealthDeps): Promise<Probe> {
  const [database, inferenceStatus] = await Promise.all([
    pingDatabase({ db }).then(
      (ms) => ({ status: 'ok' as const, latency_ms: Math.round(ms * 10) / 10 }),
      // The reason is generic on purpose: connection strings and hosts stay in the log.
      () => ({ status: 'unavailable' as const, error: 'database did not answer' }),
    ),
    inference.health(),
  ]);
  return { database, inference: { status: inferenceStatus, circuit: inference.circuitState } };
}

function notReadyReasons(p: Probe): string[] {
  const reasons: string[] = [];
  if (p.database.status !== 'ok') reasons.push('database unavailable');
  if (p.inference.status !== 'serving') reasons.push(`inference ${p.inference.status.replace('_', ' ')}`);
  return reasons;
}

/**
 * How long one probe answers every health request. Health paths are exempt from rate limits (probes
 * and load balancers poll them), so a flood must not become a database ping and an inference call each.
 */
const PROBE_TTL_MS = 1000;

/** One probe at a time, its result shared for PROBE_TTL_MS. */
function sharedProbe(deps: HealthDeps): () => Promise<Probe> {
  let current: { at: number; result: Promise<Probe> } | undefined;
  return () => {
    const now = Date.now();
    if (current === undefined || now - current.at >= PROBE_TTL_MS) current = { at: now, result: probe(deps) };
    return current.result;
  };
}

export function createHealthRouter(deps: HealthDeps): Router {
  const router = Router();
  const started = Date.now();
  const probeOnce = sharedProbe(deps);
  router.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/health/ready', async (req, res) => {
    const reasons = notReadyReasons(await probeOnce());
    res.setHeader('Cache-Control', 'no-store');
    if (reasons.length > 0) {
      res.status(503).json({ status: 'not_ready', reasons, error: `Not ready: ${reasons.join(', ')}`, request_id: req.requestId });
      return;
    }
    res.json({ status: 'ready' });
  });
  router.get('/health', async (_req, res) => {
    const p = await probeOnce();
    res.setHeader('Cache-Control', 'no-store');
    res.json({
      status: notReadyReasons(p).length === 0 ? 'ok' : 'degraded',
      version: deps.version,
      uptime_s: Math.round((Date.now() - started) / 1000),
      ...p,
    });
  });
  return router;
}
