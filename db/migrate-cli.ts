// `npm run db:migrate -- up|down [steps]|status`: runs the SQL migrations against DATABASE_URL, or
// against the embedded PGlite database under DATA_DIR (./data) when no URL is set.
import { openDatabase } from './database.js';
import { MIGRATE_USAGE, runMigrateCommand } from './migrate-command.js';

const argv = process.argv.slice(2);
if (argv[0] !== undefined && !['up', 'down', 'status'].includes(argv[0])) {
  console.error(MIGRATE_USAGE);
  process.exit(2);
}
const databaseUrl = process.env.DATABASE_URL || undefined;
const dataDir = process.env.DATA_DIR || './data';
try {
  const handle = await openDatabase({ databaseUrl, dataDir });
  try {
    const target = databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite (${dataDir})`;
    process.exitCode = await runMigrateCommand(argv, handle, target, console);
  } finally {
    await handle.close();
  }
} catch (err) {
  console.error(`db:migrate failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
// PGlite can leave a file handle open after close(); the command is done, so leave explicitly.
process.exit();
