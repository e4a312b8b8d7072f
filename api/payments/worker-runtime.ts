// Builds the settlement worker from the Config and a database: the API process starts it by
// default, `npm run worker` runs it alone.
import type { Kysely } from 'kysely';
import { PaymentsRepository, type Database } from '../../db/index.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Logger } from '../logging/logger.js';
import { createSettlement, facilitatorFromConfig, settleLeaseMs } from './payments-runtime.js';
import { SettlementWorker } from './settlement-worker.js';

export function createSettlementWorker(deps: { config: Config; db: Kysely<Database>; clock: Clock; logger: Logger }): SettlementWorker {
  const payments = new PaymentsRepository(deps.db);
  const settlement = createSettlement({ config: deps.config, payments, facilitator: facilitatorFromConfig(deps.config), clock: deps.clock, logger: deps.logger });
  const { intervalMs, batchSize, staleAfterMs } = deps.config.payments.worker;
  return new SettlementWorker({ payments, settlement, clock: deps.clock, logger: deps.logger }, { intervalMs, batchSize, staleAfterMs, leaseMs: settleLeaseMs(deps.config) });
}
