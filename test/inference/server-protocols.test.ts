// The server over real sockets with real clients (grpc-js, Connect, gRPC-Web), driven by a fixture
// worker so protocol behaviour (status codes, deadlines, overload, crashes) is tested on its own.
import assert from 'node:assert/strict';
import * as grpc from '@grpc/grpc-js';
import { createClient } from '@connectrpc/connect';
import { createConnectTransport, createGrpcWebTransport } from '@connectrpc/connect-node';
import { HealthCheckResponse_ServingStatus as Status } from '../../gen/grpc/health/v1/health_pb.js';
import { Decision, ScanService } from '../../gen/stronghold/v1/scan_pb.js';
import { startInferenceServer, type InferenceServer } from '../../inference/server.js';
import { createLogger } from '../../inference/logger.js';
import { expectStatus, TestGrpcClient } from '../helpers/grpc-client.js';

const fixture = new URL('../fixtures/rule-worker.ts', import.meta.url).href;
const logger = createLogger('error');

describe('inference server protocols (fixture worker)', () => {
  let server: InferenceServer;
  let client: TestGrpcClient;

  before(async () => {
    server = await startInferenceServer({
      port: 0, host: '127.0.0.1', logger, workerFilename: fixture,
      config: { workers: 2, maxQueuedJobs: 8, maxBatchRequests: 8, microBatchSize: 4, maxTextBytes: 512 * 1024 },
    });
    client = new TestGrpcClient(`127.0.0.1:${server.port}`);
  });
  after(async () => {
    client.close();
    await server.close();
  });

  it('answers Health Check SERVING for "" and the scan service, NOT_FOUND for others', async () => {
    assert.equal((await client.check('')).status, Status.SERVING);
    assert.equal((await client.check('stronghold.v1.ScanService')).status, Status.SERVING);
    await expectStatus(client.check('no.such.Service'), grpc.status.NOT_FOUND);
  });

  it('streams the current status on Health Watch', async () => {
    const call = client.watch('stronghold.v1.ScanService');
    const first = await new Promise<{ status: Status }>((resolve, reject) => {
      call.once('data', resolve);
      call.once('error', reject);
    });
    assert.equal(first.status, Status.SERVING);
    call.cancel();
  });

  it('Scan echoes the id and returns the worker decision over gRPC', async () => {
    const response = await client.scan({ id: 'req-1', text: 'please BLOCKME' });
    assert.equal(response.id, 'req-1');
    assert.equal(response.decision, Decision.BLOCK);
    assert.ok(response.latencyMs >= 0);
  });

  it('ScanBatch answers in request order; ScanStream answers every id', async () => {
    const batch = await client.scanBatch([{ id: 'a', text: 'fine' }, { id: 'b', text: 'BLOCKME' }, { id: 'c', text: 'ok' }]);
    assert.deepEqual(batch.responses.map((r) => [r.id, r.decision]), [['a', Decision.ALLOW], ['b', Decision.BLOCK], ['c', Decision.ALLOW]]);
    const ids = Array.from({ length: 50 }, (_, i) => `s${i}`);
    const streamed = await client.scanStream(ids.map((id, i) => ({ id, text: i % 7 === 0 ? 'BLOCKME' : 'fine' })));
    assert.deepEqual(streamed.map((r) => r.id).sort(), [...ids].sort());
    for (const r of streamed) assert.equal(r.decision, Number(r.id.slice(1)) % 7 === 0 ? Decision.BLOCK : Decision.ALLOW);
  });

  it('ScanStream treats a full queue as backpressure: every request is answered, none refused', async () => {
    // The queue holds 8 jobs; the stream sends 200 slow ones.
    const ids = Array.from({ length: 200 }, (_, i) => `bp${i}`);
    const streamed = await client.scanStream(ids.map((id) => ({ id, text: `SLEEP:2 ${id}` })));
    assert.deepEqual(streamed.map((r) => r.id).sort(), [...ids].sort());
  });

  it('refuses empty and oversized text, and oversized batches, with INVALID_ARGUMENT', async () => {
    await expectStatus(client.scan({ id: 'e', text: '' }), grpc.status.INVALID_ARGUMENT);
    const err = await expectStatus(client.scan({ id: 'big', text: 'a'.repeat(1024 * 1024) }), grpc.status.INVALID_ARGUMENT);
    assert.match(err.details, /limit is 524288/);
    await expectStatus(client.scanBatch([]), grpc.status.INVALID_ARGUMENT);
    await expectStatus(client.scanBatch(Array.from({ length: 9 }, () => ({ text: 'x' }))), grpc.status.INVALID_ARGUMENT);
    await expectStatus(client.scanBatch([{ text: 'ok' }, { text: '' }]), grpc.status.INVALID_ARGUMENT);
  });

  it('returns DEADLINE_EXCEEDED for a 1 ms deadline, and stays healthy', async () => {
    await expectStatus(client.scan({ text: 'SLEEP:300 slow' }, 1), grpc.status.DEADLINE_EXCEEDED);
    assert.equal((await client.check('')).status, Status.SERVING);
    assert.equal((await client.scan({ text: 'after deadline' })).decision, Decision.ALLOW);
  });

  it('returns RESOURCE_EXHAUSTED under overload at once, and recovers', async () => {
    const calls = Array.from({ length: 40 }, (_, i) => client.scan({ id: `o${i}`, text: `SLEEP:200 load ${i}` }));
    const outcomes = await Promise.allSettled(calls);
    const exhausted = outcomes.filter((o) => o.status === 'rejected' && (o.reason as grpc.ServiceError).code === grpc.status.RESOURCE_EXHAUSTED);
    const served = outcomes.filter((o) => o.status === 'fulfilled');
    assert.ok(exhausted.length > 0, 'some requests must be refused');
    assert.ok(served.length > 0, 'the queue must still be served');
    assert.equal(exhausted.length + served.length, 40, 'no other failure');
    assert.equal((await client.scan({ text: 'after overload' })).decision, Decision.ALLOW);
  });

  it('keeps answering after a worker crash', async () => {
    await expectStatus(client.scan({ text: 'CRASH' }), grpc.status.INTERNAL);
    for (let i = 0; i < 3; i++) assert.equal((await client.scan({ text: `alive ${i}` })).decision, Decision.ALLOW);
    assert.equal((await client.check('')).status, Status.SERVING);
  });

  it('speaks Connect over HTTP/1.1 and gRPC-Web on the same port', async () => {
    const connect = createClient(ScanService, createConnectTransport({ baseUrl: server.url, httpVersion: '1.1' }));
    assert.equal((await connect.scan({ id: 'c1', text: 'BLOCKME' })).decision, Decision.BLOCK);
    const web = createClient(ScanService, createGrpcWebTransport({ baseUrl: server.url, httpVersion: '1.1' }));
    assert.equal((await web.scan({ id: 'w1', text: 'fine' })).id, 'w1');
    const res = await fetch(`${server.url}/stronghold.v1.ScanService/Scan`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: '' }),
    });
    assert.equal(res.status, 400);
    assert.equal(((await res.json()) as { code: string }).code, 'invalid_argument');
  });

  it('serves Prometheus metrics and a JSON health detail over plain HTTP', async () => {
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    assert.match(metrics, /stronghold_inference_scans_total\{mode="content",decision="BLOCK"\} \d+/);
    const health = (await (await fetch(`${server.url}/health`)).json()) as { status: string; model_version: string };
    assert.equal(health.status, 'SERVING');
    assert.match(health.model_version, /^fixture/);
  });
});

