// Message-size limits: any ScanBatch within the documented limits (MAX_BATCH_REQUESTS requests,
// MAX_BATCH_BYTES of text, each request with a full id, source_url and turns) is read by the
// transport, and its answer is sent however much larger than the request it is.
import assert from 'node:assert/strict';
import { create, toBinary, type MessageInitShape } from '@bufbuild/protobuf';
import * as grpc from '@grpc/grpc-js';
import { ScanBatchRequestSchema, type ScanBatchResponse, type ScanRequestSchema, ScanService } from '../../gen/stronghold/v1/scan_pb.js';
import { ConfigError, loadInferenceConfig } from '../../inference/config.js';
import { grpcJsClient } from '../../inference/grpc-js-definition.js';
import { createLogger } from '../../inference/logger.js';
import { maxRequestMessageBytes, startInferenceServer, type InferenceServer, type InferenceServerOptions } from '../../inference/server.js';
import { expectStatus } from '../helpers/grpc-client.js';

const fixture = new URL('../fixtures/rule-worker.ts', import.meta.url).href;
const MiB = 1024 * 1024;
const ScanClient = grpcJsClient(ScanService);
type ScanInit = MessageInitShape<typeof ScanRequestSchema>;

/**
 * `count` requests whose texts (text and turns) come to `textBytes` each, with the most room the
 * other fields take: a 256-character id of 3-byte characters, an 8 KiB source_url, 64 turns.
 */
function fullBatch(count: number, textBytes: number): ScanInit[] {
  const turns = Array.from({ length: 64 }, () => ({ role: 'assistant', text: 't' }));
  const text = 'a'.repeat(textBytes - turns.length);
  const sourceUrl = `https://example.com/${'p'.repeat(8 * 1024 - 20)}`;
  return Array.from({ length: count }, (_, i) => ({ id: `${i}:`.padEnd(256, '€'), text, sourceUrl, turns }));
}

function scanBatch(client: grpc.Client, requests: ScanInit[]): Promise<ScanBatchResponse> {
  const fn = (client as unknown as Record<string, (r: unknown, cb: (e: grpc.ServiceError | null, v?: ScanBatchResponse) => void) => void>).scanBatch!;
  return new Promise((resolve, reject) => {
    fn.call(client, create(ScanBatchRequestSchema, { requests }), (e, v) => (e ? reject(e) : resolve(v!)));
  });
}

async function serve(config: InferenceServerOptions['config']): Promise<{ server: InferenceServer; client: grpc.Client }> {
  const server = await startInferenceServer({ port: 0, host: '127.0.0.1', logger: createLogger('error'), workerFilename: fixture, config });
  // A client that takes messages of any size: the limits under test are the server's.
  const client = new ScanClient(`127.0.0.1:${server.port}`, grpc.credentials.createInsecure(), {
    'grpc.max_receive_message_length': -1, 'grpc.max_send_message_length': -1,
  });
  return { server, client };
}

