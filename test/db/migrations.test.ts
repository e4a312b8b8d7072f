/// <reference types="mocha" />
// Migrations on the real database of this run (PGlite, or a PostgreSQL schema when DATABASE_URL
// is set): up, down, status, refusal of an edited migration, and concurrent start-ups.
import assert from 'node:assert/strict';
import { loadMigrations, Migrator, parseMigration, runMigrateCommand } from '../../db/index.js';
import { createTestDatabase, POSTGRES_URL, type TestDatabase } from './test-database.js';

async function tableNames(db: TestDatabase): Promise<string[]> {
  return db.handle.withSession(async (s) =>
    (await s.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1`)).map((r) => r.table_name),
  );
}

describe(`db migrations (${POSTGRES_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  // One database for the file (PGlite takes seconds to create); each test starts from empty.
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase({ migrate: false });
  });
  afterEach(async () => {
    await new Migrator(db.handle).down(100);
  });
  after(async () => {
    await db.drop();
  });

  it('applies every migration on up, reports status, reverts step by step on down and re-applies', async () => {
    const versions = loadMigrations().map((m) => m.version);
    assert.equal(versions[0], '001');
    const migrator = new Migrator(db.handle);
    assert.deepEqual((await migrator.status()).map((m) => [m.version, m.applied_at]), versions.map((v) => [v, null]));
    assert.deepEqual(await migrator.up(), versions);
    assert.deepEqual(await migrator.up(), [], 'second up is a no-op');
    const status = await migrator.status();
    assert.equal(status[0]?.name, 'initial_schema');
    assert.ok(status.every((m) => m.applied_at instanceof Date));
    const tables = await tableNames(db);
    for (const table of ['accounts', 'schema_migrations', 'sessions', 'usage_logs']) assert.ok(tables.includes(table), table);

    assert.deepEqual(await migrator.down(), [versions.at(-1)], 'down reverts one step by default');
    assert.equal((await migrator.status()).at(-1)?.applied_at, null);
    assert.deepEqual(await migrator.down(100), versions.slice(0, -1).reverse());
    assert.deepEqual(await tableNames(db), ['schema_migrations']);
    assert.deepEqual(await migrator.up(), versions);
  });

  it('refuses to run when an applied migration was edited', async () => {
    const [first] = loadMigrations();
    await new Migrator(db.handle).up();
    const edited = { ...first!, up: `${first!.up}\n-- sneaky edit`, checksum: 'different' };
    const migrator = new Migrator(db.handle, [edited]);
    await assert.rejects(migrator.up(), /was edited after it was applied/);
    assert.equal((await migrator.status())[0]?.modified, true);
  });

  it('rolls a failing migration back completely', async () => {
    const broken = parseMigration('001_broken.sql', '-- migrate:up\nCREATE TABLE half_done (id int);\nSELECT no_such_function();\n-- migrate:down\nDROP TABLE half_done;');
    await assert.rejects(new Migrator(db.handle, [broken]).up());
    assert.deepEqual(await tableNames(db), ['schema_migrations']);
  });

  it('migrates exactly once when several instances start together (advisory lock)', async function () {
    if (!POSTGRES_URL) this.skip(); // PGlite has one connection: nothing can race.
    const others = await Promise.all([0, 1, 2].map(() => import('../../db/index.js').then((m) => m.openDatabase({ databaseUrl: POSTGRES_URL, searchPath: db.schema }))));
    try {
      const results = await Promise.all(others.map((h) => new Migrator(h).up()));
      assert.deepEqual(results.flat(), loadMigrations().map((m) => m.version));
    } finally {
      await Promise.all(others.map((h) => h.close()));
    }
  });

  it('parses -- migrate:up / -- migrate:down sections', () => {
    const m = parseMigration('002_add_x.sql', '-- comment\n-- migrate:up\nCREATE TABLE x ();\n-- migrate:down\nDROP TABLE x;\n');
    assert.equal(m.version, '002');
    assert.equal(m.up, 'CREATE TABLE x ();');
    assert.equal(m.down, 'DROP TABLE x;');
    assert.throws(() => parseMigration('x.sql', '-- migrate:up\n'), /001_name\.sql/);
    assert.throws(() => parseMigration('003_y.sql', 'CREATE TABLE y ();'), /migrate:up/);
  });

  it('db:migrate command: up, status, down, bad arguments', async () => {
    const lines: string[] = [];
    const out = { log: (l: string) => lines.push(l), error: (l: string) => lines.push(`ERR ${l}`) };
    assert.equal(await runMigrateCommand(['up'], db.handle, 'test', out), 0);
    assert.equal(await runMigrateCommand(['status'], db.handle, 'test', out), 0);
    assert.equal(await runMigrateCommand(['down', '100'], db.handle, 'test', out), 0);
    assert.equal(await runMigrateCommand(['status'], db.handle, 'test', out), 0);
    assert.equal(await runMigrateCommand(['down', 'x'], db.handle, 'test', out), 2);
    assert.equal(await runMigrateCommand(['sideways'], db.handle, 'test', out), 2);
    const count = loadMigrations().length;
    assert.match(lines[0]!, /^applied 001(, \d{3})* on test$/);
    assert.match(lines[2]!, /001_initial_schema: applied \d{4}-/);
    assert.match(lines[2 + count]!, /^reverted (\d{3}, )*001 on test$/);
    assert.match(lines[4 + count]!, /001_initial_schema: pending/);
    assert.match(lines.at(-1)!, /^ERR usage/);
  });


});
