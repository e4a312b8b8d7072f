// Entry point of `npm run start:inference`: starts the service from the environment and shuts it
// down cleanly on SIGINT/SIGTERM.
import { ConfigError } from './config.js';
import { createLogger } from './logger.js';
import { missingNodeFlags } from './node-flags.js';
import { startInferenceServer } from './server.js';

const logger = createLogger(process.env.LOG_LEVEL || 'info');
const missing = missingNodeFlags();
if (missing.length > 0) logger.warn('started without the node flags the service is tuned for; latency under load suffers', { missing: missing.join(' ') });

try {
  const server = await startInferenceServer({ logger, processMetrics: true });
  const stop = (signal: string) => {
    logger.info('shutting down', { signal });
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('shutdown failed', { error });
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
} catch (error) {
  if (error instanceof ConfigError) logger.error(error.message);
  else logger.error('inference service failed to start', { error });
  process.exit(1);
}