describe('transport: message limits', function () {
  this.timeout(120_000);

  it('MAX_BATCH_BYTES is 64 MiB by default, named when bad, and at least MAX_TEXT_BYTES', () => {
    assert.equal(loadInferenceConfig({}).maxBatchBytes, 64 * MiB);
    assert.equal(loadInferenceConfig({ MAX_BATCH_BYTES: String(8 * MiB) }).maxBatchBytes, 8 * MiB);
    const problems = (env: Record<string, string>) => {
      try {
        loadInferenceConfig(env);
        return [];
      } catch (error) {
        assert.ok(error instanceof ConfigError);
        return error.problems;
      }
    };
    assert.match(problems({ MAX_BATCH_BYTES: 'lots' })[0]!, /^MAX_BATCH_BYTES must be an integer/);
    assert.match(problems({ MAX_BATCH_BYTES: String(512 * MiB) })[0]!, /^MAX_BATCH_BYTES must be an integer/);
    assert.match(problems({ MAX_TEXT_BYTES: String(2 * MiB), MAX_BATCH_BYTES: String(MiB) })[0]!, /MAX_BATCH_BYTES \(1048576\) must be at least MAX_TEXT_BYTES \(2097152\)/);
  });

  describe('with the default limits', () => {
    let server: InferenceServer;
    let client: grpc.Client;
    before(async () => ({ server, client } = await serve({ workers: 2 })));
    after(async () => {
      client?.close();
      await server?.close();
    });

    it('reads and answers a ScanBatch at every documented limit at once (256 requests, 64 MiB of text)', async () => {
      const { maxBatchRequests, maxBatchBytes, maxTextBytes } = server.config;
      const perRequest = maxBatchBytes / maxBatchRequests;
      assert.ok(perRequest <= maxTextBytes);
      const requests = fullBatch(maxBatchRequests, perRequest);
      const size = toBinary(ScanBatchRequestSchema, create(ScanBatchRequestSchema, { requests })).length;
      assert.ok(size > 64 * MiB, `the batch is ${size} bytes`);
      assert.ok(size <= maxRequestMessageBytes(server.config), `the batch is ${size} bytes; the service reads ${maxRequestMessageBytes(server.config)}`);
      const batch = await scanBatch(client, requests);
      assert.equal(batch.responses.length, maxBatchRequests);
      assert.deepEqual(batch.responses.map((r) => r.id), requests.map((r) => r.id));
      assert.equal(batch.responses[0]!.sanitizedText.length, requests[0]!.text!.length);
    });

    it('sends an answer larger than its request: a batch is never scanned in full and then refused', async () => {
      // 512 bytes under the old 64 MiB limit in; the answers (a sanitized copy of each text, and more) come to more.
      const encoded = (requests: ScanInit[]) => toBinary(ScanBatchRequestSchema, create(ScanBatchRequestSchema, { requests })).length;
      const batchOf = (textLength: number) => Array.from({ length: 128 }, (_, i) => ({ id: `${i}`, text: 'b'.repeat(textLength) }));
      const trial = 500 * 1024;
      const requests = batchOf(trial + Math.floor((64 * MiB - 512 - encoded(batchOf(trial))) / 128));
      const size = encoded(requests);
      assert.ok(size <= 64 * MiB - 512 && size > 64 * MiB - 1024, `the batch is ${size} bytes`);
      const batch = await scanBatch(client, requests);
      assert.equal(batch.responses.length, requests.length);
      assert.ok(toBinary(ScanService.method.scanBatch.output, batch).length > 64 * MiB);
    });
  });

  describe('with a small MAX_BATCH_BYTES', () => {
    let server: InferenceServer;
    let client: grpc.Client;
    before(async () => ({ server, client } = await serve({ workers: 1, maxTextBytes: 256 * 1024, maxBatchBytes: MiB, maxBatchRequests: 4 })));
    after(async () => {
      client?.close();
      await server?.close();
    });

    it('reads a batch at its limits, and no message beyond them: MAX_BATCH_BYTES bounds what a call can hold', async () => {
      assert.equal((await scanBatch(client, fullBatch(4, 256 * 1024))).responses.length, 4);
      const beyond = maxRequestMessageBytes(server.config) + 1024;
      await expectStatus(scanBatch(client, [{ text: 'c'.repeat(beyond) }]), grpc.status.RESOURCE_EXHAUSTED);
    });
  });

  describe('a batch the transport reads whose texts pass MAX_BATCH_BYTES', () => {
    let server: InferenceServer;
    let client: grpc.Client;
    before(async () => ({ server, client } = await serve({ workers: 1, maxTextBytes: 256 * 1024, maxBatchBytes: MiB, maxBatchRequests: 8 })));
    after(async () => {
      client?.close();
      await server?.close();
    });

    it('is refused with INVALID_ARGUMENT before anything is scanned', async () => {
      // Five texts of 220 KiB: each within MAX_TEXT_BYTES, 1.07 MiB together, under the 1.125 MiB read limit.
      const requests = Array.from({ length: 5 }, (_, i) => ({ id: `b${i}`, text: 'd'.repeat(220 * 1024) }));
      await expectStatus(scanBatch(client, requests), grpc.status.INVALID_ARGUMENT);
      assert.equal((await scanBatch(client, requests.slice(0, 4))).responses.length, 4, 'under the limit it is scanned');
    });
  });
});
