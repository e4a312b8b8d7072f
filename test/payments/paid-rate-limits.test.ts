/// <reference types="mocha" />
// Rate limits of scans that carry a payment or an API key, end to end: only verified payments count
// against their payer (a forged header naming a payer must not use up that payer's limit), and
// payments and keys refused before their payer or key is known count against the client IP like
// anonymous traffic (refusals after that, such as the payer's own limit, do not).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { postJson, startPaymentsStack, type PaymentsStack } from './helpers/payments-stack.js';
import { testPayer } from './helpers/payer.js';

const body = { text: 'Please summarise this paragraph about river deltas.' };

/** The header with one character of its signature changed: well formed, but not the payer's. */
function forge(header: string): string {
  const payment = JSON.parse(Buffer.from(header, 'base64').toString('utf8')) as { payload: { signature: string } };
  const sig = payment.payload.signature;
  payment.payload.signature = `${sig.slice(0, 10)}${sig[10] === 'a' ? 'b' : 'a'}${sig.slice(11)}`;
  return Buffer.from(JSON.stringify(payment)).toString('base64');
}

describe('payments: rate limits of paid scans', function () {
  this.timeout(60_000);
  let stack: PaymentsStack;
  before(async () => {
    stack = await startPaymentsStack({ RATE_LIMIT_PAID_PER_MINUTE: '2', RATE_LIMIT_PER_MINUTE: '4' });
  });
  after(async () => {
    await stack.close();
  });

  const paymentRows = async () => Number((await sql<{ n: string }>`select count(*) as n from payments`.execute(stack.api.database.handle.db)).rows[0]!.n);
  const code = async (res: Response) => ((await res.json()) as { code: string }).code;

  it('forged payments do not use up their payer\'s limit; refused requests are limited per client IP', async () => {
    const required = await stack.payer.requirements(stack.scanUrl, body);
    // Three forged payments in the payer's name: refused, and (per IP) refusals 1–3.
    for (let i = 0; i < 3; i++) {
      const res = await postJson(stack.scanUrl, body, { 'PAYMENT-SIGNATURE': forge(await stack.payer.sign(required)) });
      assert.equal(res.status, 402, `forged payment ${i + 1}`);
      assert.equal(await code(res), 'invalid_signature');
    }
    // The payer's own payments still get the payer's whole limit of 2.
    for (let i = 0; i < 2; i++) {
      const res = await postJson(stack.scanUrl, body, { 'PAYMENT-SIGNATURE': await stack.payer.sign(required) });
      assert.equal(res.status, 200, `payment ${i + 1} of the payer`);
    }
    const rows = await paymentRows();
    const third = await postJson(stack.scanUrl, body, { 'PAYMENT-SIGNATURE': await stack.payer.sign(required) });
    assert.equal(third.status, 429, 'the payer\'s third verified payment in the minute');
    assert.equal(await code(third), 'rate_limited');
    assert.ok(Number(third.headers.get('retry-after')) >= 1);
    assert.equal(await paymentRows(), rows, 'a limited payment leaves no row');

    // That 429 came after the payer was verified, so it is not this IP's: an unknown API key is its
    // fourth refusal ...
    const unknownKey = await postJson(stack.scanUrl, body, { authorization: `Bearer sk_live_${randomBytes(32).toString('base64url')}` });
    assert.equal(unknownKey.status, 401);
    // ... so the next forged payment, in the name of a payer who has paid for nothing, meets the
    // per-IP limit before its signature is even sent to the facilitator.
    const verifies = stack.proxy.calls['/verify'] ?? 0;
    const other = testPayer('another payer');
    const limited = await postJson(stack.scanUrl, body, { 'PAYMENT-SIGNATURE': forge(await other.sign(required)) });
    assert.equal(limited.status, 429);
    assert.equal(await code(limited), 'rate_limited');
    assert.equal(stack.proxy.calls['/verify'] ?? 0, verifies, 'no verify call for a request limited per IP');
  });
});

describe('payments: a client that hangs up before its payment is judged', function () {
  this.timeout(60_000);
  let stack: PaymentsStack;
  before(async () => {
    stack = await startPaymentsStack({ RATE_LIMIT_PER_MINUTE: '4' });
  });
  after(async () => {
    await stack.close();
  });

  it('counts against its IP like a refusal', async () => {
    const required = await stack.payer.requirements(stack.scanUrl, body);
    // The facilitator never answers a verify: the client gives up first, every time.
    stack.proxy.modes['/verify'] = 'stall';
    for (let i = 0; i < 4; i++) {
      const gone = new AbortController();
      const sent = postJson(stack.scanUrl, body, { 'PAYMENT-SIGNATURE': forge(await stack.payer.sign(required)) }, gone.signal);
      setTimeout(() => gone.abort(), 50);
      await assert.rejects(sent);
      // The server finishes with the request (its verify times out) before the next one.
      await new Promise((r) => setTimeout(r, 700));
    }
    stack.proxy.modes['/verify'] = 'pass';
    const limited = await postJson(stack.scanUrl, body, { 'PAYMENT-SIGNATURE': forge(await stack.payer.sign(required)) });
    assert.equal(limited.status, 429);
  });
});
