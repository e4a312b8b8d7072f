/// <reference types="mocha" />
// The facilitator misbehaving: down, slow, 5xx on verify, failing or timing out on settle. No scan
// without a verified payment, no settlement without a stored result, the client told the truth,
// and the worker completes every settleable row exactly once when the facilitator is back.
import assert from 'node:assert/strict';
import { decodePaymentResponseHeader } from '@x402/core/http';
import { sql } from 'kysely';
import { postJson, startPaymentsStack, type PaymentsStack } from './helpers/payments-stack.js';

const body = { text: 'Please summarise this harmless paragraph about gardening.' };

describe('payments: facilitator down, slow or failing', function () {
  this.timeout(30_000);
  let stack: PaymentsStack;
  before(async () => {
    stack = await startPaymentsStack();
  });
  after(async () => {
    await stack.close();
  });
  afterEach(() => {
    for (const path of Object.keys(stack.proxy.modes)) delete stack.proxy.modes[path];
  });

  const db = () => stack.api.database.handle.db;
  const count = async (where: ReturnType<typeof sql>) => Number((await sql<{ n: string }>`select count(*) as n from ${where}`.execute(db())).rows[0]!.n);
  const signed = async () => stack.payer.sign(await stack.payer.requirements(stack.scanUrl, body));

  for (const [name, mode] of [['down (connection reset)', 'reset'], ['slow (timeout)', 'stall'], ['5xx', 'error500']] as const) {
    it(`verify ${name}: 503, no row, no scan, nothing moved`, async () => {
      stack.proxy.modes['/verify'] = mode;
      const scans = await count(sql`usage_logs`);
      const rows = await count(sql`payments`);
      const transfers = stack.facilitator.chain.transfers.length;
      const started = Date.now();
      const res = await postJson(stack.scanUrl, body, { 'PAYMENT-SIGNATURE': await signed() });
      assert.equal(res.status, 503);
      assert.equal(((await res.json()) as { code: string }).code, 'facilitator_unavailable');
      assert.ok(Date.now() - started < 5000, 'bounded by the facilitator timeout');
      assert.equal(await count(sql`usage_logs`), scans, 'no scan without a verified payment');
      assert.equal(await count(sql`payments`), rows);
      assert.equal(stack.facilitator.chain.transfers.length, transfers);
    });
  }

  it('settle fails (5xx, reset, timeout, late success): results withheld, then the worker settles each row once', async () => {
    const headers: string[] = [];
    const modes = ['error500', 'reset', 'stall', { delayMs: 1500 }] as const;
    const transfersBefore = stack.facilitator.chain.transfers.length;
    for (const mode of modes) {
      stack.proxy.modes['/settle'] = mode;
      const header = await signed();
      headers.push(header);
      const res = await postJson(stack.scanUrl, body, { 'PAYMENT-SIGNATURE': header });
      assert.equal(res.status, 503, `settle ${JSON.stringify(mode)}`);
      const answer = (await res.json()) as { code: string; error: string };
      assert.equal(answer.code, 'settlement_pending');
      assert.match(answer.error, /retry with the same PAYMENT-SIGNATURE/i, 'the client is told to retry, not that it was not charged');
      assert.equal(res.headers.get('PAYMENT-RESPONSE'), null, 'no result without settlement');
    }
    // The late settle lands on chain after the API gave up: the only transfer so far.
    await new Promise((r) => setTimeout(r, 1600));
    assert.equal(stack.facilitator.chain.transfers.length, transfersBefore + 1);
    const stored = await db().selectFrom('payments').select(['state', 'result_body']).where('state', '=', 'failed').execute();
    assert.equal(stored.length, 4);
    assert.ok(stored.every((r) => r.result_body !== null), 'every result is stored before settlement');

    delete stack.proxy.modes['/settle'];
    await new Promise((r) => setTimeout(r, 50)); // past the 5 ms backoff
    const batch = await stack.worker.runOnce();
    assert.equal(batch.completed, 4);
    assert.equal(stack.facilitator.chain.transfers.length, transfersBefore + 4, 'each payment settled exactly once');
    assert.equal(await count(sql`payments where state <> 'completed'`), 0);

    for (const header of headers) {
      const retry = await postJson(stack.scanUrl, body, { 'PAYMENT-SIGNATURE': header });
      assert.equal(retry.status, 200);
      assert.equal(decodePaymentResponseHeader(retry.headers.get('PAYMENT-RESPONSE')!).success, true);
    }
    assert.equal(stack.facilitator.chain.transfers.length, transfersBefore + 4);
    assert.equal(await count(sql`usage_logs where payment_id is not null`), 4, 'each scan ran once');
  });

  it("a client's retry settles its own payment as soon as the facilitator is back", async () => {
    stack.proxy.modes['/settle'] = 'error500';
    const header = await signed();
    assert.equal((await postJson(stack.scanUrl, body, { 'PAYMENT-SIGNATURE': header })).status, 503);
    delete stack.proxy.modes['/settle'];
    await new Promise((r) => setTimeout(r, 50));
    const retry = await postJson(stack.scanUrl, body, { 'PAYMENT-SIGNATURE': header });
    assert.equal(retry.status, 200);
    assert.equal(decodePaymentResponseHeader(retry.headers.get('PAYMENT-RESPONSE')!).success, true);
  });
});
