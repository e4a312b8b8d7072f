/// <reference types="mocha" />
// The ledger and its worker on the real database: forward-only transitions (also refused by the
// trigger), stale reservations voided with credit holds refunded, backoff then dead-letter with an
// error log, a bad row survived, SKIP LOCKED claims never overlap, and stop() finishing the batch.
// The facilitator here is a loopback stand-in (an external service); the ledger and worker are real.
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import type { SettleResponse } from '@x402/core/types';
import { sql } from 'kysely';
import { ManualClock } from '../../api/clock.js';
import { createLogger } from '../../api/logging/logger.js';
import { Settlement } from '../../api/payments/settlement.js';
import { runReconcileCommand } from '../../api/payments/reconcile-command.js';
import { SettlementWorker } from '../../api/payments/settlement-worker.js';
import { FacilitatorUnavailableError, type PaymentFacilitator } from '../../api/payments/facilitator-client.js';
import { PaymentsRepository } from '../../db/index.js';
import { createTestDatabase, POSTGRES_URL, type TestDatabase } from '../db/test-database.js';

describe(`payments ledger and settlement worker (${POSTGRES_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let database: TestDatabase;
  let payments: PaymentsRepository;
  const clock = new ManualClock(new Date('2030-01-01T00:00:00Z'));
  const logs: string[] = [];
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => logs.push(...c.toString().split('\n').filter(Boolean)));
  const logger = createLogger({ level: 'info', json: true, stream });
  let answer: () => Promise<SettleResponse> = async () => ({ success: true, transaction: '0xabc', network: 'eip155:84532' });
  let settleCalls = 0;
  const facilitator: PaymentFacilitator = {
    verify: async () => ({ isValid: true }),
    settle: async () => {
      settleCalls++;
      return answer();
    },
  };
  let settlement: Settlement;
  const worker = () => new SettlementWorker({ payments, settlement, clock, logger }, { intervalMs: 10, batchSize: 10, staleAfterMs: 60_000, leaseMs: 30_000 });

  before(async () => {
    database = await createTestDatabase();
    payments = new PaymentsRepository(database.handle.db);
    settlement = new Settlement({ payments, facilitator, clock, logger, policy: { maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 60_000 } });
  });
  after(async () => {
    await database.drop();
  });
  beforeEach(async () => {
    await sql`delete from usage_logs`.execute(database.handle.db);
    await sql`delete from payments`.execute(database.handle.db);
    settleCalls = 0;
    answer = async () => ({ success: true, transaction: '0xabc', network: 'eip155:84532' });
  });

  let seq = 0;
  async function settlingRow() {
    const nonce = `0x${(++seq).toString(16).padStart(64, '0')}`;
    const row = await payments.reserveX402(
      {
        payer: '0x00000000000000000000000000000000000000aa', nonce, network: 'eip155:84532', asset: '0x036cbd53842c5426634e7929541ec2318f3dcf7e',
        payTo: '0x00000000000000000000000000000000000000bb', amountMicroUsdc: '1000', endpoint: '/v1/scan/content', requestId: `r${seq}`,
        payload: { x402Version: 2, payload: {} }, requirements: { scheme: 'exact' }, validBefore: new Date(clock.now().getTime() + 3_600_000), accountId: null, requestDigest: `digest-${seq}`,
      },
      clock.now(),
    );
    assert.ok(row !== 'duplicate');
    assert.ok(await payments.startExecuting(row.id, clock.now()));
    assert.ok(await payments.storeResult(row.id, 200, '{"decision":"ALLOW"}', clock.now(), clock.now()));
    return row.id;
  }
  const stateOf = async (id: string) => (await payments.findById(id))!.state;

  it('moves forward only: every UPDATE names its expected state, and the trigger refuses a way back', async () => {
    const id = await settlingRow();
    assert.equal(await payments.startExecuting(id, clock.now()), false, 'settling cannot go back to executing');
    assert.equal((await payments.void({ id }, 'x', clock.now())).length, 0, 'a stored result is never voided');
    await assert.rejects(sql`update payments set state = 'reserved' where id = ${id}`.execute(database.handle.db), /cannot move from settling to reserved/);
    assert.equal(await stateOf(id), 'settling');
  });

  it('settles due rows once, backs off with jitter, dead-letters after the last attempt with an error log', async () => {
    const ok = await settlingRow();
    const batch = await worker().runOnce();
    assert.equal(batch.completed, 1);
    assert.equal(await stateOf(ok), 'completed');
    assert.equal((await worker().runOnce()).completed, 0, 'a completed row is never settled again');

    const bad = await settlingRow();
    answer = async () => {
      throw new FacilitatorUnavailableError('settle', false, new Error('503'));
    };
    // Attempt 1 was the request's own; the worker makes attempts 2 and 3 (the last).
    clock.advance(120_000);
    await worker().runOnce();
    const row = (await payments.findById(bad))!;
    assert.equal(row.state, 'failed');
    assert.equal(row.attempts, 2);
    const delay = row.next_attempt_at!.getTime() - clock.now().getTime();
    assert.ok(delay >= 0 && delay <= 1000 * 2 ** (row.attempts - 1), `delay ${delay} within the full-jitter bound`);
    await worker().runOnce();
    assert.equal((await payments.findById(bad))!.attempts, 2, 'not due yet: not retried early');
    clock.advance(120_000);
    await worker().runOnce();
    assert.equal(await stateOf(bad), 'dead_lettered');
    assert.ok(logs.some((l) => l.includes('payment_dead_lettered') && l.includes(bad) && l.includes('"level":"error"')));
  });

  it('"nonce already used" after an unanswered attempt is a settlement to reconcile, never "not settled"', async () => {
    const id = await settlingRow();
    // The worker's first attempt (attempt 2) times out: it may have reached the chain.
    answer = async () => {
      throw new FacilitatorUnavailableError('settle', true, new Error('timeout'));
    };
    clock.advance(120_000);
    await worker().runOnce();
    assert.equal(await stateOf(id), 'failed');
    // The next attempt hears that the authorization was already used: most likely by attempt 2.
    answer = async () => ({ success: false, errorReason: 'invalid_exact_evm_nonce_already_used', transaction: '', network: 'eip155:84532' });
    clock.advance(120_000);
    await worker().runOnce();
    const row = (await payments.findById(id))!;
    assert.equal(row.state, 'dead_lettered');
    assert.match(row.last_error ?? '', /^settlement_unknown: /);

    // So does "expired" from the facilitator after an unanswered attempt (its clock, or a late revert).
    const expired = await settlingRow();
    answer = async () => {
      throw new FacilitatorUnavailableError('settle', true, new Error('timeout'));
    };
    clock.advance(120_000);
    await worker().runOnce();
    answer = async () => ({ success: false, errorReason: 'invalid_exact_evm_payload_authorization_valid_before', transaction: '', network: 'eip155:84532' });
    clock.advance(120_000);
    await worker().runOnce();
    assert.match((await payments.findById(expired))!.last_error ?? '', /^settlement_unknown: invalid_exact_evm_payload_authorization_valid_before/);

    // On a row's first attempt "nonce already used" means the payer's authorization went elsewhere.
    answer = async () => ({ success: false, errorReason: 'invalid_exact_evm_nonce_already_used', transaction: '', network: 'eip155:84532' });
    const first = await settlingRow();
    const claimed = await payments.findById(first);
    await settlement.settle({ ...claimed!, attempts: 1 });
    const plain = (await payments.findById(first))!;
    assert.equal(plain.state, 'dead_lettered');
    assert.match(plain.last_error ?? '', /^invalid_exact_evm_nonce_already_used/);
  });

  it('payments:reconcile completes a settlement_unknown payment with the transfer an operator found, and nothing else', async () => {
    const out = { lines: [] as string[], log(l: string) { this.lines.push(l); }, error(l: string) { this.lines.push(l); } };
    // A payment whose unanswered attempt most likely landed: dead-lettered as settlement_unknown.
    const id = await settlingRow();
    answer = async () => {
      throw new FacilitatorUnavailableError('settle', true, new Error('timeout'));
    };
    clock.advance(120_000);
    await worker().runOnce();
    answer = async () => ({ success: false, errorReason: 'invalid_exact_evm_nonce_already_used', transaction: '', network: 'eip155:84532' });
    clock.advance(120_000);
    await worker().runOnce();
    assert.match((await payments.findById(id))!.last_error ?? '', /^settlement_unknown/);

    const tx = `0x${'ab'.repeat(32)}`;
    assert.equal(await runReconcileCommand([id, tx], database.handle.db, clock, out), 0, out.lines.join('\n'));
    const row = (await payments.findById(id))!;
    assert.equal(row.state, 'completed');
    assert.equal(row.transaction_hash, tx);
    assert.deepEqual(row.settle_response, { success: true, transaction: tx, network: 'eip155:84532', payer: row.payer });
    assert.equal(await runReconcileCommand([id, tx], database.handle.db, clock, out), 1, 'only once');

    // A payment dead-lettered for a reason that says it never settled stays dead-lettered ...
    answer = async () => ({ success: false, errorReason: 'invalid_exact_evm_signature', transaction: '', network: 'eip155:84532' });
    const never = await settlingRow();
    await settlement.settle({ ...(await payments.findById(never))!, attempts: 1 });
    assert.equal(await runReconcileCommand([never, tx], database.handle.db, clock, out), 1);
    assert.equal((await payments.findById(never))!.state, 'dead_lettered');
    // ... and the trigger refuses that way back to whoever writes it directly.
    await assert.rejects(sql`update payments set state = 'completed', transaction_hash = ${tx} where id = ${never}`.execute(database.handle.db), /cannot move from dead_lettered to completed/);
    // Arguments that are not a payment id and a transaction hash.
    for (const argv of [[], [id], [id, '0x12'], ['nope', tx], [id, tx, 'extra']]) {
      assert.equal(await runReconcileCommand(argv, database.handle.db, clock, out), 2, JSON.stringify(argv));
    }
  });

  it('dead-letters at once what no retry can fix, as @x402/evm names it', async () => {
    for (const reason of ['invalid_exact_evm_signature', 'invalid_exact_evm_payload_authorization_valid_before', 'invalid_exact_evm_scheme', 'invalid_exact_evm_token_name_mismatch']) {
      answer = async () => ({ success: false, errorReason: reason, transaction: '', network: 'eip155:84532' });
      const id = await settlingRow();
      const claimed = await payments.findById(id);
      await settlement.settle({ ...claimed!, attempts: 1 });
      const row = (await payments.findById(id))!;
      assert.equal(row.state, 'dead_lettered', reason);
      assert.match(row.last_error ?? '', new RegExp(`^${reason}`), 'not "may have settled" either');
    }
    // What a later attempt can fix (the payer tops up their wallet) is retried.
    answer = async () => ({ success: false, errorReason: 'invalid_exact_evm_insufficient_balance', transaction: '', network: 'eip155:84532' });
    const id = await settlingRow();
    await settlement.settle({ ...(await payments.findById(id))!, attempts: 1 });
    assert.equal((await payments.findById(id))!.state, 'failed');
  });

  it('survives a row that throws and keeps settling the others', async () => {
    const a = await settlingRow();
    const b = await settlingRow();
    answer = async () => {
      if (settleCalls === 1) throw new TypeError('boom: unexpected facilitator payload');
      return { success: true, transaction: '0xdef', network: 'eip155:84532' };
    };
    const batch = await worker().runOnce();
    assert.equal(batch.completed + batch.retried, 2);
    assert.deepEqual([await stateOf(a), await stateOf(b)].sort(), ['completed', 'failed']);
  });

  it('voids stale reservations and gives credit holds back', async () => {
    const account = await sql<{ id: string }>`insert into accounts (account_number_hash, account_number_last4, balance_micro_usdc) values ('h-stale', '0000', 5000) returning id`.execute(database.handle.db);
    const accountId = account.rows[0]!.id;
    const key = await sql<{ id: string }>`insert into api_keys (account_id, key_hash, key_prefix) values (${accountId}, 'kh', 'sk_live_x') returning id`.execute(database.handle.db);
    const hold = await payments.reserveCredit({ accountId, apiKeyId: key.rows[0]!.id, amountMicroUsdc: '1000', endpoint: '/v1/scan/output', requestId: 'r' }, clock.now());
    assert.ok(hold);
    clock.advance(61_000);
    const batch = await worker().runOnce();
    assert.equal(batch.expired, 1);
    assert.equal(await stateOf(hold.id), 'voided');
    const balance = await database.handle.db.selectFrom('accounts').select('balance_micro_usdc').where('id', '=', accountId).executeTakeFirstOrThrow();
    assert.equal(balance.balance_micro_usdc, '5000');
  });

  it('concurrent claims never take the same row (FOR UPDATE SKIP LOCKED + lease)', async () => {
    const ids = await Promise.all(Array.from({ length: 6 }, () => settlingRow()));
    const lease = new Date(clock.now().getTime() + 30_000);
    const claims = await Promise.all(Array.from({ length: 4 }, () => payments.claimDue(clock.now(), lease, 3)));
    const claimed = claims.flat().map((r) => r.id);
    assert.equal(new Set(claimed).size, claimed.length, 'no row claimed twice');
    assert.deepEqual([...claimed].sort(), [...ids].sort());
  });

  it('stop() lets the batch in progress finish', async () => {
    const id = await settlingRow();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    answer = async () => {
      await gate;
      return { success: true, transaction: '0x123', network: 'eip155:84532' };
    };
    const w = worker();
    w.start();
    while (settleCalls === 0) await new Promise((r) => setTimeout(r, 5));
    const stopped = w.stop();
    setTimeout(release, 50);
    await stopped;
    assert.equal(await stateOf(id), 'completed', 'the claimed row was finished, not abandoned');
    const calls = settleCalls;
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(settleCalls, calls, 'no batch after stop()');
  });
});
