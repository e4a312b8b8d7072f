/// <reference types="mocha" />
// Scans paid from prepaid credit with an API key: 500 concurrent scans on credit for 300 → exactly
// 300 succeed, the balance ends at 0 and never goes negative; a failed scan releases its hold;
// no credit → 402 pointing to deposits. Runs on PostgreSQL when DATABASE_URL is set, PGlite otherwise.
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { field, http } from '../api/helpers/http.js';
import { startRealInference, type RunningInference } from '../api/helpers/inference-server.js';
import { startTestApi, type TestApi } from '../api/helpers/test-api.js';
import { POSTGRES_URL } from '../db/test-database.js';
import { PaymentsRepository } from '../../db/index.js';

const PAYMENTS_ON = { X402_PAY_TO: '0x5e1f0000000000000000000000000000000c0ffe', X402_NETWORK: 'eip155:84532', X402_FACILITATOR_URL: 'http://127.0.0.1:9' };

async function accountWithKey(api: TestApi, balanceMicroUsdc: bigint) {
  const account = await http(api.url, '/v1/auth/account', { method: 'POST' });
  const token = field<string>(account, 'access_token');
  const key = field<string>(await http(api.url, '/v1/api-keys', { body: {}, headers: { authorization: `Bearer ${token}` } }), 'key');
  const me = await http(api.url, '/v1/auth/me', { headers: { authorization: `Bearer ${token}` } });
  const accountId = field<string>(me, 'account_id');
  // Stands in for a deposit (issue 6): credit lands on accounts.balance_micro_usdc.
  await api.database.handle.db.updateTable('accounts').set({ balance_micro_usdc: balanceMicroUsdc.toString() }).where('id', '=', accountId).execute();
  return { key, accountId, token };
}

const balanceOf = async (api: TestApi, accountId: string) =>
  BigInt((await api.database.handle.db.selectFrom('accounts').select('balance_micro_usdc').where('id', '=', accountId).executeTakeFirstOrThrow()).balance_micro_usdc);

describe(`credit scans with API keys (${POSTGRES_URL ? 'PostgreSQL' : 'PGlite'})`, function () {
  this.timeout(60_000);
  let inference: RunningInference;
  let api: TestApi;
  before(async () => {
    inference = await startRealInference();
    api = await startTestApi({ inferenceUrl: inference.url, env: PAYMENTS_ON });
  });
  after(async () => {
    await api.close();
    await inference.close();
  });

  it('500 concurrent scans on credit for 300: exactly 300 succeed, balance 0, exactly their price charged', async () => {
    const { key, accountId } = await accountWithKey(api, 300n * 1000n);
    const statuses = await Promise.all(
      Array.from({ length: 500 }, async (_, i) => {
        const res = await http(api.url, '/v1/scan/content', { body: { text: `credit scan number ${i}` }, headers: { authorization: `Bearer ${key}` } });
        return `${res.status}${res.status === 402 ? `:${field<string>(res, 'code')}` : ''}`;
      }),
    );
    const tally = statuses.reduce<Record<string, number>>((t, s) => ({ ...t, [s]: (t[s] ?? 0) + 1 }), {});
    assert.deepEqual(tally, { '200': 300, '402:insufficient_credit': 200 });
    assert.equal(await balanceOf(api, accountId), 0n);
    // Every micro-USDC that left the balance is a completed scan's price, and nothing more.
    const charged = await sql<{ total: string }>`select coalesce(sum(amount_micro_usdc), 0) as total from payments where account_id = ${accountId} and state = 'completed'`.execute(api.database.handle.db);
    assert.equal(BigInt(charged.rows[0]!.total), 300n * 1000n);
    const rows = await sql<{ state: string; n: string }>`select state, count(*) as n from payments where account_id = ${accountId} group by state`.execute(api.database.handle.db);
    assert.deepEqual(rows.rows.map((r) => [r.state, Number(r.n)]), [['completed', 300]]);
    const linked = await sql<{ n: string }>`select count(*) as n from usage_logs u join payments p on p.id = u.payment_id where p.account_id = ${accountId}`.execute(api.database.handle.db);
    assert.equal(Number(linked.rows[0]!.n), 300, 'every usage row links to its payment');
  });

  it('no credit → 402 pointing to deposits; an unknown key → 401', async () => {
    const { key } = await accountWithKey(api, 999n);
    const res = await http(api.url, '/v1/scan/output', { body: { text: 'hello' }, headers: { authorization: `Bearer ${key}` } });
    assert.equal(res.status, 402);
    assert.equal(field(res, 'code'), 'insufficient_credit');
    assert.match(field<string>(res, 'error'), /\/v1\/account\/deposit/);
    const bad = await http(api.url, '/v1/scan/output', { body: { text: 'hello' }, headers: { authorization: `Bearer sk_live_${'A'.repeat(43)}` } });
    assert.equal(bad.status, 401);
    assert.equal(field(bad, 'code'), 'invalid_api_key');
  });

  it('a hold released under its running scan (a stale sweep): the result is withheld and nothing is charged', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const scanning = new Promise<void>((resolve) => (entered = resolve));
    const held = await startTestApi({
      database: api.database, env: PAYMENTS_ON, inferenceUrl: inference.url,
      // The real client, with its scan held until the sweep has run.
      wrapInference: (real) => ({
        async scan(request) {
          entered();
          await gate;
          return real.scan(request);
        },
        health: (timeoutMs) => real.health(timeoutMs),
        get circuitState() {
          return real.circuitState;
        },
        close: () => real.close(),
      }),
    });
    try {
      const { key, accountId } = await accountWithKey(held, 5000n);
      const pending = http(held.url, '/v1/scan/output', { body: { text: 'hello' }, headers: { authorization: `Bearer ${key}` } });
      await scanning;
      // What a settlement worker whose clock runs ahead would do: void every executing hold as stale.
      await new PaymentsRepository(held.database.handle.db).void({ olderThan: new Date(Date.now() + 3_600_000) }, 'reservation_expired', new Date());
      release();
      const res = await pending;
      assert.equal(res.status, 503);
      assert.equal(field(res, 'code'), 'scan_not_charged');
      assert.doesNotMatch(res.text, /ALLOW|decision/, 'no result delivered unpaid');
      assert.equal(await balanceOf(held, accountId), 5000n);
      const usage = await held.database.handle.db.selectFrom('usage_logs').select('cost_micro_usdc').where('account_id', '=', accountId).execute();
      assert.deepEqual(usage.map((u) => String(u.cost_micro_usdc)), ['0'], 'its usage row shows no charge');
    } finally {
      await held.close();
    }
  });

  it('a failed scan releases the hold', async () => {
    const down = await startTestApi({ database: api.database, env: PAYMENTS_ON, inferenceTimeoutMs: 300 });
    try {
      const { key, accountId } = await accountWithKey(down, 5000n);
      const res = await http(down.url, '/v1/scan/content', { body: { text: 'will fail' }, headers: { authorization: `Bearer ${key}` } });
      assert.equal(res.status, 503);
      assert.equal(await balanceOf(down, accountId), 5000n);
      const row = await down.database.handle.db.selectFrom('payments').select(['state', 'void_reason']).where('account_id', '=', accountId).executeTakeFirstOrThrow();
      assert.deepEqual(row, { state: 'voided', void_reason: 'scan_failed' });
    } finally {
      await down.close();
    }
  });
});
