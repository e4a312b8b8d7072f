/// <reference types="mocha" />
// POST /webhooks/stripe against the real API and database: signatures, replays, exactly-once
// crediting under concurrent duplicates, final states, unknown deposits, mismatches and rollback.
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { buildEvent, signPayload, type AdvanceOptions } from '../../api/billing/stripe-fake/index.js';
import { ONRAMP_SESSION_UPDATED } from '../../api/billing/onramp-session.js';
import { createTestDatabase, type TestDatabase } from '../db/test-database.js';
import { field, http } from '../api/helpers/http.js';
import { loggedWithin } from '../api/helpers/test-api.js';
import { balance, deposit, openAccount, postEvent, startBillingEnv, WEBHOOK_SECRET, type BillingEnv } from './helpers/billing-env.js';

describe('billing: Stripe webhook', () => {
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

  /** A pending card deposit and the event Stripe would send when its session reaches `status`. */
  async function pendingDeposit(amount = '25.00') {
    const { auth, accountId } = await openAccount(env.api);
    const res = await deposit(env.api, auth, { amount_usdc: amount });
    assert.equal(res.status, 201, res.text);
    const sessionId = field<string>(res, 'stripe_session_id');
    const depositId = field<string>(res, 'deposit_id');
    const eventFor = (status: string, options?: AdvanceOptions) => buildEvent(ONRAMP_SESSION_UPDATED, env.fake.sessions.advance(sessionId, status, options));
    return { auth, accountId, depositId, sessionId, eventFor };
  }

  const depositRow = (id: string) => database.handle.db.selectFrom('deposits').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const claimed = async (eventId: string) => (await database.handle.db.selectFrom('stripe_events').select('id').where('id', '=', eventId).execute()).length;

  it('refuses a bad signature with 400 and applies nothing', async () => {
    const { auth, eventFor } = await pendingDeposit();
    const event = eventFor('fulfillment_complete');
    const wrongSecret = await postEvent(env.api, event, { secret: 'whsec_someone_else' });
    assert.equal(wrongSecret.status, 400);
    assert.equal(field(wrongSecret, 'code'), 'invalid_signature');
    const forged = await postEvent(env.api, event, { signature: 't=1,v1=deadbeef' });
    assert.equal(forged.status, 400);
    const missing = await http(env.api.url, '/webhooks/stripe', { method: 'POST', rawBody: JSON.stringify(event), headers: { 'content-type': 'application/json' } });
    assert.equal(missing.status, 400);
    // A valid signature over different bytes: the body was tampered with in transit.
    const tampered = { ...event, data: { object: { ...(event.data.object as object), metadata: { deposit_id: '00000000-0000-4000-8000-000000000000' } } } };
    const signedOriginal = signPayload(JSON.stringify(event), WEBHOOK_SECRET);
    assert.equal((await postEvent(env.api, tampered, { signature: signedOriginal })).status, 400);
    assert.equal(await claimed(event.id), 0);
    assert.equal(await balance(env.api, auth), '0');
  });

  it('never applies a stale event (created > 5 minutes ago) as sent, and refuses stale signatures with 400', async () => {
    const { auth, eventFor } = await pendingDeposit();
    // The event claims fulfilment, but Stripe's own record of the session has not moved.
    const fresh = eventFor('fulfillment_complete');
    const current = eventFor('fulfillment_processing');
    const stale = { ...fresh, id: `${fresh.id}_old`, created: Math.floor(Date.now() / 1000) - 301 };
    const res = await postEvent(env.api, stale);
    // Reconciled from Stripe's record instead (still processing): handled, so no retries for days.
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, { received: true, reconciled: true });
    // An event that cannot be reconciled from the Stripe API stays refused.
    const other = await postEvent(env.api, { ...stale, id: `${fresh.id}_other`, type: 'customer.created' });
    assert.equal(other.status, 400);
    assert.equal(field(other, 'code'), 'stale_event');
    const oldSignature = await postEvent(env.api, fresh, { signedAt: Math.floor(Date.now() / 1000) - 301 });
    assert.equal(oldSignature.status, 400);
    assert.equal(field(oldSignature, 'code'), 'invalid_signature');
    assert.equal(await claimed(fresh.id), 0);
    assert.equal(await balance(env.api, auth), '0', 'a stale payload is never applied as sent');
    assert.ok(current.id);
  });

  it('a fulfilment whose webhook only arrives after 5 minutes is credited once, from the Stripe API', async () => {
    const { auth, depositId, eventFor } = await pendingDeposit();
    const late = { ...eventFor('fulfillment_complete'), created: Math.floor(Date.now() / 1000) - 3600 };
    for (let i = 0; i < 3; i++) {
      const res = await postEvent(env.api, late);
      assert.equal(res.status, 200);
      assert.deepEqual(res.body, { received: true, reconciled: true });
    }
    assert.equal(await balance(env.api, auth), '24610000', 'credited the net amount, once');
    assert.equal((await depositRow(depositId)).status, 'completed');
    assert.equal(await claimed(late.id), 0);
  });

  it('the same event delivered 10 times in parallel credits once', async () => {
    const { auth, depositId, eventFor } = await pendingDeposit();
    const event = eventFor('fulfillment_complete');
    const answers = await Promise.all(Array.from({ length: 10 }, () => postEvent(env.api, event)));
    assert.deepEqual(answers.map((a) => a.status), Array(10).fill(200));
    const bodies = answers.map((a) => JSON.stringify(a.body)).sort();
    assert.equal(bodies.filter((b) => b === '{"received":true}').length, 1);
    assert.equal(bodies.filter((b) => b === '{"received":true,"duplicate":true}').length, 9);
    assert.equal(await balance(env.api, auth), '24610000');
    assert.equal((await depositRow(depositId)).status, 'completed');
    assert.equal(await claimed(event.id), 1);
  });

  it('distinct fulfilment events for one deposit (Stripe sends more than one) still credit once', async () => {
    const { auth, eventFor } = await pendingDeposit('40.00');
    const events = Array.from({ length: 5 }, () => eventFor('fulfillment_complete'));
    const answers = await Promise.all(events.map((e) => postEvent(env.api, e)));
    assert.deepEqual(answers.map((a) => a.status), Array(5).fill(200));
    // 40.00 − 0.60 − 0.01 = 39.39
    assert.equal(await balance(env.api, auth), '39390000');
  });

  it('rejected after fulfillment_complete changes nothing', async () => {
    const { auth, depositId, eventFor } = await pendingDeposit();
    assert.equal((await postEvent(env.api, eventFor('fulfillment_complete'))).status, 200);
    const done = await depositRow(depositId);
    const later = await postEvent(env.api, eventFor('rejected'));
    assert.equal(later.status, 200);
    const after = await depositRow(depositId);
    assert.deepEqual(after, done);
    assert.equal(await balance(env.api, auth), '24610000');
    assert.ok(await loggedWithin(env.api.logs, (l) => l.includes('already final') && l.includes(depositId) && l.includes('"level":"error"')));
  });

  it('an event for an unknown deposit is answered 200 and logged as an error, crediting nothing', async () => {
    const { auth, eventFor } = await pendingDeposit();
    const session = eventFor('fulfillment_complete').data.object as Record<string, unknown>;
    for (const depositId of ['6f1c1a5e-9d1e-4c1a-9a43-1a2b3c4d5e6f', 'not-a-uuid']) {
      const event = buildEvent(ONRAMP_SESSION_UPDATED, { ...session, metadata: { deposit_id: depositId } });
      const res = await postEvent(env.api, event);
      assert.equal(res.status, 200, res.text);
      assert.deepEqual(res.body, { received: true });
      assert.ok(await loggedWithin(env.api.logs, (l) => l.includes('unknown deposit') && l.includes(depositId) && l.includes('"level":"error"')));
    }
    const foreign = await postEvent(env.api, buildEvent(ONRAMP_SESSION_UPDATED, { ...session, metadata: {} }));
    assert.equal(foreign.status, 200);
    assert.equal(await balance(env.api, auth), '0');
  });

  it('amount, currency or wallet mismatches hold the deposit for review, answered 200, nothing credited', async () => {
    const mismatches: AdvanceOptions[] = [
      { source_amount: '2.50' },
      { destination_currency: 'eth' },
      { wallet_address: '0x2222222222222222222222222222222222222222' },
      { destination_amount: '26.00' },
    ];
    for (const options of mismatches) {
      const { auth, depositId, eventFor } = await pendingDeposit();
      const res = await postEvent(env.api, eventFor('fulfillment_complete', options));
      assert.equal(res.status, 200, JSON.stringify(options));
      const row = await depositRow(depositId);
      assert.equal(row.status, 'review', JSON.stringify(options));
      assert.match(row.failure_reason!, /mismatch/);
      assert.equal(await balance(env.api, auth), '0');
      assert.equal(field(await http(env.api.url, `/v1/account/deposits/${depositId}`, { headers: auth }), 'status'), 'review');
    }
  });

  it('a failure while applying rolls the claim back, so Stripe’s retry of the same event succeeds', async () => {
    const { auth, depositId, eventFor } = await pendingDeposit();
    const event = eventFor('fulfillment_complete');
    const db = database.handle.db;
    await sql`CREATE FUNCTION test_fail_credit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$`.execute(db);
    await sql`CREATE TRIGGER test_fail_credit BEFORE UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION test_fail_credit()`.execute(db);
    try {
      const failed = await postEvent(env.api, event);
      assert.equal(failed.status, 500);
      assert.doesNotMatch(failed.text, /injected/);
      assert.equal(await claimed(event.id), 0, 'claim rolled back');
      assert.equal((await depositRow(depositId)).status, 'pending', 'deposit update rolled back');
    } finally {
      await sql`DROP TRIGGER test_fail_credit ON accounts`.execute(db);
      await sql`DROP FUNCTION test_fail_credit()`.execute(db);
    }
    const retried = await postEvent(env.api, event);
    assert.equal(retried.status, 200);
    assert.deepEqual(retried.body, { received: true });
    assert.equal(await balance(env.api, auth), '24610000');
  });

  it('other event types are acknowledged and claimed without effect', async () => {
    const event = buildEvent('payment_intent.succeeded', { id: 'pi_123', object: 'payment_intent' });
    const res = await postEvent(env.api, event);
    assert.equal(res.status, 200);
    assert.equal(await claimed(event.id), 1);
    assert.deepEqual((await postEvent(env.api, event)).body, { received: true, duplicate: true });
  });
});
