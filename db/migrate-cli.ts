// `npm run db:migrate -- up|down [steps]|status`: runs the SQL migrations against DATABASE_URL, or
// against the embedded PGlite database under DATA_DIR (./data) when no URL is set.
import { openDatabase } from './database.js';
import { Migrator } from './migrator.js';

const USAGE = 'usage: db:migrate up | down [steps] | status';

async function main(argv: string[]): Promise<number> {
  const [command = 'status', stepsArg] = argv;
  if (!['up', 'down', 'status'].includes(command)) {
    console.error(USAGE);
    return 2;
  }
  const handle = await openDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir: process.env.DATA_DIR || './data' });
  const target = handle.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite (${process.env.DATA_DIR || './data'})`;
  try {
    const migrator = new Migrator(handle);
    if (command === 'up') {
      const applied = await migrator.up();
      console.log(applied.length ? `applied ${applied.join(', ')} on ${target}` : `already up to date on ${target}`);
    } else if (command === 'down') {
      const steps = stepsArg ? Number.parseInt(stepsArg, 10) : 1;
      if (!Number.isInteger(steps) || steps < 1) {
        console.error(USAGE);
        return 2;
      }
      const reverted = await migrator.down(steps);
      console.log(reverted.length ? `reverted ${reverted.join(', ')} on ${target}` : `nothing to revert on ${target}`);
    } else {
      console.log(`migrations on ${target}:`);
      for (const m of await migrator.status()) {
        const state = m.applied_at ? `applied ${m.applied_at.toISOString()}` : 'pending';
        const flags = `${m.modified ? ' (EDITED after it was applied)' : ''}${m.missing_file ? ' (file missing)' : ''}`;
        console.log(`  ${m.version}_${m.name}: ${state}${flags}`);
      }
    }
    return 0;
  } finally {
    await handle.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`db:migrate failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
