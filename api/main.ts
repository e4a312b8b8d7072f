// `npm run start:api`: parse the configuration (refusing bad production settings), start the API
// and shut it down cleanly on SIGINT/SIGTERM.
import { systemClock } from './clock.js';
import { ConfigError, parseConfig } from './config.js';
import { createLogger } from './logging/logger.js';
import { createSettlementWorker } from './payments/worker-runtime.js';
import { startApiServer } from './server.js';

async function main(): Promise<void> {
  let config;
  try {
    config = parseConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`Stronghold API refuses to start.\n${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger({ level: config.logLevel, json: config.env === 'production' });
  const api = await startApiServer(config, logger);
  // The settlement worker runs in every API process unless SETTLEMENT_WORKER=off (then: npm run worker).
  const worker = config.payments.payTo && config.payments.worker.enabled ? createSettlementWorker({ config, db: api.database.db, clock: systemClock, logger }) : undefined;
  worker?.start();
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    Promise.resolve(worker?.stop())
      .then(() => api.close())
      .then(
        () => {
          clearTimeout(force);
          process.exit(0);
        },
        (err: unknown) => {
          logger.error('shutdown failed', { err: String(err) });
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error('Stronghold API failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
