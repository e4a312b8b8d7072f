// Request limits over a real socket (grpc-js client, fixture worker): with turns, the size limit is
// on the text and the turns together, and a turn's role is one of those scan.proto names.
import assert from 'node:assert/strict';
import * as grpc from '@grpc/grpc-js';
import { Decision } from '../../gen/stronghold/v1/scan_pb.js';
import { createLogger } from '../../inference/logger.js';
import { startInferenceServer, type InferenceServer } from '../../inference/server.js';
import { expectStatus, TestGrpcClient } from '../helpers/grpc-client.js';

const fixture = new URL('../fixtures/rule-worker.ts', import.meta.url).href;
const maxTextBytes = 64;

describe('ScanRequest limits with turns (fixture worker)', () => {
  let server: InferenceServer;
  let client: TestGrpcClient;
  before(async () => {
    server = await startInferenceServer({
      port: 0, host: '127.0.0.1', logger: createLogger('error'), workerFilename: fixture, config: { workers: 1, maxTextBytes },
    });
    client = new TestGrpcClient(`127.0.0.1:${server.port}`);
  });
  after(async () => {
    client.close();
    await server.close();
  });

  it('refuses a source_url over 8 KiB of UTF-8 (the transport reads a full batch with that much per request)', async () => {
    assert.equal((await client.scan({ id: 'url', text: 'hi', sourceUrl: `https://e.example/${'a'.repeat(8192 - 18)}` })).decision, Decision.ALLOW);
    const err = await expectStatus(client.scan({ id: 'url', text: 'hi', sourceUrl: `https://e.example/${'é'.repeat(4096)}` }), grpc.status.INVALID_ARGUMENT);
    assert.match(err.details, /source_url is longer than 8192 bytes/);
  });

  it('counts the text with its turns against the limit, however short the text', async () => {
    // 20 characters: short enough that three bytes each stay under the limit on their own.
    const text = 't'.repeat(20);
    const fits = await client.scan({ id: 'fits', text, turns: [{ role: 'user', text: 'u'.repeat(maxTextBytes - 20) }] });
    assert.equal(fits.decision, Decision.ALLOW);
    const err = await expectStatus(
      client.scan({ id: 'over', text, turns: [{ role: 'user', text: 'u'.repeat(maxTextBytes - 19) }] }),
      grpc.status.INVALID_ARGUMENT,
    );
    assert.match(err.details, /65 bytes; the limit is 64/);
    await expectStatus(
      client.scanBatch([{ text: 'ok' }, { text, turns: [{ role: 'tool', text: 'u'.repeat(maxTextBytes - 19) }] }]),
      grpc.status.INVALID_ARGUMENT,
    );
  });

  it('takes the roles scan.proto names and refuses any other, however long', async () => {
    for (const role of ['user', 'assistant', 'system', 'tool']) {
      assert.equal((await client.scan({ text: 'hi', turns: [{ role, text: 'earlier' }] })).decision, Decision.ALLOW, role);
    }
    for (const role of ['', 'developer', 'r'.repeat(100_000)]) {
      const err = await expectStatus(client.scan({ text: 'hi', turns: [{ role, text: 'earlier' }] }), grpc.status.INVALID_ARGUMENT);
      assert.match(err.details, /role must be one of user, assistant, system, tool/);
      assert.ok(err.details.length < 200, 'the role is not echoed back');
    }
  });
});