describe('inference server cancellation (fixture worker)', () => {
  it('drops a queued request whose deadline passes: it never reaches a worker', async () => {
    const server = await startInferenceServer({
      port: 0, host: '127.0.0.1', logger, workerFilename: fixture, config: { workers: 1, microBatchSize: 1 },
    });
    const client = new TestGrpcClient(`127.0.0.1:${server.port}`);
    try {
      // One worker takes two batches in flight; both sleep, so the third request has to queue.
      const first = client.scan({ text: 'SLEEP:300 first' });
      await new Promise((r) => setTimeout(r, 20));
      const second = client.scan({ text: 'SLEEP:300 second' });
      await new Promise((r) => setTimeout(r, 20));
      await expectStatus(client.scan({ text: 'cancel-me' }, 100), grpc.status.DEADLINE_EXCEEDED);
      await Promise.all([first, second]);
      const seen = JSON.parse((await client.scan({ text: 'SEEN?' })).sanitizedText) as string[];
      assert.deepEqual(seen.filter((t) => t !== 'warm-up'), ['SLEEP:300 first', 'SLEEP:300 second', 'SEEN?']);
    } finally {
      client.close();
      await server.close();
    }
  });
});

describe('inference server whose workers can no longer start (fixture worker)', () => {
  it('turns NOT_SERVING, logs once and answers INTERNAL when a crashed worker cannot be replaced', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'stronghold-pool-'));
    process.env.STRONGHOLD_TEST_LOAD_MARKER = join(dir, 'loaded');
    const { Writable } = await import('node:stream');
    const winston = (await import('winston')).default;
    const errors: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        const line = JSON.parse(chunk.toString()) as { level: string; message: string };
        if (line.level === 'error') errors.push(line.message);
        done();
      },
    });
    const recording = winston.createLogger({ level: 'error', format: winston.format.json(), transports: [new winston.transports.Stream({ stream: sink })] });
    const server = await startInferenceServer({
      port: 0, host: '127.0.0.1', logger: recording, workerFilename: new URL('../fixtures/once-loading-worker.ts', import.meta.url).href,
      config: { workers: 1 },
    });
    const client = new TestGrpcClient(`127.0.0.1:${server.port}`);
    try {
      assert.equal((await client.check('')).status, Status.SERVING);
      await expectStatus(client.scan({ text: 'CRASH' }), grpc.status.INTERNAL);
      for (let i = 0; i < 100 && server.health.get('') !== Status.NOT_SERVING; i++) await new Promise((r) => setTimeout(r, 20));
      assert.equal((await client.check('')).status, Status.NOT_SERVING);
      await expectStatus(client.scan({ text: 'after' }), grpc.status.INTERNAL);
      assert.deepEqual(errors.filter((m) => m.includes('cannot be started')), ['scan workers cannot be started; the service is not serving']);
    } finally {
      client.close();
      await server.close();
      delete process.env.STRONGHOLD_TEST_LOAD_MARKER;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('inference server process metrics', () => {
  it('serves Node process metrics (CPU, event-loop delay, GC pauses by kind) when asked to', async () => {
    const server = await startInferenceServer({
      port: 0, host: '127.0.0.1', logger, workerFilename: fixture, processMetrics: true, config: { workers: 1 },
    });
    try {
      const metrics = await (await fetch(`${server.url}/metrics`)).text();
      for (const name of ['process_cpu_user_seconds_total', 'nodejs_eventloop_lag_p99_seconds', 'nodejs_gc_duration_seconds', 'nodejs_heap_size_used_bytes']) {
        assert.match(metrics, new RegExp(`^# TYPE stronghold_inference_${name} `, 'm'), name);
      }
      assert.match(metrics, /stronghold_inference_scans_total|stronghold_inference_queued_jobs/);
    } finally {
      await server.close();
    }
  });
});
