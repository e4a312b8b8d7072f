/// <reference types="mocha" />
// Card deposits end to end on loopback: the real API and database, stripe-node against the local
// Stripe fake, the fake fulfilling the session and delivering the signed webhook that credits.
import assert from 'node:assert/strict';
import { createTestDatabase, type TestDatabase } from '../db/test-database.js';
import { field, http } from '../api/helpers/http.js';
import { startTestApi } from '../api/helpers/test-api.js';
import { balance, billingEnvVars, deposit, openAccount, PUBLISHABLE_KEY, startBillingEnv, WALLET, type BillingEnv } from './helpers/billing-env.js';

interface DepositJson {
  id: string;
  status: string;
  amount_usdc: string;
  fee_usdc: string;
  net_amount_usdc: string;
  net_amount_micro_usdc: string;
  provider: string;
  completed_at: string | null;
}

describe('billing: card deposits through the Stripe onramp', () => {
  let database: TestDatabase;
  let env: BillingEnv;
  before(async () => {
    database = await createTestDatabase();
    env = await startBillingEnv({ database });
  });
  after(async () => {
    await env?.close();
    await database?.drop();
  });

  it('deposit → onramp session → fake fulfils → signed webhook → balance credited the net amount', async () => {
    const { api, fake } = env;
    const { auth } = await openAccount(api);
    const res = await deposit(api, auth, { amount_usdc: '25.00', provider: 'stripe' });
    assert.equal(res.status, 201, res.text);
    const body = res.body as Record<string, string>;
    assert.equal(body.status, 'pending');
    assert.equal(body.publishable_key, PUBLISHABLE_KEY);
    assert.match(body.client_secret!, /^cos_\w+_secret_\w+$/);
    assert.equal(body.amount_usdc, '25.000000');

    // What stripe-node sent: wallet and network locked, USDC only, the amount, metadata, a key.
    const call = fake.requests.find((r) => r.path === '/v1/crypto/onramp_sessions')!;
    assert.deepEqual(call.body.wallet_addresses, { base_network: WALLET });
    assert.equal(call.body.lock_wallet_address, 'true');
    assert.deepEqual(call.body.destination_currencies, ['usdc']);
    assert.deepEqual(call.body.destination_networks, ['base']);
    assert.equal(call.body.source_amount, '25.00');
    assert.equal(call.body.customer_ip_address, '127.0.0.1');
    assert.deepEqual(call.body.metadata, { deposit_id: body.deposit_id });
    assert.equal(call.idempotencyKey, `stronghold-deposit-${body.deposit_id}`);

    assert.equal(await balance(api, auth), '0');
    const delivery = await fake.advance(body.stripe_session_id!, 'fulfillment_complete');
    assert.equal(delivery.status, 200);
    assert.deepEqual(delivery.body, { received: true });
    // 25.00 paid, fees 0.38 + 0.01, 24.61 USDC delivered and credited.
    assert.equal(await balance(api, auth), '24610000');

    const history = await http(api.url, '/v1/account/deposits', { headers: auth });
    assert.equal(history.status, 200);
    const [row] = field<DepositJson[]>(history, 'deposits');
    assert.equal(row!.id, body.deposit_id);
    assert.equal(row!.status, 'completed');
    assert.equal(row!.amount_usdc, '25.000000');
    assert.equal(row!.fee_usdc, '0.390000');
    assert.equal(row!.net_amount_usdc, '24.610000');
    assert.ok(row!.completed_at);

    // Stripe redelivers the same event: acknowledged as a duplicate, nothing more credited.
    const again = await fake.advance(body.stripe_session_id!, 'fulfillment_complete');
    assert.equal(again.status, 200);
    assert.equal(await balance(api, auth), '24610000');
  });

  it('intermediate statuses are recorded; rejected marks the deposit failed without credit', async () => {
    const { api, fake } = env;
    const { auth } = await openAccount(api);
    const body = (await deposit(api, auth, { amount_usdc: '10.00' })).body as Record<string, string>;
    await fake.advance(body.stripe_session_id!, 'requires_payment');
    assert.equal(field(await http(api.url, `/v1/account/deposits/${body.deposit_id}`, { headers: auth }), 'status'), 'requires_payment');
    await fake.advance(body.stripe_session_id!, 'fulfillment_processing');
    assert.equal(field(await http(api.url, `/v1/account/deposits/${body.deposit_id}`, { headers: auth }), 'status'), 'processing');
    // Out of order: an older status never moves the deposit back.
    await fake.advance(body.stripe_session_id!, 'requires_payment');
    assert.equal(field(await http(api.url, `/v1/account/deposits/${body.deposit_id}`, { headers: auth }), 'status'), 'processing');
    const rejected = await fake.advance(body.stripe_session_id!, 'rejected');
    assert.equal(rejected.status, 200);
    assert.equal(field(await http(api.url, `/v1/account/deposits/${body.deposit_id}`, { headers: auth }), 'status'), 'failed');
    assert.equal(await balance(api, auth), '0');
  });

  it('validates the request: decimal strings only, bounds, whole cents, provider, authentication', async () => {
    const { api } = env;
    const { auth } = await openAccount(api);
    const cases: [unknown, string][] = [
      [{ amount_usdc: 25 }, 'invalid_amount'],
      [{ amount_usdc: '25.0000001' }, 'invalid_amount'],
      [{ amount_usdc: '-5.00' }, 'invalid_amount'],
      [{ amount_usdc: '1e3' }, 'invalid_amount'],
      [{ amount_usdc: '0.50' }, 'amount_out_of_range'],
      [{ amount_usdc: '500.01' }, 'amount_out_of_range'],
      [{ amount_usdc: '25.005' }, 'invalid_amount'],
      [{ amount_usdc: '25.00', provider: 'paypal' }, 'invalid_provider'],
    ];
    for (const [payload, code] of cases) {
      const res = await deposit(api, auth, payload);
      assert.equal(res.status, 400, JSON.stringify(payload));
      assert.equal(field(res, 'code'), code, JSON.stringify(payload));
    }
    assert.equal((await deposit(api, {}, { amount_usdc: '25.00' })).status, 401);
    assert.equal((await http(api.url, '/v1/account/deposits')).status, 401);
  });

  it('direct deposits return the receiving address and stay pending (no chain watcher)', async () => {
    const { api } = env;
    const { auth } = await openAccount(api);
    const res = await deposit(api, auth, { amount_usdc: '12.345678', provider: 'direct' });
    assert.equal(res.status, 201, res.text);
    const body = res.body as Record<string, unknown>;
    assert.equal(body.pay_to, WALLET);
    assert.equal(body.network, 'base');
    assert.equal(body.status, 'pending');
    assert.equal(body.client_secret, null);
    assert.match(String(body.note), /chain watcher/);
  });

  it('pages the history newest first with a cursor; other accounts see none of it', async () => {
    const { api } = env;
    const { auth } = await openAccount(api);
    const ids: string[] = [];
    for (const amount of ['1.00', '2.00', '3.00']) ids.push(field<string>(await deposit(api, auth, { amount_usdc: amount, provider: 'direct' }), 'deposit_id'));
    const first = await http(api.url, '/v1/account/deposits?limit=2', { headers: auth });
    const second = await http(api.url, `/v1/account/deposits?limit=2&cursor=${field<string>(first, 'next_cursor')}`, { headers: auth });
    const seen = [...field<DepositJson[]>(first, 'deposits'), ...field<DepositJson[]>(second, 'deposits')].map((d) => d.id);
    assert.deepEqual(seen, [...ids].reverse());
    assert.equal(field(second, 'next_cursor'), null);
    const other = await openAccount(api);
    assert.deepEqual(field(await http(api.url, '/v1/account/deposits', { headers: other.auth }), 'deposits'), []);
    assert.equal((await http(api.url, `/v1/account/deposits/${ids[0]}`, { headers: other.auth })).status, 404);
    assert.equal((await http(api.url, '/v1/account/deposits?cursor=garbage', { headers: auth })).status, 400);
  });

  it('a Stripe 500 is retried by stripe-node with the same idempotency key: one session', async () => {
    const { api, fake } = env;
    const { auth } = await openAccount(api);
    fake.failNext(1, 500);
    const before = fake.requests.length;
    const res = await deposit(api, auth, { amount_usdc: '7.00' });
    assert.equal(res.status, 201, res.text);
    const calls = fake.requests.slice(before);
    assert.equal(calls.length, 2);
    assert.equal(calls[0]!.idempotencyKey, calls[1]!.idempotencyKey);
  });

  it('Stripe unreachable → 502 with a generic message and a failed deposit row (reason kept server-side)', async () => {
    const api = await startTestApi({ database, env: { ...billingEnvVars('http://127.0.0.1:9') } });
    try {
      const { auth, accountId } = await openAccount(api);
      const res = await deposit(api, auth, { amount_usdc: '25.00' });
      assert.equal(res.status, 502);
      assert.equal(field(res, 'code'), 'payment_provider_error');
      assert.doesNotMatch(res.text, /ECONNREFUSED|127\.0\.0\.1|Stripe/);
      const rows = await database.handle.db.selectFrom('deposits').selectAll().where('account_id', '=', accountId).execute();
      assert.equal(rows.length, 1);
      assert.equal(rows[0]!.status, 'failed');
      assert.match(rows[0]!.failure_reason!, /StripeConnectionError/);
      const listed = field<DepositJson[]>(await http(api.url, '/v1/account/deposits', { headers: auth }), 'deposits');
      assert.equal(listed[0]!.status, 'failed');
      assert.ok(!('failure_reason' in listed[0]!));
      assert.ok(api.logs.some((l) => l.includes('onramp session failed')));
    } finally {
      await api.close();
    }
  });
});
