// Applies, reverts and reports the SQL migrations, one transaction per migration, while holding a
// PostgreSQL advisory lock so several API instances starting together migrate exactly once.
import type { DatabaseHandle, SqlSession } from './database.js';
import { loadMigrations, type MigrationFile } from './migration-files.js';

export interface MigrationStatus {
  version: string;
  name: string;
  applied_at: Date | null;
  /** True when the file's up section no longer matches what was applied. */
  modified: boolean;
  /** Applied in the database but no longer present on disk. */
  missing_file: boolean;
}

interface AppliedRow {
  version: string;
  name: string;
  checksum: string;
  applied_at: Date;
}

// The lock key includes the schema so isolated test schemas on one server do not wait on each other.
const LOCK_KEY_SQL = `hashtext('stronghold.migrate:' || current_schema())`;

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version text PRIMARY KEY,
  name text NOT NULL,
  checksum text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;

export class Migrator {
  private readonly migrations: MigrationFile[];

  constructor(
    private readonly handle: DatabaseHandle,
    migrations?: MigrationFile[],
  ) {
    this.migrations = migrations ?? loadMigrations();
  }

  /** Applies every pending migration in order; returns the versions applied. */
  up(): Promise<string[]> {
    return this.locked(async (session, applied) => {
      const done: string[] = [];
      for (const m of this.migrations) {
        const row = applied.get(m.version);
        if (row) {
          if (row.checksum !== m.checksum) {
            throw new Error(`migration ${m.version}_${m.name} was edited after it was applied; add a new migration instead`);
          }
          continue;
        }
        await this.inTransaction(session, m.up, async () => {
          await session.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [m.version, m.name, m.checksum]);
        });
        done.push(m.version);
      }
      return done;
    });
  }

  /** Reverts the latest `steps` applied migrations; returns the versions reverted. */
  down(steps = 1): Promise<string[]> {
    return this.locked(async (session, applied) => {
      const latest = [...applied.keys()].sort().reverse().slice(0, steps);
      for (const version of latest) {
        const m = this.migrations.find((x) => x.version === version);
        if (!m?.down) throw new Error(`migration ${version} has no "-- migrate:down" section; cannot revert`);
        await this.inTransaction(session, m.down, async () => {
          await session.query('DELETE FROM schema_migrations WHERE version = $1', [version]);
        });
      }
      return latest;
    });
  }

  status(): Promise<MigrationStatus[]> {
    return this.locked(async (_session, applied) => {
      const rows: MigrationStatus[] = this.migrations.map((m) => {
        const row = applied.get(m.version);
        return { version: m.version, name: m.name, applied_at: row?.applied_at ?? null, modified: !!row && row.checksum !== m.checksum, missing_file: false };
      });
      for (const row of applied.values()) {
        if (!this.migrations.some((m) => m.version === row.version)) {
          rows.push({ version: row.version, name: row.name, applied_at: row.applied_at, modified: false, missing_file: true });
        }
      }
      return rows.sort((a, b) => a.version.localeCompare(b.version));
    });
  }

  private locked<T>(fn: (session: SqlSession, applied: Map<string, AppliedRow>) => Promise<T>): Promise<T> {
    return this.handle.withSession(async (session) => {
      await session.query(`SELECT pg_advisory_lock(${LOCK_KEY_SQL})`);
      try {
        await session.exec(CREATE_TABLE);
        const rows = await session.query<AppliedRow>('SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version');
        return await fn(session, new Map(rows.map((r) => [r.version, r])));
      } finally {
        await session.query(`SELECT pg_advisory_unlock(${LOCK_KEY_SQL})`);
      }
    });
  }

  private async inTransaction(session: SqlSession, script: string, record: () => Promise<void>): Promise<void> {
    await session.exec('BEGIN');
    try {
      await session.exec(script);
      await record();
      await session.exec('COMMIT');
    } catch (err) {
      await session.exec('ROLLBACK');
      throw err;
    }
  }
}
