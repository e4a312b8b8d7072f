// Starts the API process from a Config: database (migrated under a lock), inference client,
// optional Redis rate-limit store, the app, and an orderly close() for shutdown and tests.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { Migrator, openDatabase, type DatabaseHandle } from '../db/index.js';
import { createApp } from './app.js';
import { systemClock, type Clock } from './clock.js';
import type { Config } from './config.js';
import { connectRedisRateLimitStores, type RedisRateLimitStores } from './http/redis-rate-limit-store.js';
import type { Logger } from './logging/logger.js';
import { ApiMetrics } from './metrics/api-metrics.js';
import { createInferenceClient, type InferenceClient } from './scan/inference-client.js';

export interface RunningApi {
  url: string;
  port: number;
  database: DatabaseHandle;
  inference: InferenceClient;
  close(): Promise<void>;
}

export async function startApiServer(config: Config, logger: Logger, clock: Clock = systemClock): Promise<RunningApi> {
  announce(config, logger);
  const database = await openDatabase({ databaseUrl: config.database.url, dataDir: config.database.dataDir, statementTimeoutMs: config.database.statementTimeoutMs });
  const applied = await new Migrator(database).up();
  logger.info('database ready', { kind: database.kind, migrations_applied: applied });
  const inference = createInferenceClient({ baseUrl: config.inference.url, timeoutMs: config.inference.timeoutMs, retries: config.inference.retries, clock });
  let redis: RedisRateLimitStores | undefined;
  if (config.redisUrl) {
    redis = await connectRedisRateLimitStores(config.redisUrl, logger);
    logger.info('rate limits shared through Redis');
  }
  const app = createApp({ config, db: database.db, inference, clock, logger, metrics: new ApiMetrics({ defaultMetrics: true }), rateLimitStore: redis?.factory });
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(config.port, config.host, () => resolve(s));
    s.once('error', reject);
  });
  // Slowloris protection: headers must arrive promptly, idle keep-alives are closed.
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`;
  logger.info('api listening', { url, inference: config.inference.url });
  return {
    url,
    port,
    database,
    inference,
    async close() {
      // Let requests in flight finish (idle keep-alive sockets close at once), then cut the rest.
      const force = setTimeout(() => server.closeAllConnections(), 5000);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      clearTimeout(force);
      await inference.close();
      await redis?.close();
      await database.close();
    },
  };
}

/** Loud start-up notes for settings that are fine on a laptop and wrong in production. */
function announce(config: Config, logger: Logger): void {
  if (config.jwt.generated) {
    logger.warn('JWT_SECRET is not set: using a random secret for this process; sessions end when it restarts');
  }
  if (!config.payments.payTo) {
    logger.warn('X402_PAY_TO is not set: payments are off and every scan is FREE');
  }
  if (!config.database.url) logger.warn(`DATABASE_URL is not set: using the embedded PGlite database in ${config.database.dataDir}`);
  if (!config.cookies.secure) logger.warn('session cookies are sent without the Secure flag (COOKIE_SECURE=false or not production)');
}
