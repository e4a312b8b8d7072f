/// <reference types="mocha" />
// POST /v1/scan/multiturn end to end: the real API app and database, the real inference service
// over gRPC; verdicts with context, validation, the usage row and the scanAccess payment slot.
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RequestHandler } from 'express';
import { createApp } from '../../api/app.js';
import { systemClock } from '../../api/clock.js';
import { parseConfig } from '../../api/config.js';
import { createLogger } from '../../api/logging/logger.js';
import { createInferenceClient } from '../../api/scan/inference-client.js';
import { setScanBilling } from '../../api/scan/scan-access.js';
import { field, http } from '../api/helpers/http.js';
import { startRealInference, type RunningInference } from '../api/helpers/inference-server.js';
import { startTestApi, type TestApi } from '../api/helpers/test-api.js';
import { createTestDatabase } from '../db/test-database.js';
import { BENIGN_CHATS, DAN_SPLIT, SPLIT_ATTACKS } from './conversations.js';

const ROUTE = '/v1/scan/multiturn';

describe('POST /v1/scan/multiturn (real API, real inference service)', () => {
  let inference: RunningInference;
  let api: TestApi;
  let token: string;
  const auth = () => ({ authorization: `Bearer ${token}` });

  before(async () => {
    inference = await startRealInference();
    api = await startTestApi({ inferenceUrl: inference.url });
    token = field(await http(api.url, '/v1/auth/account', { method: 'POST' }), 'access_token');
  });
  after(async () => {
    await api?.close();
    await inference?.close();
  });

  it('blocks the DAN split attack and answers the scan response of DESIGN.md', async () => {
    const res = await http(api.url, ROUTE, { body: { session_id: 'sess-1', turns: DAN_SPLIT.turns }, headers: auth() });
    assert.equal(res.status, 200, res.text);
    const body = res.body as Record<string, unknown>;
    assert.equal(body.decision, 'BLOCK');
    assert.equal(body.session_id, 'sess-1');
    assert.equal(body.request_id, res.headers.get('x-request-id'));
    for (const k of ['score', 'latency_ms']) assert.equal(typeof body[k], 'number', k);
    for (const k of ['reason', 'recommended_action', 'sanitized_text']) assert.equal(typeof body[k], 'string', k);
    const scores = body.scores as Record<string, unknown>;
    for (const k of ['heuristic', 'ml_confidence', 'semantic']) assert.equal(typeof scores[k], 'number', k);
    const last = DAN_SPLIT.turns.at(-1)!.content;
    const threats = body.threats_found as { start: number; end: number }[];
    assert.ok(threats.length > 0);
    for (const t of threats) assert.ok(t.start >= 0 && t.end <= last.length, 'spans point into the last turn');
  });

  it('the earlier turns decide: the same last message is not blocked alone and BLOCK in its conversation', async () => {
    const attack = SPLIT_ATTACKS[1]!;
    const alone = await http(api.url, ROUTE, { body: { turns: attack.turns.slice(-1) }, headers: auth() });
    const full = await http(api.url, ROUTE, { body: { turns: attack.turns }, headers: auth() });
    // Alone, "Now do what the phrase says." names no attack; the semantic layer may WARN on it, never BLOCK.
    assert.ok(['ALLOW', 'WARN'].includes(field(alone, 'decision') as string), alone.text);
    assert.equal(field(full, 'decision'), 'BLOCK', full.text);
    assert.ok((field(full, 'score') as number) > (field(alone, 'score') as number) + 0.2, full.text);
    assert.equal(field(alone, 'session_id'), undefined);
  });

  it('benign conversations full of trigger words are never BLOCKed', async () => {
    const decisions: string[] = [];
    for (const chat of BENIGN_CHATS) {
      const res = await http(api.url, ROUTE, { body: { session_id: chat.name, turns: chat.turns }, headers: auth() });
      assert.equal(res.status, 200, res.text);
      assert.notEqual(field(res, 'decision'), 'BLOCK', chat.name);
      decisions.push(String(field(res, 'decision')));
    }
    // The learned layers may WARN on a short chat turn (MODEL_CARD.md); most chats stay ALLOW.
    assert.ok(decisions.filter((d) => d === 'ALLOW').length >= BENIGN_CHATS.length - 2, decisions.join(','));
  });

  it('validates roles, count, sizes and the session id', async () => {
    const turn = { role: 'user', content: 'hello' };
    const cases: [unknown, number, string][] = [
      [{}, 400, 'turns_required'],
      [{ turns: [] }, 400, 'turns_required'],
      [{ turns: 'hello' }, 400, 'turns_required'],
      [{ turns: Array.from({ length: 65 }, () => turn) }, 400, 'too_many_turns'],
      [{ turns: [{ role: 'developer', content: 'x' }] }, 400, 'invalid_turn'],
      [{ turns: [{ role: 'user', content: 5 }] }, 400, 'invalid_turn'],
      [{ turns: [null] }, 400, 'invalid_turn'],
      [{ turns: [turn, { role: 'user', content: '' }] }, 400, 'text_required'],
      [{ session_id: 7, turns: [turn] }, 400, 'invalid_session_id'],
      [{ session_id: 's'.repeat(129), turns: [turn] }, 400, 'invalid_session_id'],
      [{ turns: [{ role: 'tool', content: 'a'.repeat(300 * 1024) }, { role: 'user', content: 'b'.repeat(300 * 1024) }] }, 413, 'text_too_large'],
    ];
    for (const [body, status, code] of cases) {
      const res = await http(api.url, ROUTE, { body });
      assert.equal(res.status, status, `${JSON.stringify(body).slice(0, 80)} → ${res.text}`);
      assert.equal(field(res, 'code'), code);
    }
    const sixtyFour = await http(api.url, ROUTE, { body: { turns: Array.from({ length: 64 }, () => turn) } });
    assert.equal(sixtyFour.status, 200, '64 turns are accepted');
  });

  it('writes a usage row for the multiturn endpoint counting every turn\'s bytes', async () => {
    const fresh = field<string>(await http(api.url, '/v1/auth/account', { method: 'POST' }), 'access_token');
    const headers = { authorization: `Bearer ${fresh}` };
    const res = await http(api.url, ROUTE, { body: { session_id: 'usage', turns: DAN_SPLIT.turns }, headers });
    assert.equal(res.status, 200, res.text);
    const items = field<Record<string, unknown>[]>(await http(api.url, '/v1/account/usage', { headers }), 'items');
    assert.equal(items.length, 1);
    assert.equal(items[0]!.endpoint, ROUTE);
    assert.equal(items[0]!.decision, 'BLOCK');
    assert.equal(items[0]!.request_bytes, DAN_SPLIT.turns.reduce((n, t) => n + Buffer.byteLength(t.content), 0));
  });

  it('goes through the same scanAccess payment slot as the other scan routes, after validation', async () => {
    const database = await createTestDatabase();
    const paths: string[] = [];
    const scanAccess: RequestHandler = (req, res, next) => {
      paths.push(req.path);
      setScanBilling(res, { accountId: null, payer: '0xpayer', paymentId: null, costMicroUsdc: '1000' });
      next();
    };
    const config = parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'error', JWT_SECRET: 'test-secret-that-is-long-enough-0123456789' });
    const client = createInferenceClient({ baseUrl: inference.url, timeoutMs: 5000, retries: 1 });
    const app = createApp({ config, db: database.handle.db, inference: client, clock: systemClock, logger: createLogger({ level: 'error', json: true }), scanAccess });
    const server: Server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      assert.equal((await http(url, ROUTE, { body: { turns: [] } })).status, 400);
      assert.equal((await http(url, ROUTE, { body: { turns: DAN_SPLIT.turns } })).status, 200);
      assert.equal((await http(url, '/v1/scan/content', { body: { text: 'hello' } })).status, 200);
      assert.deepEqual(paths, [ROUTE, '/v1/scan/content'], 'a malformed request never reaches the payment slot');
      const rows = await database.handle.db.selectFrom('usage_logs').select(['endpoint', 'payer', 'cost_micro_usdc']).where('endpoint', '=', ROUTE).execute();
      assert.deepEqual(rows.map((r) => [r.endpoint, r.payer, String(r.cost_micro_usdc)]), [[ROUTE, '0xpayer', '1000']]);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await client.close();
      await database.drop();
    }
  });
});
