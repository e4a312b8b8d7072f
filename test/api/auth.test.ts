/// <reference types="mocha" />
// Accounts and sessions on a real server and database: creation, login in both forms, uniform
// failures, /v1/auth/me, refresh rotation and reuse detection, logout, cookie attributes.
import assert from 'node:assert/strict';
import { CookieJar, field, http, type HttpResponse } from './helpers/http.js';
import { startTestApi, type TestApi } from './helpers/test-api.js';
import { hashAccountNumber, legacyAccountNumberHash } from '../../api/auth/account-number.js';

function cookieLine(res: HttpResponse, name: string): string {
  const line = res.setCookies.find((c) => c.startsWith(`${name}=`));
  assert.ok(line, `Set-Cookie ${name}`);
  return line;
}

describe('api auth: accounts and sessions', () => {
  let api: TestApi;
  before(async () => {
    // Generous limits here; the rate-limit tests use the real numbers.
    api = await startTestApi({ env: { RATE_LIMIT_LOGIN_PER_MINUTE: '1000', RATE_LIMIT_ACCOUNT_PER_MINUTE: '1000', RATE_LIMIT_REFRESH_PER_MINUTE: '1000', COOKIE_SECURE: 'true' } });
  });
  after(async () => {
    await api.close();
  });

  async function newAccount(jar = new CookieJar()) {
    const res = await http(api.url, '/v1/auth/account', { method: 'POST', jar });
    assert.equal(res.status, 201, res.text);
    return { res, jar, number: field<string>(res, 'account_number'), token: field<string>(res, 'access_token') };
  }

  it('creates an account with a random dashed 16-digit number, a recovery text and a session', async () => {
    const { res, number, token } = await newAccount();
    assert.match(number, /^\d{4}-\d{4}-\d{4}-\d{4}$/);
    assert.match(field<string>(res, 'recovery_text'), /cannot be recovered/);
    assert.match(token, /^eyJ/);
    assert.ok(new Date(field<string>(res, 'expires_at')).getTime() > Date.now() + 14 * 60_000);
    const other = await newAccount();
    assert.notEqual(other.number, number);
    assert.equal(res.headers.get('cache-control'), 'no-store');
  });

  it('sets HttpOnly, Secure, SameSite=Strict cookies; refresh scoped to /v1/auth; CSRF readable', async () => {
    const { res } = await newAccount();
    const access = cookieLine(res, 'stronghold_access');
    const refresh = cookieLine(res, 'stronghold_refresh');
    const csrf = cookieLine(res, 'stronghold_csrf');
    for (const line of [access, refresh, csrf]) {
      assert.match(line, /; Secure/);
      assert.match(line, /; SameSite=Strict/);
    }
    assert.match(access, /; HttpOnly/);
    assert.match(access, /; Path=\//);
    assert.match(refresh, /; HttpOnly/);
    assert.match(refresh, /; Path=\/v1\/auth(;|$)/);
    assert.doesNotMatch(csrf, /HttpOnly/);
  });

  it('logs in with the dashed form and with 16 digits; /v1/auth/me works by bearer and by cookie', async () => {
    const { number } = await newAccount();
    for (const form of [number, number.replaceAll('-', '')]) {
      const jar = new CookieJar();
      const login = await http(api.url, '/v1/auth/login', { body: { account_number: form }, jar });
      assert.equal(login.status, 200, login.text);
      const bearer = await http(api.url, '/v1/auth/me', { headers: { authorization: `Bearer ${field<string>(login, 'access_token')}` } });
      assert.equal(bearer.status, 200);
      assert.equal(field(bearer, 'authenticated_via'), 'bearer');
      assert.equal(field(bearer, 'account_number'), `****-****-****-${number.slice(-4)}`);
      const cookie = await http(api.url, '/v1/auth/me', { jar });
      assert.equal(cookie.status, 200);
      assert.equal(field(cookie, 'authenticated_via'), 'cookie');
    }
  });

  it('stores the number only under an HMAC keyed by ACCOUNT_NUMBER_PEPPER; an account stored under the old plain hash logs in and is re-keyed', async () => {
    const { number } = await newAccount();
    const digits = number.replaceAll('-', '');
    const db = api.database.handle.db;
    const row = await db.selectFrom('accounts').selectAll().where('account_number_last4', '=', digits.slice(-4)).where('account_number_hash', '=', hashAccountNumber(digits, api.config.accountNumberPepper)).executeTakeFirst();
    assert.ok(row, 'the stored key is the HMAC under the configured pepper');
    assert.notEqual(row.account_number_hash, legacyAccountNumberHash(digits), 'not a plain hash');
    assert.notEqual(hashAccountNumber(digits, 'another pepper'), row.account_number_hash, 'the key depends on the pepper');

    // An account from before the pepper: only its plain hash is stored.
    await db.updateTable('accounts').set({ account_number_hash: legacyAccountNumberHash(digits) }).where('id', '=', row.id).execute();
    const login = await http(api.url, '/v1/auth/login', { body: { account_number: number } });
    assert.equal(login.status, 200, login.text);
    const after = await db.selectFrom('accounts').select('account_number_hash').where('id', '=', row.id).executeTakeFirstOrThrow();
    assert.equal(after.account_number_hash, row.account_number_hash, 're-keyed under the pepper at its first login');
    assert.equal((await http(api.url, '/v1/auth/login', { body: { account_number: number } })).status, 200);
  });

  it('gives a bad format and an unknown number the same 401 in about the same time', async () => {
    const attempts = async (value: unknown) => {
      const times: number[] = [];
      let last: HttpResponse | undefined;
      for (let i = 0; i < 8; i++) {
        const t = performance.now();
        last = await http(api.url, '/v1/auth/login', { body: { account_number: value } });
        times.push(performance.now() - t);
      }
      return { res: last!, median: times.sort((a, b) => a - b)[4]! };
    };
    const badFormat = await attempts('12-34');
    const unknown = await attempts('0000-0000-0000-0001');
    const missing = await attempts(undefined);
    for (const r of [badFormat, unknown, missing]) {
      assert.equal(r.res.status, 401);
      assert.equal(field(r.res, 'code'), 'invalid_credentials');
      assert.equal(field(r.res, 'error'), 'Invalid account number');
    }
    // Both do the same database lookup; allow generous noise on a shared CI machine.
    assert.ok(Math.abs(badFormat.median - unknown.median) < 25, `medians ${badFormat.median} vs ${unknown.median}`);
  });

  it('rotates the refresh token on every use and revokes the family when a rotated one is reused', async () => {
    const { jar } = await newAccount();
    const first = jar.get('stronghold_refresh')!;
    const csrf = () => ({ 'x-csrf-token': jar.get('stronghold_csrf')! });

    const r1 = await http(api.url, '/v1/auth/refresh', { method: 'POST', jar, headers: csrf() });
    assert.equal(r1.status, 200, r1.text);
    const second = jar.get('stronghold_refresh')!;
    assert.notEqual(second, first, 'rotated');
    const accessAfterRotation = field<string>(r1, 'access_token');

    // An attacker replays the first (already rotated) token.
    const thief = new CookieJar();
    thief.store([`stronghold_refresh=${first}`, `stronghold_csrf=t`]);
    const replay = await http(api.url, '/v1/auth/refresh', { method: 'POST', jar: thief, headers: { 'x-csrf-token': 't' } });
    assert.equal(replay.status, 401);
    assert.equal(field(replay, 'code'), 'invalid_refresh_token');
    assert.ok(api.logs.some((l) => JSON.parse(l).event === 'refresh_reuse_detected'));

    // The whole family is gone: the legitimate current refresh token and its access token too.
    const legit = await http(api.url, '/v1/auth/refresh', { method: 'POST', jar, headers: csrf() });
    assert.equal(legit.status, 401);
    const me = await http(api.url, '/v1/auth/me', { headers: { authorization: `Bearer ${accessAfterRotation}` } });
    assert.equal(me.status, 401);
    assert.equal(field(me, 'code'), 'session_revoked');
  });

  it('a refresh without a cookie, or with a garbage one, is a 401', async () => {
    const none = await http(api.url, '/v1/auth/refresh', { method: 'POST' });
    assert.equal(none.status, 401);
    const jar = new CookieJar();
    jar.store(['stronghold_refresh=garbage', 'stronghold_csrf=c']);
    const garbage = await http(api.url, '/v1/auth/refresh', { method: 'POST', jar, headers: { 'x-csrf-token': 'c' } });
    assert.equal(garbage.status, 401);
  });

  it('logout ends this session only; logout {all:true} ends every session', async () => {
    const { number, token: tokenA } = await newAccount();
    const b = await http(api.url, '/v1/auth/login', { body: { account_number: number } });
    const c = await http(api.url, '/v1/auth/login', { body: { account_number: number } });
    const tokenB = field<string>(b, 'access_token');
    const tokenC = field<string>(c, 'access_token');

    const out = await http(api.url, '/v1/auth/logout', { method: 'POST', headers: { authorization: `Bearer ${tokenA}` } });
    assert.equal(out.status, 200);
    assert.equal(field(out, 'sessions_revoked'), 1);
    assert.equal((await http(api.url, '/v1/auth/me', { headers: { authorization: `Bearer ${tokenA}` } })).status, 401);
    assert.equal((await http(api.url, '/v1/auth/me', { headers: { authorization: `Bearer ${tokenB}` } })).status, 200);

    const all = await http(api.url, '/v1/auth/logout', { body: { all: true }, headers: { authorization: `Bearer ${tokenB}` } });
    assert.equal(all.status, 200);
    assert.equal(field(all, 'sessions_revoked'), 2);
    assert.equal((await http(api.url, '/v1/auth/me', { headers: { authorization: `Bearer ${tokenC}` } })).status, 401);
    assert.ok(api.logs.some((l) => JSON.parse(l).event === 'logout_all'));
  });

  it('logs structured auth events with IP and user agent, never the number', async () => {
    const { number } = await newAccount();
    await http(api.url, '/v1/auth/login', { body: { account_number: number }, headers: { 'user-agent': 'auth-test/1.0' } });
    await http(api.url, '/v1/auth/login', { body: { account_number: 'nope' }, headers: { 'user-agent': 'auth-test/1.0' } });
    const events = api.logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((e) => e.user_agent === 'auth-test/1.0');
    const ok = events.find((e) => e.event === 'login_succeeded');
    const failed = events.find((e) => e.event === 'login_failed');
    assert.ok(ok && failed);
    assert.equal(ok.ip, '127.0.0.1');
    assert.equal(failed.reason, 'bad_format');
    assert.ok(!api.logs.join('\n').includes(number.replaceAll('-', '')));
    assert.ok(!api.logs.join('\n').includes(number));
  });
});
