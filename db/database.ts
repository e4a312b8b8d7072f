// Opens the database: PostgreSQL through `pg` when a URL is given, embedded PGlite otherwise.
// Both get the same statement_timeout policy, return int8 as strings and run the same migrations.
import { mkdirSync } from 'node:fs';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { createSerializedPGliteDialect, ExclusiveLock } from './pglite-dialect.js';
import type { Database } from './schema.js';

export const DEFAULT_STATEMENT_TIMEOUT_MS = 30_000;

export interface DatabaseOptions {
  /** postgres://… → PostgreSQL; unset → PGlite. */
  databaseUrl?: string;
  /** PGlite data directory; 'memory://' keeps everything in memory (tests). */
  dataDir?: string;
  statementTimeoutMs?: number;
  /** PGlite only: start from a dumpDataDir() snapshot instead of running initdb (tests, ~3x faster). */
  pgliteSnapshot?: Blob;
  /** PostgreSQL only: schema to work in (tests isolate themselves this way). */
  searchPath?: string;
  poolSize?: number;
}

/** One database session for scripts: multi-statement SQL and parameterised queries. */
export interface SqlSession {
  exec(script: string): Promise<void>;
  query<R>(text: string, params?: unknown[]): Promise<R[]>;
}

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: 'postgres' | 'pglite';
  /** Runs `fn` on one dedicated session (advisory locks are per session). */
  withSession<T>(fn: (session: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  const timeoutMs = options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, timeoutMs, options)
    : openPGlite(options.dataDir ?? './data', timeoutMs, options.pgliteSnapshot);
}

function openPostgres(url: string, timeoutMs: number, options: DatabaseOptions): DatabaseHandle {
  if (options.searchPath !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(options.searchPath)) {
    throw new Error(`invalid schema name for search_path: ${options.searchPath}`);
  }
  // statement_timeout and search_path travel in the startup packet: the server enforces them on
  // every connection of the pool, including ones opened later.
  const pool = new pg.Pool({
    connectionString: url,
    statement_timeout: timeoutMs,
    options: options.searchPath ? `-c search_path=${options.searchPath}` : undefined,
    max: options.poolSize ?? 10,
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'postgres',
    async withSession(fn) {
      const client = await pool.connect();
      try {
        return await fn({
          exec: async (script) => void (await client.query(script)),
          query: async <R>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as R[],
        });
      } finally {
        client.release();
      }
    },
    close: () => db.destroy(),
  };
}

async function openPGlite(dataDir: string, timeoutMs: number, snapshot?: Blob): Promise<DatabaseHandle> {
  if (!dataDir.includes('://')) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir, {
    parsers: { [pgliteTypes.INT8]: (value: string) => value },
    ...(snapshot && { loadDataDir: snapshot }),
  });
  // PGlite runs in-process as WebAssembly and cannot interrupt itself, so this setting is recorded
  // but not enforced there; PostgreSQL enforces it (see test/db/statement-timeout.test.ts).
  await pglite.exec(`SET statement_timeout = ${Math.trunc(timeoutMs)}`);
  const lock = new ExclusiveLock();
  const db = new Kysely<Database>({ dialect: createSerializedPGliteDialect(pglite, lock) });
  return {
    db,
    kind: 'pglite',
    withSession: (fn) =>
      lock.run(() =>
        fn({
          exec: async (script) => void (await pglite.exec(script)),
          query: async <R>(text: string, params?: unknown[]) => (await pglite.query<R>(text, params)).rows,
        }),
      ),
    close: () => db.destroy(),
  };
}

/** Round trip to the database for health checks; rejects after `timeoutMs`. */
export async function pingDatabase(handle: Pick<DatabaseHandle, 'db'>, timeoutMs = 2000): Promise<number> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      sql`select 1`.execute(handle.db),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`database did not answer within ${timeoutMs} ms`)), timeoutMs))),
    ]);
  } finally {
    clearTimeout(timer);
  }
  return performance.now() - started;
}
