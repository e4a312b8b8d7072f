// A Kysely dialect over one embedded PGlite instance that hands out its single connection to one
// user at a time, so a transaction never sees another request's statements interleaved into it.
import type { PGlite } from '@electric-sql/pglite';
import type { DatabaseConnection, Dialect, Driver, QueryResult, TransactionSettings } from 'kysely';
import { CompiledQuery } from 'kysely';
import { KyselyPGlite } from 'kysely-pglite';

/** FIFO lock: kysely-pglite's own driver shares the connection freely, which breaks BEGIN…COMMIT. */
export class ExclusiveLock {
  private tail: Promise<void> = Promise.resolve();

  async acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const previous = this.tail;
    this.tail = previous.then(() => held);
    await previous;
    return release;
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await fn();
    } finally {
      release();
    }
  }
}

class LockedConnection implements DatabaseConnection {
  constructor(
    private readonly inner: DatabaseConnection,
    readonly release: () => void,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    // kysely-pglite hands back PGlite's raw result; Kysely reads the update/delete count from
    // numAffectedRows, which PGlite calls affectedRows.
    const result = (await this.inner.executeQuery<R>(query)) as QueryResult<R> & { affectedRows?: number };
    return {
      rows: result.rows,
      ...(typeof result.affectedRows === 'number' && { numAffectedRows: BigInt(result.affectedRows) }),
    };
  }

  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(query, chunkSize);
  }
}

class SerializedDriver implements Driver {
  constructor(
    private readonly inner: Driver,
    private readonly lock: ExclusiveLock,
  ) {}

  init(): Promise<void> {
    return this.inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const release = await this.lock.acquire();
    try {
      return new LockedConnection(await this.inner.acquireConnection(), release);
    } catch (err) {
      release();
      throw err;
    }
  }

  async beginTransaction(connection: DatabaseConnection, _settings: TransactionSettings): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('BEGIN'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('COMMIT'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('ROLLBACK'));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as LockedConnection).release();
  }

  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}

/** Builds the dialect; `lock` is shared with raw sessions (migrations) on the same instance. */
export function createSerializedPGliteDialect(pglite: PGlite, lock: ExclusiveLock): Dialect {
  const base = new KyselyPGlite(pglite).dialect;
  return {
    createAdapter: () => base.createAdapter(),
    createDriver: () => new SerializedDriver(base.createDriver(), lock),
    createIntrospector: (db) => base.createIntrospector(db),
    createQueryCompiler: () => base.createQueryCompiler(),
  };
}
