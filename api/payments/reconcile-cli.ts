// The `payments:reconcile` command (reconcile-command.ts) against DATABASE_URL, or the embedded
// PGlite database under DATA_DIR (./data) when no URL is set.
import { openDatabase } from '../../db/index.js';
import { systemClock } from '../clock.js';
import { parseReconcileArgs, RECONCILE_USAGE, runReconcileCommand } from './reconcile-command.js';

// Bad arguments never open (or create) a database.
if (!parseReconcileArgs(process.argv.slice(2))) {
  console.error(RECONCILE_USAGE);
  process.exit(2);
}
try {
  const handle = await openDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir: process.env.DATA_DIR || './data' });
  try {
    process.exitCode = await runReconcileCommand(process.argv.slice(2), handle.db, systemClock, console);
  } finally {
    await handle.close();
  }
} catch (err) {
  console.error(`payments:reconcile failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
// PGlite can leave a file handle open after close(); the command is done, so leave explicitly.
process.exit();
