// A fresh, migrated database per test file: a throw-away schema on PostgreSQL when DATABASE_URL is
// set (so parallel and repeated runs never collide), an in-memory PGlite otherwise.
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { Migrator, openDatabase, type DatabaseHandle, type DatabaseOptions } from '../../db/index.js';

export interface TestDatabase {
  handle: DatabaseHandle;
  /** The schema on PostgreSQL; undefined on PGlite. */
  schema?: string;
  drop(): Promise<void>;
}

export const POSTGRES_URL = process.env.DATABASE_URL || undefined;

export async function createTestDatabase(options: { migrate?: boolean; statementTimeoutMs?: number } = {}): Promise<TestDatabase> {
  const base: DatabaseOptions = { statementTimeoutMs: options.statementTimeoutMs };
  let schema: string | undefined;
  if (POSTGRES_URL) {
    schema = `test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
    await adminQuery(`CREATE SCHEMA ${schema}`);
  }
  const handle = await openDatabase(
    POSTGRES_URL
      ? { ...base, databaseUrl: POSTGRES_URL, searchPath: schema, poolSize: 5 }
      : { ...base, dataDir: 'memory://', pgliteSnapshot: await emptyPGliteSnapshot() },
  );
  if (options.migrate !== false) await new Migrator(handle).up();
  return {
    handle,
    schema,
    async drop() {
      await handle.close();
      if (schema) await adminQuery(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    },
  };
}

// initdb is most of PGlite's start-up cost: pay it once per process, then copy the empty cluster.
let snapshot: Promise<Blob> | undefined;
function emptyPGliteSnapshot(): Promise<Blob> {
  snapshot ??= (async () => {
    const template = await PGlite.create('memory://');
    try {
      return (await template.dumpDataDir('none')) as Blob;
    } finally {
      await template.close();
    }
  })();
  return snapshot;
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
