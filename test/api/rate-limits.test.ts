/// <reference types="mocha" />
// Rate limits per client IP on a real server: the 6th login in a minute is a 429 with Retry-After,
// a forged X-Forwarded-For does not reset it, a configured proxy is honoured, and the Redis store
// shares limits between API instances.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { connectRedisRateLimitStores, type RedisRateLimitStores } from '../../api/http/redis-rate-limit-store.js';
import { createLogger } from '../../api/logging/logger.js';
import { createTestDatabase, type TestDatabase } from '../db/test-database.js';
import { field, http } from './helpers/http.js';
import { startTestApi, type TestApi } from './helpers/test-api.js';

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const login = (api: TestApi, headers: Record<string, string> = {}) => http(api.url, '/v1/auth/login', { body: { account_number: '0000-0000-0000-0000' }, headers });

describe('api rate limits', () => {
  let database: TestDatabase;
  const apis: TestApi[] = [];
  before(async () => {
    database = await createTestDatabase();
  });
  after(async () => {
    await Promise.all(apis.map((a) => a.close()));
    await database.drop();
  });
  const start = async (options: Parameters<typeof startTestApi>[0] = {}) => {
    const api = await startTestApi({ database, ...options });
    apis.push(api);
    return api;
  };

  it('answers the 6th login in a minute with 429 and Retry-After; forged X-Forwarded-For does not help', async () => {
    const api = await start();
    for (let i = 1; i <= 5; i++) assert.equal((await login(api, { 'x-forwarded-for': `203.0.113.${i}` })).status, 401, `attempt ${i}`);
    const sixth = await login(api);
    assert.equal(sixth.status, 429);
    assert.equal(field(sixth, 'code'), 'rate_limited');
    const retryAfter = Number(sixth.headers.get('retry-after'));
    assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`);
    assert.ok(typeof field(sixth, 'request_id') === 'string');
    for (const forged of ['198.51.100.7', '10.0.0.1, 198.51.100.8', '::1']) {
      assert.equal((await login(api, { 'x-forwarded-for': forged, forwarded: `for=${forged}` })).status, 429, `forged ${forged}`);
    }
  });

  it('limits account creation to 3 per minute', async () => {
    const api = await start();
    for (let i = 0; i < 3; i++) assert.equal((await http(api.url, '/v1/auth/account', { method: 'POST' })).status, 201);
    assert.equal((await http(api.url, '/v1/auth/account', { method: 'POST' })).status, 429);
  });

  it('limits refresh to 10 per minute', async () => {
    const api = await start();
    for (let i = 0; i < 10; i++) assert.equal((await http(api.url, '/v1/auth/refresh', { method: 'POST' })).status, 401);
    assert.equal((await http(api.url, '/v1/auth/refresh', { method: 'POST' })).status, 429);
  });

  it('limits every client IP overall (RATE_LIMIT_PER_MINUTE), but not health probes', async () => {
    const api = await start({ env: { RATE_LIMIT_PER_MINUTE: '4' } });
    for (let i = 0; i < 4; i++) assert.equal((await http(api.url, '/v1/pricing')).status, 200);
    assert.equal((await http(api.url, '/v1/pricing')).status, 429);
    assert.equal((await http(api.url, '/health/live')).status, 200);
  });

  it('with payments off, a payment or API-key header does not lift the per-IP limit', async () => {
    const api = await start({ env: { RATE_LIMIT_PER_MINUTE: '3' } });
    const headers: Record<string, string>[] = [{ 'payment-signature': 'x' }, { authorization: `Bearer sk_live_${'a'.repeat(43)}` }, { 'payment-signature': 'y' }];
    for (const h of headers) assert.notEqual((await http(api.url, '/v1/scan/output', { body: { text: 'hi' }, headers: h })).status, 429);
    const fourth = await http(api.url, '/v1/scan/output', { body: { text: 'hi' }, headers: { 'payment-signature': 'z' } });
    assert.equal(fourth.status, 429);
  });

  it('with TRUST_PROXY naming the proxy, keys on the client address it reports', async () => {
    const api = await start({ env: { TRUST_PROXY: 'loopback' } });
    for (let i = 0; i < 5; i++) await login(api, { 'x-forwarded-for': '198.51.100.1' });
    assert.equal((await login(api, { 'x-forwarded-for': '198.51.100.1' })).status, 429);
    assert.equal((await login(api, { 'x-forwarded-for': '198.51.100.2' })).status, 401, 'another client behind the proxy');
  });

  describe('Redis store (REDIS_URL)', () => {
    let stores: RedisRateLimitStores | undefined;
    before(async function () {
      try {
        const prefix = `stronghold-test:${randomBytes(6).toString('hex')}:`;
        stores = await connectRedisRateLimitStores(REDIS_URL, createLogger({ level: 'error', json: true }), prefix);
      } catch {
        this.skip(); // no Redis on this machine
      }
    });
    after(async () => {
      await stores?.close();
    });

    it('shares the login limit between two API instances', async () => {
      const a = await start({ rateLimitStore: stores!.factory });
      const b = await start({ rateLimitStore: stores!.factory });
      for (let i = 0; i < 3; i++) assert.equal((await login(a)).status, 401);
      for (let i = 0; i < 2; i++) assert.equal((await login(b)).status, 401);
      const sixthOnA = await login(a);
      assert.equal(sixthOnA.status, 429);
      assert.ok(Number(sixthOnA.headers.get('retry-after')) >= 1);
      assert.equal((await login(b)).status, 429);
    });
  });
});
