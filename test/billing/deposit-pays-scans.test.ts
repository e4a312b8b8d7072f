/// <reference types="mocha" />
// Issue 6's last acceptance step: credit bought by card pays for API-key scans. Needs the payments
// layer's API keys (issue 5); until POST /v1/api-keys exists the test reports itself as pending.
import assert from 'node:assert/strict';
import { createTestDatabase, type TestDatabase } from '../db/test-database.js';
import { field, http } from '../api/helpers/http.js';
import { startRealInference, type RunningInference } from '../api/helpers/inference-server.js';
import { startTestApi, type TestApi } from '../api/helpers/test-api.js';
import { startStripeFake, type StripeFake } from '../../api/billing/stripe-fake/index.js';
import { balance, billingEnvVars, deposit, openAccount, SECRET_KEY, WALLET, WEBHOOK_SECRET } from './helpers/billing-env.js';

describe('billing: a card deposit pays for API-key scans (end to end)', function () {
  this.timeout(60_000);
  let database: TestDatabase;
  let inference: RunningInference;
  let fake: StripeFake;
  let api: TestApi;
  before(async () => {
    database = await createTestDatabase();
    inference = await startRealInference();
    fake = await startStripeFake({ webhookSecret: WEBHOOK_SECRET, secretKey: SECRET_KEY });
    api = await startTestApi({ database, inferenceUrl: inference.url, env: { ...billingEnvVars(fake.apiBase), X402_PAY_TO: WALLET, PRICE_SCAN_CONTENT_MICRO_USDC: '1000' } });
    fake.setWebhookUrl(`${api.url}/webhooks/stripe`);
  });
  after(async () => {
    await api?.close();
    await fake?.close();
    await inference?.close();
    await database?.drop();
  });

  it('deposit → fulfilled → credited → an API key scan is paid from that credit', async () => {
    const { auth } = await openAccount(api);
    const key = await http(api.url, '/v1/api-keys', { method: 'POST', body: { label: 'billing e2e' }, headers: auth });
    assert.equal(key.status, 201, key.text);
    const apiKey = field<string>(key, 'key');
    const noCredit = await http(api.url, '/v1/scan/content', { method: 'POST', body: { text: 'hello' }, headers: { authorization: `Bearer ${apiKey}` } });
    assert.equal(noCredit.status, 402, noCredit.text);

    const started = await deposit(api, auth, { amount_usdc: '25.00' });
    assert.equal(started.status, 201, started.text);
    const delivery = await fake.advance(field<string>(started, 'stripe_session_id'), 'fulfillment_complete');
    assert.equal(delivery.status, 200);
    assert.equal(await balance(api, auth), '24610000');

    const scan = await http(api.url, '/v1/scan/content', { method: 'POST', body: { text: 'The weather in Lisbon is mild today.' }, headers: { authorization: `Bearer ${apiKey}` } });
    assert.equal(scan.status, 200, scan.text);
    assert.equal(field(scan, 'decision'), 'ALLOW');
    assert.equal(await balance(api, auth), String(24_610_000 - 1000));
  });
});
