// The database layer's public surface: open a database, migrate it, and the table repositories.
// Explicit list on purpose: callers see exactly what the layer offers.
export { openDatabase, pingDatabase, DEFAULT_STATEMENT_TIMEOUT_MS } from './database.js';
export type { DatabaseHandle, DatabaseOptions, SqlSession } from './database.js';
export { Migrator } from './migrator.js';
export type { MigrationStatus } from './migrator.js';
export { runMigrateCommand, MIGRATE_USAGE } from './migrate-command.js';
export type { MigrateOutput } from './migrate-command.js';
export { loadMigrations, parseMigration, MIGRATIONS_DIR } from './migration-files.js';
export type { MigrationFile } from './migration-files.js';
export { AccountsRepository, DuplicateAccountNumberError, isUniqueViolation } from './repositories/accounts-repository.js';
export { SessionsRepository } from './repositories/sessions-repository.js';
export type { NewSessionInput, RotationResult } from './repositories/sessions-repository.js';
export { UsageLogsRepository } from './repositories/usage-logs-repository.js';
export type { UsagePageQuery, UsageAggregate, UsageStatsRows } from './repositories/usage-logs-repository.js';
export { DepositsRepository, OPEN_DEPOSIT_STATUSES } from './repositories/deposits-repository.js';
export type { NewDepositInput, DepositPageQuery, CompletedDeposit, OpenDepositStatus } from './repositories/deposits-repository.js';
export { StripeEventsRepository } from './repositories/stripe-events-repository.js';
export { PaymentsRepository, SETTLEABLE_STATES, OPEN_STATES } from './repositories/payments-repository.js';
export type { NewX402Payment, NewCreditHold } from './repositories/payments-repository.js';
export { ApiKeysRepository } from './repositories/api-keys-repository.js';
export type { NewApiKey } from './repositories/api-keys-repository.js';
export type { PaymentRow, PaymentState, PaymentMethod, ApiKeyRow } from './payments-schema.js';
export type {
  Database,
  AccountStatus,
  DecisionName,
  AccountRow,
  NewAccount,
  SessionRow,
  NewSession,
  UsageLogRow,
  NewUsageLog,
  DepositRow,
  DepositProvider,
  DepositStatus,
} from './schema.js';
