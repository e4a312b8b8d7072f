// ScanStream against a client that stops reading: the server stops reading (and scanning) its
// requests once a window's worth of responses waits. The client is Node's own HTTP/2 client speaking
// gRPC framing, because a grpc-js client reads every response into memory whether or not its
// caller does, so it never lets HTTP/2 flow control reach the server.
import assert from 'node:assert/strict';
import http2 from 'node:http2';
import { create, fromBinary, toBinary } from '@bufbuild/protobuf';
import { ScanRequestSchema, ScanResponseSchema } from '../../gen/stronghold/v1/scan_pb.js';
import { createLogger } from '../../inference/logger.js';
import { startInferenceServer, type InferenceServer } from '../../inference/server.js';

const fixture = new URL('../fixtures/rule-worker.ts', import.meta.url).href;
/** STREAM_WINDOW in inference/scan-service.ts. */
const STREAM_WINDOW = 256;

/** Texts scanned so far, from the service's own counter. */
async function scanned(server: InferenceServer): Promise<number> {
  const metric = await server.metrics.registry.getSingleMetric('stronghold_inference_scans_total')!.get();
  return metric.values.reduce((sum, v) => sum + v.value, 0);
}

/** Waits until the scan count has started and then stopped moving, and returns it. */
async function settledCount(server: InferenceServer): Promise<number> {
  let last = -1;
  for (;;) {
    const now = await scanned(server);
    if (now === last && now > 0) return now;
    last = now;
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** One gRPC length-prefixed message. */
function frame(message: Uint8Array): Buffer {
  const framed = Buffer.alloc(5 + message.length);
  framed.writeUInt32BE(message.length, 1);
  framed.set(message, 5);
  return framed;
}

/** Reads every response message of the stream to its end; resolves with their ids and the grpc-status. */
function readResponses(stream: http2.ClientHttp2Stream): Promise<{ ids: string[]; status: string | undefined }> {
  return new Promise((resolve, reject) => {
    const ids: string[] = [];
    let pending = Buffer.alloc(0);
    let status: string | undefined;
    stream.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= 5 && pending.length >= 5 + pending.readUInt32BE(1)) {
        const length = pending.readUInt32BE(1);
        ids.push(fromBinary(ScanResponseSchema, pending.subarray(5, 5 + length)).id);
        pending = pending.subarray(5 + length);
      }
    });
    stream.on('trailers', (trailers) => (status = String(trailers['grpc-status'])));
    stream.on('error', reject);
    stream.on('end', () => resolve({ ids, status }));
  });
}

describe('ScanStream backpressure towards a client that does not read (fixture worker)', () => {
  let server: InferenceServer;
  let session: http2.ClientHttp2Session;
  before(async () => {
    server = await startInferenceServer({
      port: 0, host: '127.0.0.1', logger: createLogger('error'), workerFilename: fixture, config: { workers: 2 },
    });
    session = http2.connect(server.url);
  });
  after(async () => {
    session.destroy();
    await server.close();
  });

  it('scans about a window of requests while no response is read, then the rest once reading resumes', async () => {
    const total = 3000;
    const stream = session.request({
      ':method': 'POST', ':path': '/stronghold.v1.ScanService/ScanStream', 'content-type': 'application/grpc', te: 'trailers',
    });
    // Each response echoes its 1 KB text, so HTTP/2's 64 KB stream window fills after a few dozen.
    const filler = 'x'.repeat(1024);
    for (let i = 0; i < total; i++) {
      stream.write(frame(toBinary(ScanRequestSchema, create(ScanRequestSchema, { id: `r${i}`, text: `${i} ${filler}` }))));
    }
    stream.end();
    const heldBack = await settledCount(server);
    // Running and unsent responses stay within the window; the rest is what the transport buffers.
    assert.ok(heldBack >= STREAM_WINDOW, `scanned ${heldBack}`);
    assert.ok(heldBack < 2 * STREAM_WINDOW, `scanned ${heldBack} of ${total} requests for a client that reads nothing`);

    const { ids, status } = await readResponses(stream);
    assert.equal(status, '0');
    assert.equal(ids.length, total);
    assert.equal(new Set(ids).size, total);
  });
});
