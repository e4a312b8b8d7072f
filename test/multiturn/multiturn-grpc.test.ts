/// <reference types="mocha" />
// Turns over the wire: a real @grpc/grpc-js client sends ScanRequest.turns to the real inference
// service (worker threads), alone and in ScanBatch; too many turns are the caller's mistake.
import assert from 'node:assert/strict';
import * as grpc from '@grpc/grpc-js';
import { Decision } from '../../gen/stronghold/v1/scan_pb.js';
import { createLogger } from '../../inference/logger.js';
import { startInferenceServer } from '../../inference/server.js';
import { expectStatus, TestGrpcClient } from '../helpers/grpc-client.js';
import { BENIGN_CHATS, DAN_SPLIT, SPLIT_ATTACKS, type Conversation } from './conversations.js';

const request = (c: Conversation, id: string) => ({
  id,
  text: c.turns[c.turns.length - 1]!.content,
  turns: c.turns.slice(0, -1).map((t) => ({ role: t.role, text: t.content })),
});

describe('multi-turn scanning over gRPC (grpc-js client, real service)', () => {
  let server: Awaited<ReturnType<typeof startInferenceServer>>;
  let client: TestGrpcClient;
  before(async () => {
    server = await startInferenceServer({ port: 0, host: '127.0.0.1', config: { workers: 1 }, logger: createLogger('error') });
    client = new TestGrpcClient(`127.0.0.1:${server.port}`);
  });
  after(async () => {
    client?.close();
    await server?.close();
  });

  it('blocks the DAN split attack sent with its turns; spans stay inside the text', async () => {
    const req = request(DAN_SPLIT, 'dan');
    const res = await client.scan(req);
    assert.equal(res.id, 'dan');
    assert.equal(res.decision, Decision.BLOCK);
    for (const t of res.threats) assert.ok(t.end <= req.text.length);
  });

  it('in ScanBatch, the same last message is not blocked alone and BLOCK with its turns', async () => {
    // "remember X, now do X": the last message alone names no attack. It is an order to act on
    // something unseen, which the semantic layer may WARN on (models 5.0 do), never BLOCK.
    const attack = SPLIT_ATTACKS[1]!;
    const withTurns = request(attack, 'with');
    const { responses } = await client.scanBatch([{ id: 'alone', text: withTurns.text }, withTurns, request(BENIGN_CHATS[0]!, 'benign')]);
    const [alone, full, benign] = responses;
    assert.deepEqual([alone?.id, full?.id, benign?.id], ['alone', 'with', 'benign']);
    assert.ok(alone!.decision === Decision.ALLOW || alone!.decision === Decision.WARN, `alone: ${Decision[alone!.decision]}`);
    assert.equal(full!.decision, Decision.BLOCK);
    assert.ok(full!.score > alone!.score + 0.2, `turns add ${full!.score - alone!.score}`);
    assert.equal(benign!.decision, Decision.ALLOW);
  });

  it('more than 64 turns is INVALID_ARGUMENT', async () => {
    const turns = Array.from({ length: 65 }, () => ({ role: 'user', text: 'hi' }));
    await expectStatus(client.scan({ id: 'many', text: 'hello', turns }), grpc.status.INVALID_ARGUMENT);
  });
});
