// `npm run worker`: the settlement worker alone (same configuration as the API), for deployments
// that run it apart from the API instances. Several may run at once: rows are claimed SKIP LOCKED.
import { Migrator, openDatabase } from '../../db/index.js';
import { systemClock } from '../clock.js';
import { ConfigError, parseConfig } from '../config.js';
import { createLogger } from '../logging/logger.js';
import { createSettlementWorker } from './worker-runtime.js';

let config;
try {
  config = parseConfig(process.env);
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(`Settlement worker refuses to start.\n${err.message}`);
    process.exit(1);
  }
  throw err;
}
const logger = createLogger({ level: config.logLevel, json: config.env === 'production' });
const database = await openDatabase({ databaseUrl: config.database.url, dataDir: config.database.dataDir, statementTimeoutMs: config.database.statementTimeoutMs });
await new Migrator(database).up();
const worker = createSettlementWorker({ config, db: database.db, clock: systemClock, logger });
worker.start();
logger.info('settlement worker started', { interval_ms: config.payments.worker.intervalMs });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    logger.info('settlement worker stopping', { signal });
    void worker.stop().then(() => database.close()).then(() => process.exit(0));
  });
}
