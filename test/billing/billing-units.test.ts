/// <reference types="mocha" />
// In-memory checks of billing's small parts: exact decimal parsing, the fake's form decoding, the
// deposit settings and the production refusal without Stripe settings.
import assert from 'node:assert/strict';
import { apiBaseOptions, createStripeClient } from '../../api/billing/stripe-client.js';
import { startLocalStripe } from '../../api/billing/stripe-fake/index.js';
import { onrampNetwork } from '../../api/billing/onramp-networks.js';
import { StripeOnramp } from '../../api/billing/stripe-onramp.js';
import { parseFormBody } from '../../api/billing/stripe-fake/form-body.js';
import { parseUsdc, toCents } from '../../api/billing/usdc-amount.js';
import { ConfigError, parseConfig } from '../../api/config.js';

const PRODUCTION = {
  NODE_ENV: 'production',
  JWT_SECRET: 'x'.repeat(40),
  ACCOUNT_NUMBER_PEPPER: 'p'.repeat(40),
  DASHBOARD_ALLOWED_ORIGINS: 'https://app.example.com',
  X402_PAY_TO: '0x1111111111111111111111111111111111111111',
  STRIPE_SECRET_KEY: 'sk_live_1',
  STRIPE_WEBHOOK_SECRET: 'whsec_1',
  STRIPE_PUBLISHABLE_KEY: 'pk_live_1',
  DATABASE_URL: 'postgres://db/stronghold',
  X402_FACILITATOR_URL: 'https://facilitator.example.com',
};

describe('billing units', () => {
  it('parses USDC decimals exactly, without floats', () => {
    assert.equal(parseUsdc('25.00'), 25_000_000n);
    assert.equal(parseUsdc('0.000001'), 1n);
    assert.equal(parseUsdc('999999999999.999999'), 999_999_999_999_999_999n);
    assert.equal(parseUsdc('0.1'), 100_000n);
    assert.equal(parseUsdc('19.99'), 19_990_000n);
    for (const bad of ['', '.5', '5.', '1e3', '-1.00', '1.0000001', '0x10', ' 1 2', 'NaN', '1,00']) assert.equal(parseUsdc(bad), undefined, bad);
    assert.equal(toCents(25_000_000n), '25.00');
    assert.equal(toCents(19_990_000n), '19.99');
    assert.equal(toCents(25_005_000n), undefined);
  });

  it('decodes stripe-node form bodies into nested objects', () => {
    const body = 'wallet_addresses[base_network]=0xabc&destination_currencies[0]=usdc&destination_networks[]=base&metadata[deposit_id]=d1&lock_wallet_address=true';
    assert.deepEqual(parseFormBody(body), {
      wallet_addresses: { base_network: '0xabc' },
      destination_currencies: ['usdc'],
      destination_networks: ['base'],
      metadata: { deposit_id: 'd1' },
      lock_wallet_address: 'true',
    });
  });

  it('points stripe-node at STRIPE_API_BASE', () => {
    assert.deepEqual(apiBaseOptions('http://127.0.0.1:12111'), { host: '127.0.0.1', port: 12111, protocol: 'http' });
    assert.deepEqual(apiBaseOptions('https://stripe.internal'), { host: 'stripe.internal', port: 443, protocol: 'https' });
    assert.throws(() => apiBaseOptions('ftp://x'));
  });

  it('production refuses to start without STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET and STRIPE_PUBLISHABLE_KEY', () => {
    assert.doesNotThrow(() => parseConfig(PRODUCTION));
    for (const name of ['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'STRIPE_PUBLISHABLE_KEY'] as const) {
      const { [name]: _removed, ...env } = PRODUCTION;
      assert.throws(() => parseConfig(env), (err: unknown) => err instanceof ConfigError && err.problems.some((p) => p.includes(name)), name);
    }
  });

  it('reads deposit settings: bounds, wallet (DEPOSIT_WALLET_ADDRESS, else X402_PAY_TO), network', () => {
    const base = parseConfig({ NODE_ENV: 'test', X402_PAY_TO: PRODUCTION.X402_PAY_TO, X402_NETWORK: 'eip155:1' });
    assert.deepEqual(base.deposits, { minMicroUsdc: '5000000', maxMicroUsdc: '10000000000', walletAddress: PRODUCTION.X402_PAY_TO, network: 'ethereum' });
    const own = parseConfig({ NODE_ENV: 'test', DEPOSIT_WALLET_ADDRESS: '0x2222222222222222222222222222222222222222', DEPOSIT_MIN_USDC: '1', DEPOSIT_MAX_USDC: '50.5' });
    assert.equal(own.deposits.walletAddress, '0x2222222222222222222222222222222222222222');
    assert.equal(own.deposits.minMicroUsdc, '1000000');
    assert.equal(own.deposits.maxMicroUsdc, '50500000');
    assert.equal(own.deposits.network, 'base');
    assert.throws(() => parseConfig({ NODE_ENV: 'test', DEPOSIT_MIN_USDC: 'ten' }), /DEPOSIT_MIN_USDC/);
    assert.throws(() => parseConfig({ NODE_ENV: 'test', DEPOSIT_MIN_USDC: '10', DEPOSIT_MAX_USDC: '5' }), /must not exceed/);
    assert.throws(() => parseConfig({ NODE_ENV: 'test', DEPOSIT_NETWORK: 'dogecoin' }), /DEPOSIT_NETWORK/);
    assert.throws(() => parseConfig({ NODE_ENV: 'test', DEPOSIT_WALLET_ADDRESS: 'not-a-wallet' }), /not a base address/);
  });

  it('npm start helper: a local Stripe only when none is configured outside production; stripe-node works against it', async () => {
    assert.equal(await startLocalStripe({ STRIPE_SECRET_KEY: 'sk_live_real' }), undefined);
    assert.equal(await startLocalStripe({ NODE_ENV: 'production' }), undefined);
    const local = (await startLocalStripe({ STRIPE_FAKE_PORT: '0', PORT: '9' }))!;
    try {
      assert.match(local.env.STRIPE_API_BASE!, /^http:\/\/127\.0\.0\.1:\d+$/);
      assert.ok(local.env.DEPOSIT_WALLET_ADDRESS);
      const config = parseConfig({ NODE_ENV: 'test', ...local.env });
      const onramp = new StripeOnramp(createStripeClient(config.stripe)!);
      const session = await onramp.createSession({ depositId: 'd-1', sourceAmount: '5.00', walletAddress: config.deposits.walletAddress!, network: onrampNetwork('base')! });
      assert.match(session.id, /^cos_/);
      assert.equal(session.status, 'initialized');
    } finally {
      await local.fake.close();
    }
  });
});
