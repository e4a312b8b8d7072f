// The `db:migrate` command as a function (up | down [steps] | status) writing to a given output,
// so the CLI stays a thin shell and tests can run the same code in-process.
import type { DatabaseHandle } from './database.js';
import { Migrator } from './migrator.js';

export const MIGRATE_USAGE = 'usage: db:migrate up | down [steps] | status';

export interface MigrateOutput {
  log(line: string): void;
  error(line: string): void;
}

/** Returns the process exit code: 0 done, 2 bad arguments; database errors are thrown. */
export async function runMigrateCommand(argv: string[], handle: DatabaseHandle, target: string, out: MigrateOutput): Promise<number> {
  const [command = 'status', stepsArg] = argv;
  const migrator = new Migrator(handle);
  if (command === 'up') {
    const applied = await migrator.up();
    out.log(applied.length ? `applied ${applied.join(', ')} on ${target}` : `already up to date on ${target}`);
    return 0;
  }
  if (command === 'down') {
    const steps = stepsArg === undefined ? 1 : Number(stepsArg);
    if (!Number.isInteger(steps) || steps < 1) {
      out.error(MIGRATE_USAGE);
      return 2;
    }
    const reverted = await migrator.down(steps);
    out.log(reverted.length ? `reverted ${reverted.join(', ')} on ${target}` : `nothing to revert on ${target}`);
    return 0;
  }
  if (command === 'status') {
    out.log(`migrations on ${target}:`);
    for (const m of await migrator.status()) {
      const state = m.applied_at ? `applied ${m.applied_at.toISOString()}` : 'pending';
      const flags = `${m.modified ? ' (EDITED after it was applied)' : ''}${m.missing_file ? ' (file missing)' : ''}`;
      out.log(`  ${m.version}_${m.name}: ${state}${flags}`);
    }
    return 0;
  }
  out.error(MIGRATE_USAGE);
  return 2;
}
