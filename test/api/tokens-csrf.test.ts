/// <reference types="mocha" />
// Access-token verification (tampered, alg none, other key, expired, wrong type, refresh token as
// access token) and CSRF double-submit for cookie-authenticated writes; bearer requests exempt.
import assert from 'node:assert/strict';
import jwt from 'jsonwebtoken';
import { CookieJar, field, http } from './helpers/http.js';
import { startTestApi, type TestApi } from './helpers/test-api.js';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('api access tokens and CSRF', () => {
  let api: TestApi;
  let jar: CookieJar;
  let token: string;
  let accountId: string;
  let sessionId: string;

  before(async () => {
    // Limits of their own are tested in rate-limits.test.ts; here they would only get in the way.
    api = await startTestApi({ env: { RATE_LIMIT_ACCOUNT_PER_MINUTE: '100', RATE_LIMIT_LOGIN_PER_MINUTE: '100' } });
    jar = new CookieJar();
    const created = await http(api.url, '/v1/auth/account', { method: 'POST', jar });
    token = field(created, 'access_token');
    accountId = field(created, 'account_id');
    sessionId = field(await http(api.url, '/v1/auth/me', { headers: { authorization: `Bearer ${token}` } }), 'session_id');
  });
  after(async () => {
    await api.close();
  });

  const me = (bearer: string) => http(api.url, '/v1/auth/me', { headers: { authorization: `Bearer ${bearer}` } });
  const claims = (extra: object = {}) => ({ typ: 'access', sid: sessionId, sub: accountId, iss: 'stronghold-api', aud: 'stronghold', ...extra });
  const sign = (payload: object, secret = api.config.jwt.secret, algorithm: jwt.Algorithm = 'HS256') => jwt.sign(payload, secret, { algorithm, expiresIn: 600 });

  async function assertRefused(bearer: string) {
    const res = await me(bearer);
    assert.equal(res.status, 401, res.text);
    assert.equal(field(res, 'code'), 'invalid_token');
    assert.equal(field(res, 'error'), 'Invalid or expired access token');
  }

  it('accepts the genuine token and one we sign the same way (the harness is sound)', async () => {
    assert.equal((await me(token)).status, 200);
    assert.equal((await me(sign(claims()))).status, 200);
  });

  it('refuses a tampered token', async () => {
    const [header, , signature] = token.split('.');
    const forged = `${header}.${b64({ ...(jwt.decode(token) as object), sub: '00000000-0000-0000-0000-000000000000' })}.${signature}`;
    await assertRefused(forged);
    await assertRefused(`${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`);
  });

  it('refuses alg: none', async () => {
    const now = Math.floor(Date.now() / 1000);
    await assertRefused(`${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims(), iat: now, exp: now + 600 })}.`);
  });

  it('refuses a token signed with another key, or with another HMAC algorithm', async () => {
    await assertRefused(sign(claims(), 'another-secret-another-secret-another-secret'));
    await assertRefused(sign(claims(), api.config.jwt.secret, 'HS512'));
  });

  it('refuses an expired token', async () => {
    const past = Math.floor(Date.now() / 1000) - 3600;
    await assertRefused(jwt.sign({ ...claims(), iat: past, exp: past + 900 }, api.config.jwt.secret, { algorithm: 'HS256' }));
  });

  it('refuses a refresh token (opaque or JWT-typed) and wrong issuer or audience', async () => {
    await assertRefused(jar.get('stronghold_refresh')!);
    await assertRefused(sign(claims({ typ: 'refresh' })));
    await assertRefused(sign(claims({ iss: 'someone-else' })));
    await assertRefused(sign(claims({ aud: 'other-service' })));
  });

  it('refuses a malformed Authorization header', async () => {
    const res = await http(api.url, '/v1/auth/me', { headers: { authorization: 'Token abc' } });
    assert.equal(res.status, 401);
  });

  it('a stale session cookie does not break public routes, but protected ones report why', async () => {
    const stale = new CookieJar();
    const created = await http(api.url, '/v1/auth/account', { method: 'POST', jar: stale });
    await http(api.url, '/v1/auth/logout', { method: 'POST', headers: { authorization: `Bearer ${field<string>(created, 'access_token')}` } });
    stale.store([`stronghold_access=${field<string>(created, 'access_token')}`]);
    assert.equal((await http(api.url, '/v1/pricing', { jar: stale })).status, 200);
    const me = await http(api.url, '/v1/auth/me', { jar: stale });
    assert.equal(me.status, 401);
    assert.equal(field(me, 'code'), 'session_revoked');
  });

  describe('CSRF double-submit', () => {
    it('refuses a cookie-authenticated write without the X-CSRF-Token header, or with a wrong one', async () => {
      const missing = await http(api.url, '/v1/scan/content', { body: { text: 'hello' }, jar });
      assert.equal(missing.status, 403);
      assert.equal(field(missing, 'code'), 'csrf_failed');
      const wrong = await http(api.url, '/v1/auth/refresh', { method: 'POST', jar, headers: { 'x-csrf-token': 'not-the-cookie' } });
      assert.equal(wrong.status, 403);
      // The refresh token was not consumed by the refused request.
      const right = await http(api.url, '/v1/auth/refresh', { method: 'POST', jar, headers: { 'x-csrf-token': jar.get('stronghold_csrf')! } });
      assert.equal(right.status, 200, right.text);
    });

    it('does not ask bearer requests for a token, even when cookies ride along', async () => {
      const login = await http(api.url, '/v1/auth/account', { method: 'POST' });
      const res = await http(api.url, '/v1/auth/logout', { method: 'POST', jar, headers: { authorization: `Bearer ${field<string>(login, 'access_token')}` } });
      assert.equal(res.status, 200);
    });

    it('lets login through with stale cookies (it authenticates by body), and reads need no token', async () => {
      const fresh = new CookieJar();
      const created = await http(api.url, '/v1/auth/account', { method: 'POST', jar: fresh });
      assert.equal((await http(api.url, '/v1/auth/me', { jar: fresh })).status, 200);
      const login = await http(api.url, '/v1/auth/login', { body: { account_number: field(created, 'account_number') }, jar: fresh });
      assert.equal(login.status, 200);
      const logout = await http(api.url, '/v1/auth/logout', { method: 'POST', jar: fresh, headers: { 'x-csrf-token': fresh.get('stronghold_csrf')! } });
      assert.equal(logout.status, 200);
    });
  });
});
