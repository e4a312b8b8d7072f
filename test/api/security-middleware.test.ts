/// <reference types="mocha" />
// Security middleware on a real server: each helmet header, CORS with credentials, X-Request-ID,
// generic error bodies, body limits and malformed JSON.
import assert from 'node:assert/strict';
import { field, http } from './helpers/http.js';
import { startTestApi, type TestApi } from './helpers/test-api.js';

describe('api security middleware', () => {
  let api: TestApi;
  before(async () => {
    api = await startTestApi({ env: { DASHBOARD_ALLOWED_ORIGINS: 'https://dash.example.com' } });
  });
  after(async () => {
    await api.close();
  });

  it('sends each security header', async () => {
    const res = await http(api.url, '/v1/pricing');
    assert.equal(res.status, 200);
    const h = (name: string) => res.headers.get(name);
    assert.equal(h('strict-transport-security'), 'max-age=31536000; includeSubDomains');
    const csp = h('content-security-policy') ?? '';
    assert.match(csp, /(^|;)default-src 'self'(;|$)/);
    assert.match(csp, /(^|;)frame-ancestors 'none'(;|$)/);
    assert.match(csp, /(^|;)script-src 'self'(;|$)/, 'no inline or remote script');
    assert.doesNotMatch(csp, /https?:|cdn/i, 'no third-party origin anywhere in the CSP');
    assert.equal(h('x-frame-options'), 'DENY');
    assert.equal(h('x-content-type-options'), 'nosniff');
    assert.equal(h('referrer-policy'), 'strict-origin-when-cross-origin');
    assert.equal(h('permissions-policy'), 'geolocation=(), microphone=(), camera=()');
    assert.equal(h('x-powered-by'), null);
  });

  it('sends the headers on errors too', async () => {
    const res = await http(api.url, '/no/such/route');
    assert.equal(res.status, 404);
    assert.equal(res.headers.get('x-frame-options'), 'DENY');
    assert.deepEqual(Object.keys(res.body as object).sort(), ['code', 'error', 'request_id']);
  });

  it('allows the dashboard origin with credentials, and no other origin', async () => {
    const ok = await http(api.url, '/v1/auth/me', {
      method: 'OPTIONS',
      headers: { origin: 'https://dash.example.com', 'access-control-request-method': 'GET', 'access-control-request-headers': 'x-csrf-token' },
    });
    assert.equal(ok.status, 204);
    assert.equal(ok.headers.get('access-control-allow-origin'), 'https://dash.example.com');
    assert.equal(ok.headers.get('access-control-allow-credentials'), 'true');
    assert.match(ok.headers.get('access-control-allow-headers') ?? '', /X-CSRF-Token/i);
    const other = await http(api.url, '/v1/pricing', { headers: { origin: 'https://evil.example.com' } });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  });

  it('echoes a valid X-Request-ID and replaces an invalid one, in the body and the logs', async () => {
    const mine = await http(api.url, '/nope', { headers: { 'x-request-id': 'client-id-123' } });
    assert.equal(mine.headers.get('x-request-id'), 'client-id-123');
    assert.equal(field(mine, 'request_id'), 'client-id-123');
    assert.ok(api.logs.some((l) => JSON.parse(l).request_id === 'client-id-123'));

    const bad = await http(api.url, '/nope', { headers: { 'x-request-id': 'bad id; <script>' } });
    const generated = bad.headers.get('x-request-id') ?? '';
    assert.match(generated, /^[0-9a-f-]{36}$/);
    assert.equal(field(bad, 'request_id'), generated);
    const tooLong = await http(api.url, '/nope', { headers: { 'x-request-id': 'a'.repeat(65) } });
    assert.notEqual(tooLong.headers.get('x-request-id'), 'a'.repeat(65));
  });

  it('answers malformed JSON with 400 and a generic body', async () => {
    const res = await http(api.url, '/v1/auth/login', { rawBody: '{"account_number": ', headers: { 'content-type': 'application/json' } });
    assert.equal(res.status, 400);
    assert.equal(field(res, 'code'), 'invalid_json');
    assert.equal(field(res, 'error'), 'Malformed JSON body');
    assert.doesNotMatch(res.text, /SyntaxError|at JSON|node_modules/);
  });

  it('limits body sizes: 16 KiB generally, 413 beyond', async () => {
    const res = await http(api.url, '/v1/auth/login', { body: { account_number: 'x'.repeat(20_000) } });
    assert.equal(res.status, 413);
    assert.equal(field(res, 'code'), 'payload_too_large');
  });

  it('logs JSON lines with the request id; no secret, and no fragment of a body, reaches them', async () => {
    const number = '1234-5678-9012-3456';
    const from = api.logs.length;
    // A refused login carrying a session token ...
    await http(api.url, '/v1/auth/login', { body: { account_number: number }, headers: { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl' } });
    // ... and a malformed body: Node's JSON parser quotes what it choked on, here a key being scanned.
    const malformed = await http(api.url, '/v1/scan/output', { rawBody: '{"text": AKIAZ3MHQWEXAMPLEKEY1 }', headers: { 'content-type': 'application/json' } });
    assert.equal(malformed.status, 400);
    const lines = api.logs.slice(from);
    assert.ok(lines.some((line) => (JSON.parse(line) as { code?: string }).code === 'invalid_json'), 'the refusal is logged');
    const all = lines.join('\n');
    assert.ok(!all.includes(number), 'account number never logged in full');
    assert.ok(!all.includes('eyJzdWIiOiJ4In0'), 'token never logged in full');
    assert.ok(!all.includes('AKIAZ3MHQW'), 'no fragment of the body');
    for (const line of lines) assert.ok(typeof JSON.parse(line).request_id === 'string' || !line.includes('"route"'));
  });

  it('answers a path that is not valid percent-encoding with 400, not 500', async () => {
    const res = await http(api.url, '/v1/account/deposits/%E0');
    assert.equal(res.status, 400);
    assert.equal(field(res, 'code'), 'bad_request');
    assert.doesNotMatch(res.text, /URIError|decode/);
  });
});
