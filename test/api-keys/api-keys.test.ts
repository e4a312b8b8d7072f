/// <reference types="mocha" />
// API keys over HTTP: created once (sk_live_… shown once, only a hash stored), listed by prefix,
// at most 10 active, revoked for good; only a signed-in session manages them.
import assert from 'node:assert/strict';
import { hashApiKey } from '../../api/api-keys/api-key-secret.js';
import { field, http } from '../api/helpers/http.js';
import { startTestApi, type TestApi } from '../api/helpers/test-api.js';

describe('api keys: POST, GET, DELETE /v1/api-keys', () => {
  let api: TestApi;
  let token: string;
  const auth = () => ({ authorization: `Bearer ${token}` });
  before(async () => {
    api = await startTestApi();
    token = field<string>(await http(api.url, '/v1/auth/account', { method: 'POST' }), 'access_token');
  });
  after(async () => {
    await api.close();
  });

  it('creates a key shown once and stores only its hash', async () => {
    const res = await http(api.url, '/v1/api-keys', { body: { label: 'ci agent' }, headers: auth() });
    assert.equal(res.status, 201);
    const key = field<string>(res, 'key');
    assert.match(key, /^sk_live_[A-Za-z0-9_-]{43}$/);
    assert.equal(field(res, 'label'), 'ci agent');
    assert.ok(key.startsWith(field<string>(res, 'key_prefix')));
    const row = await api.database.handle.db.selectFrom('api_keys').selectAll().where('id', '=', field<string>(res, 'id')).executeTakeFirstOrThrow();
    assert.equal(row.key_hash, hashApiKey(key));
    assert.ok(!JSON.stringify(row).includes(key), 'the secret is not stored');

    const list = await http(api.url, '/v1/api-keys', { headers: auth() });
    assert.equal(list.status, 200);
    const keys = field<{ id: string; key_prefix: string; last_used_at: string | null }[]>(list, 'api_keys');
    assert.ok(keys.some((k) => k.id === field<string>(res, 'id')));
    assert.ok(!list.text.includes(key), 'lists never show the secret');
  });

  it('allows at most 10 active keys; revoking frees a slot', async () => {
    const existing = field<unknown[]>(await http(api.url, '/v1/api-keys', { headers: auth() }), 'api_keys').length;
    const created: { id: string; key: string }[] = [];
    for (let i = existing; i < 10; i++) {
      const res = await http(api.url, '/v1/api-keys', { body: {}, headers: auth() });
      assert.equal(res.status, 201);
      created.push({ id: field(res, 'id'), key: field(res, 'key') });
    }
    const over = await http(api.url, '/v1/api-keys', { body: {}, headers: auth() });
    assert.equal(over.status, 409);
    assert.equal(field(over, 'code'), 'api_key_limit');

    const victim = created[0]!;
    assert.equal((await http(api.url, `/v1/api-keys/${victim.id}`, { method: 'DELETE', headers: auth() })).status, 204);
    assert.equal((await http(api.url, `/v1/api-keys/${victim.id}`, { method: 'DELETE', headers: auth() })).status, 404);
    assert.equal((await http(api.url, '/v1/api-keys', { body: {}, headers: auth() })).status, 201);
    assert.equal((await http(api.url, '/v1/api-keys/not-a-uuid', { method: 'DELETE', headers: auth() })).status, 404);
  });

  it('needs a session: no caller or an API key as bearer → 401', async () => {
    await http(api.url, `/v1/api-keys/${field<{ id: string }[]>(await http(api.url, '/v1/api-keys', { headers: auth() }), 'api_keys')[0]!.id}`, { method: 'DELETE', headers: auth() });
    assert.equal((await http(api.url, '/v1/api-keys')).status, 401);
    const key = field<string>(await http(api.url, '/v1/api-keys', { body: {}, headers: auth() }), 'key');
    const res = await http(api.url, '/v1/api-keys', { body: {}, headers: { authorization: `Bearer ${key}` } });
    assert.equal(res.status, 401);
  });

  it('rejects a label that is not a short string', async () => {
    const res = await http(api.url, '/v1/api-keys', { body: { label: 'x'.repeat(101) }, headers: auth() });
    assert.equal(res.status, 400);
  });
});
