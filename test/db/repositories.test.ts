/// <reference types="mocha" />
// Table repositories on the real database of this run: balance constraint, refresh-token rotation
// and reuse (including two racing refreshes), usage aggregates, and PGlite's serialized transactions.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { AccountsRepository, DuplicateAccountNumberError, SessionsRepository, UsageLogsRepository } from '../../db/index.js';
import { createTestDatabase, POSTGRES_URL, type TestDatabase } from './test-database.js';

describe(`db repositories (${POSTGRES_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let database: TestDatabase;
  let accounts: AccountsRepository;
  let sessions: SessionsRepository;
  let usage: UsageLogsRepository;
  before(async () => {
    database = await createTestDatabase();
    accounts = new AccountsRepository(database.handle.db);
    sessions = new SessionsRepository(database.handle.db);
    usage = new UsageLogsRepository(database.handle.db);
  });
  after(async () => {
    await database.drop();
  });

  const newAccount = () => accounts.create({ numberHash: randomUUID(), last4: '1234' });
  const future = () => new Date(Date.now() + 3600_000);

  it('keeps balances as BIGINT strings and refuses a negative balance', async () => {
    const account = await newAccount();
    assert.equal(account.balance_micro_usdc, '0');
    const db = database.handle.db;
    await db.updateTable('accounts').set({ balance_micro_usdc: 9_007_199_254_740_993n }).where('id', '=', account.id).execute();
    assert.equal((await accounts.findById(account.id))?.balance_micro_usdc, '9007199254740993', 'beyond 2^53 without loss');
    await assert.rejects(
      db.updateTable('accounts').set({ balance_micro_usdc: sql`balance_micro_usdc - 9007199254740994` }).where('id', '=', account.id).execute(),
      (err: { code?: string }) => err.code === '23514',
    );
  });

  it('reports a duplicate account number as DuplicateAccountNumberError', async () => {
    const hash = randomUUID();
    await accounts.create({ numberHash: hash, last4: '0000' });
    await assert.rejects(accounts.create({ numberHash: hash, last4: '0000' }), DuplicateAccountNumberError);
  });

  it('rotates a refresh token once; the rotated token revokes its family', async () => {
    const account = await newAccount();
    const familyId = randomUUID();
    await sessions.create({ accountId: account.id, familyId, tokenHash: 'h1', expiresAt: future(), ip: null, userAgent: null });
    const rotated = await sessions.rotate('h1', { tokenHash: 'h2', expiresAt: future(), ip: '127.0.0.1', userAgent: 'ua' }, new Date());
    assert.equal(rotated.status, 'rotated');
    assert.equal(await sessions.isFamilyActive(familyId, new Date()), true);
    const reused = await sessions.rotate('h1', { tokenHash: 'h3', expiresAt: future(), ip: null, userAgent: null }, new Date());
    assert.equal(reused.status, 'reused');
    assert.equal(await sessions.isFamilyActive(familyId, new Date()), false);
    assert.equal((await sessions.rotate('h2', { tokenHash: 'h4', expiresAt: future(), ip: null, userAgent: null }, new Date())).status, 'invalid');
  });

  it('lets exactly one of two racing refreshes win; the loser counts as reuse', async () => {
    const account = await newAccount();
    const familyId = randomUUID();
    await sessions.create({ accountId: account.id, familyId, tokenHash: 'race', expiresAt: future(), ip: null, userAgent: null });
    const results = await Promise.all(
      ['a', 'b'].map((suffix) => sessions.rotate('race', { tokenHash: `race-${suffix}`, expiresAt: future(), ip: null, userAgent: null }, new Date())),
    );
    assert.deepEqual(results.map((r) => r.status).sort(), ['reused', 'rotated']);
    assert.equal(await sessions.isFamilyActive(familyId, new Date()), false);
  });

  it('does not rotate an expired refresh token', async () => {
    const account = await newAccount();
    await sessions.create({ accountId: account.id, familyId: randomUUID(), tokenHash: 'old', expiresAt: new Date(Date.now() - 1000), ip: null, userAgent: null });
    assert.equal((await sessions.rotate('old', { tokenHash: 'new', expiresAt: future(), ip: null, userAgent: null }, new Date())).status, 'invalid');
  });

  it('aggregates usage per day and endpoint with money as strings', async () => {
    const account = await newAccount();
    const row = (endpoint: string, decision: 'ALLOW' | 'BLOCK', cost: string, created: Date) =>
      usage.insert({ account_id: account.id, endpoint, decision, cost_micro_usdc: cost, latency_ms: 10, created_at: created, threat_category: decision === 'BLOCK' ? 'instruction_override' : null });
    const today = new Date();
    const yesterday = new Date(today.getTime() - 86_400_000);
    await row('/v1/scan/content', 'BLOCK', '1000', today);
    await row('/v1/scan/content', 'ALLOW', '1000', yesterday);
    await row('/v1/scan/output', 'ALLOW', '2500', today);
    const stats = await usage.statsForAccount(account.id, new Date(today.getTime() - 7 * 86_400_000));
    assert.equal(stats.totals.requests, 3);
    assert.equal(stats.totals.cost_micro_usdc, '4500');
    assert.equal(stats.totals.block, 1);
    assert.equal(stats.daily.length, 2);
    assert.deepEqual(stats.endpoints.map((e) => [e.endpoint, e.requests, e.cost_micro_usdc]), [['/v1/scan/content', 2, '2000'], ['/v1/scan/output', 1, '2500']]);
    assert.deepEqual(stats.threat_categories, [{ category: 'instruction_override', count: 1 }]);
  });

  it('never interleaves another statement into a transaction (PGlite shares one connection)', async () => {
    const account = await newAccount();
    const db = database.handle.db;
    let release!: () => void;
    const hold = new Promise<void>((resolve) => (release = resolve));
    const trx = db.transaction().execute(async (t) => {
      await t.updateTable('accounts').set({ status: 'suspended' }).where('id', '=', account.id).execute();
      await hold;
      throw new Error('roll back');
    });
    // Runs while the transaction is open: it must not see, or be swallowed by, the uncommitted write.
    const outside = db.selectFrom('accounts').select('status').where('id', '=', account.id).executeTakeFirstOrThrow();
    setTimeout(release, 50);
    await assert.rejects(trx, /roll back/);
    assert.equal((await outside).status, 'active');
    assert.equal((await accounts.findById(account.id))?.status, 'active');
  });
});
