/// <reference types="mocha" />
// Configuration: production refuses weak or missing settings and names each one; development
// runs with local defaults.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { ConfigError, parseConfig } from '../../api/config.js';
import { parseTrustProxy } from '../../api/http/trust-proxy.js';

const GOOD_PRODUCTION = {
  NODE_ENV: 'production',
  JWT_SECRET: 'x'.repeat(32),
  ACCOUNT_NUMBER_PEPPER: 'p'.repeat(32),
  DASHBOARD_ALLOWED_ORIGINS: 'https://dashboard.example.com',
  X402_PAY_TO: '0x1111111111111111111111111111111111111111',
  X402_FACILITATOR_URL: 'https://facilitator.example.com',
  STRIPE_SECRET_KEY: 'sk_test_1',
  STRIPE_WEBHOOK_SECRET: 'whsec_1',
  STRIPE_PUBLISHABLE_KEY: 'pk_test_1',
  DATABASE_URL: 'postgres://db.internal/stronghold',
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
  } catch (err) {
    assert.ok(err instanceof ConfigError);
    return err.problems;
  }
  return [];
}

describe('api config', () => {
  it('accepts a complete production configuration', () => {
    const config = parseConfig(GOOD_PRODUCTION);
    assert.equal(config.env, 'production');
    assert.equal(config.cookies.secure, true);
    assert.equal(config.jwt.generated, false);
  });

  it('refuses a 31-character JWT_SECRET in production', () => {
    const problems = problemsOf({ ...GOOD_PRODUCTION, JWT_SECRET: 'y'.repeat(31) });
    assert.deepEqual(problems, ['JWT_SECRET is too short: 31 characters, at least 32 required']);
  });

  it('refuses a short ACCOUNT_NUMBER_PEPPER in production', () => {
    assert.deepEqual(problemsOf({ ...GOOD_PRODUCTION, ACCOUNT_NUMBER_PEPPER: 'q'.repeat(31) }), ['ACCOUNT_NUMBER_PEPPER is too short: 31 characters, at least 32 required']);
  });

  it('refuses a "*" origin in production', () => {
    const problems = problemsOf({ ...GOOD_PRODUCTION, DASHBOARD_ALLOWED_ORIGINS: 'https://a.example.com,*' });
    assert.equal(problems.length, 1);
    assert.match(problems[0]!, /DASHBOARD_ALLOWED_ORIGINS must not contain "\*"/);
  });

  it('names every missing production setting at once', () => {
    const problems = problemsOf({ NODE_ENV: 'production' });
    for (const name of ['JWT_SECRET', 'ACCOUNT_NUMBER_PEPPER', 'DASHBOARD_ALLOWED_ORIGINS', 'X402_PAY_TO', 'X402_FACILITATOR_URL', 'STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'STRIPE_PUBLISHABLE_KEY', 'DATABASE_URL']) {
      assert.ok(problems.some((p) => p.startsWith(name)), `${name} named in ${JSON.stringify(problems)}`);
    }
    assert.throws(() => parseConfig({ NODE_ENV: 'production' }), /refuse|invalid configuration/);
  });

  it('runs locally with defaults outside production', () => {
    const config = parseConfig({});
    assert.equal(config.env, 'development');
    assert.equal(config.port, 8080);
    assert.equal(config.inference.url, 'http://127.0.0.1:50051');
    assert.equal(config.database.url, undefined);
    assert.equal(config.database.dataDir, './data');
    assert.equal(config.jwt.generated, true);
    assert.ok(config.jwt.secret.length >= 32);
    assert.notEqual(parseConfig({}).jwt.secret, config.jwt.secret, 'a fresh random secret per process');
    assert.equal(config.cookies.secure, false);
    assert.equal(config.pricing.scanContentMicroUsdc, '1000');
    assert.equal(config.rateLimits.perMinute, 100);
    assert.equal(config.rateLimits.login, 5);
    assert.equal(config.rateLimits.accountCreation, 3);
    assert.equal(config.rateLimits.refresh, 10);
    assert.equal(config.trustProxy, false);
  });

  it('reports malformed numbers and prices by name', () => {
    const problems = problemsOf({ PORT: 'eighty', PRICE_SCAN_OUTPUT_MICRO_USDC: '0.5' });
    assert.ok(problems.some((p) => p.startsWith('PORT')));
    assert.ok(problems.some((p) => p.startsWith('PRICE_SCAN_OUTPUT_MICRO_USDC')));
  });

  it('refuses a stale-hold sweep that could release a hold under its running scan', () => {
    assert.throws(() => parseConfig({ PAYMENT_STALE_AFTER_MS: '20000', INFERENCE_TIMEOUT_MS: '10000' }), /PAYMENT_STALE_AFTER_MS \(20000\) must be more than twice INFERENCE_TIMEOUT_MS \(10000\)/);
    assert.doesNotThrow(() => parseConfig({ PAYMENT_STALE_AFTER_MS: '20001', INFERENCE_TIMEOUT_MS: '10000' }));
  });

  it('parses TRUST_PROXY and refuses "true" (it would trust forged headers)', () => {
    assert.equal(parseTrustProxy(undefined), false);
    assert.equal(parseTrustProxy('1'), 1);
    assert.deepEqual(parseTrustProxy('loopback, 10.0.0.0/8'), ['loopback', '10.0.0.0/8']);
    assert.throws(() => parseTrustProxy('true'), /forged/);
    assert.throws(() => parseTrustProxy('proxy.example.com'), /not an IP/);
  });

  it('npm run start:api refuses to start in production with a 31-character secret and a "*" origin', function () {
    this.timeout(30_000);
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'api/main.ts'], {
      encoding: 'utf8',
      timeout: 25_000,
      env: { ...process.env, ...GOOD_PRODUCTION, JWT_SECRET: 'z'.repeat(31), DASHBOARD_ALLOWED_ORIGINS: '*', PORT: '0' },
    });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /refuses to start/);
    assert.match(run.stderr, /JWT_SECRET is too short: 31 characters/);
    assert.match(run.stderr, /DASHBOARD_ALLOWED_ORIGINS must not contain "\*"/);
  });
});
