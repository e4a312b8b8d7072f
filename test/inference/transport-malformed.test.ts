// Malformed protobuf bytes (invalid UTF-8 in a string field, a truncated message) are the caller's
// mistake: a real grpc-js client sending raw bytes gets INVALID_ARGUMENT, not INTERNAL.
import assert from 'node:assert/strict';
import * as grpc from '@grpc/grpc-js';
import { startInferenceServer, type InferenceServer } from '../../inference/server.js';
import { createLogger } from '../../inference/logger.js';
import { expectStatus } from '../helpers/grpc-client.js';

const fixture = new URL('../fixtures/rule-worker.ts', import.meta.url).href;

/** Bytes go out as they are and come back as they are: the client does no protobuf at all. */
const identity = (bytes: Buffer): Buffer => bytes;
const raw = (path: string, requestStream: boolean, responseStream: boolean) => ({
  path, requestStream, responseStream,
  requestSerialize: identity, requestDeserialize: identity, responseSerialize: identity, responseDeserialize: identity,
});
const RawClient = grpc.makeGenericClientConstructor({
  scan: raw('/stronghold.v1.ScanService/Scan', false, false),
  scanBatch: raw('/stronghold.v1.ScanService/ScanBatch', false, false),
  scanStream: raw('/stronghold.v1.ScanService/ScanStream', true, true),
  watch: raw('/grpc.health.v1.Health/Watch', false, true),
}, 'Raw');
type UnaryFn = (request: Buffer, callback: (error: grpc.ServiceError | null, value?: Buffer) => void) => void;

/** ScanRequest.text (field 2) holding the byte 0xff, which is not UTF-8. */
const INVALID_UTF8 = Buffer.from([0x12, 0x01, 0xff]);
/** ScanRequest.text announcing 5 bytes and carrying 1. */
const TRUNCATED = Buffer.from([0x12, 0x05, 0x61]);
/** ScanRequest { text: "hi" }. */
const VALID = Buffer.from([0x12, 0x02, 0x68, 0x69]);

describe('transport: malformed requests', () => {
  let server: InferenceServer;
  let client: grpc.Client;

  const unary = (method: 'scan' | 'scanBatch', bytes: Buffer) => new Promise<Buffer>((resolve, reject) => {
    (client as unknown as Record<string, UnaryFn>)[method]!.call(client, bytes, (e, v) => (e ? reject(e) : resolve(v!)));
  });
  const streamed = (call: grpc.ClientReadableStream<Buffer> | grpc.ClientDuplexStream<Buffer, Buffer>) => new Promise<Buffer[]>((resolve, reject) => {
    const received: Buffer[] = [];
    call.on('data', (b: Buffer) => received.push(b));
    call.on('error', reject);
    call.on('end', () => resolve(received));
  });

  before(async () => {
    server = await startInferenceServer({ port: 0, host: '127.0.0.1', logger: createLogger('error'), workerFilename: fixture, config: { workers: 1 } });
    client = new RawClient(`127.0.0.1:${server.port}`, grpc.credentials.createInsecure());
  });
  after(async () => {
    client.close();
    await server.close();
  });

  it('answers a valid raw request, so the raw client itself is sound', async () => {
    assert.ok((await unary('scan', VALID)).length > 0);
  });

  it('Scan: invalid UTF-8 and a truncated message get INVALID_ARGUMENT naming the problem', async () => {
    const utf8 = await expectStatus(unary('scan', INVALID_UTF8), grpc.status.INVALID_ARGUMENT);
    assert.match(utf8.details, /not a valid stronghold\.v1\.ScanRequest: .*utf-8/i);
    const truncated = await expectStatus(unary('scan', TRUNCATED), grpc.status.INVALID_ARGUMENT);
    assert.match(truncated.details, /not a valid stronghold\.v1\.ScanRequest: premature EOF/);
  });

  it('ScanBatch: a malformed request inside the batch gets INVALID_ARGUMENT', async () => {
    const batch = Buffer.concat([Buffer.from([0x0a, INVALID_UTF8.length]), INVALID_UTF8]);
    const err = await expectStatus(unary('scanBatch', batch), grpc.status.INVALID_ARGUMENT);
    assert.match(err.details, /stronghold\.v1\.ScanBatchRequest/);
  });

  it('ScanStream: answers the valid requests before it, then ends with INVALID_ARGUMENT', async () => {
    const call = (client as unknown as Record<string, () => grpc.ClientDuplexStream<Buffer, Buffer>>).scanStream!.call(client);
    const received: Buffer[] = [];
    call.on('data', (b: Buffer) => received.push(b));
    call.write(VALID);
    // The malformed message goes only once the first answer is back, so the order is certain.
    await new Promise((resolve) => call.once('data', resolve));
    call.write(TRUNCATED);
    call.end();
    await expectStatus(streamed(call), grpc.status.INVALID_ARGUMENT);
    assert.equal(received.length, 1);
  });

  it('Health Watch (server streaming): a malformed request gets INVALID_ARGUMENT', async () => {
    const watch = (client as unknown as Record<string, (b: Buffer) => grpc.ClientReadableStream<Buffer>>).watch!;
    await expectStatus(streamed(watch.call(client, Buffer.from([0x0a, 0x01, 0xff]))), grpc.status.INVALID_ARGUMENT);
  });

  it('keeps serving after the malformed requests', async () => {
    assert.ok((await unary('scan', VALID)).length > 0);
  });
});
