/// <reference types="mocha" />
// statement_timeout is enforced by the database itself: every connection carries it (30 s by
// default), and PostgreSQL cancels a statement that runs longer.
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { DEFAULT_STATEMENT_TIMEOUT_MS } from '../../db/index.js';
import { createTestDatabase, POSTGRES_URL, type TestDatabase } from './test-database.js';

describe(`db statement_timeout (${POSTGRES_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('is 30 s on every connection by default', async () => {
    const db = await createTestDatabase({ migrate: false });
    try {
      assert.equal(DEFAULT_STATEMENT_TIMEOUT_MS, 30_000);
      // Several concurrent queries so a pool opens several connections; each must carry it.
      const shown = await Promise.all([1, 2, 3, 4].map(() => sql<{ statement_timeout: string }>`SHOW statement_timeout`.execute(db.handle.db)));
      for (const r of shown) assert.equal(r.rows[0]?.statement_timeout, '30s');
    } finally {
      await db.drop();
    }
  });

  describe('with a lowered timeout', () => {
    let db: TestDatabase;
    before(async function () {
      // PGlite is PostgreSQL compiled to WebAssembly in this process: it has no timer signal to
      // interrupt itself, so only a real server can prove cancellation.
      if (!POSTGRES_URL) this.skip();
      db = await createTestDatabase({ migrate: false, statementTimeoutMs: 200 });
    });
    after(async () => {
      await db?.drop();
    });

    it('cancels a slow query in the database (SQLSTATE 57014), not in the client', async () => {
      const started = Date.now();
      await assert.rejects(sql`SELECT pg_sleep(5)`.execute(db.handle.db), (err: { code?: string; message?: string }) => {
        assert.equal(err.code, '57014');
        assert.match(err.message ?? '', /statement timeout/);
        return true;
      });
      assert.ok(Date.now() - started < 2000, 'cancelled near the 200 ms timeout');
      // The connection is still usable afterwards.
      const ok = await sql<{ one: number }>`SELECT 1 AS one`.execute(db.handle.db);
      assert.equal(ok.rows[0]?.one, 1);
    });
  });
});
