// ScanBatch over a real socket with a grpc-js client and a fixture worker: a batch is admitted whole
// or refused whole, a batch that fails drops its jobs still queued, and every text counts as a scan.
import assert from 'node:assert/strict';
import { create } from '@bufbuild/protobuf';
import * as grpc from '@grpc/grpc-js';
import { ScanBatchRequestSchema } from '../../gen/stronghold/v1/scan_pb.js';
import { createLogger } from '../../inference/logger.js';
import { startInferenceServer, type InferenceServer } from '../../inference/server.js';
import { expectStatus, TestGrpcClient } from '../helpers/grpc-client.js';

const fixture = new URL('../fixtures/rule-worker.ts', import.meta.url).href;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
// The failing batch's INTERNAL is logged as a server fault, as it should be; not in the test output.
const logger = createLogger('error');
logger.silent = true;

describe('ScanBatch admission, failure and metrics (fixture worker)', () => {
  let server: InferenceServer;
  let client: TestGrpcClient;
  // One worker with two one-job batches in flight; the next 8 jobs queue, the one after is refused.
  beforeEach(async () => {
    server = await startInferenceServer({
      port: 0, host: '127.0.0.1', logger, workerFilename: fixture,
      config: { workers: 1, microBatchSize: 1, maxQueuedJobs: 8, maxBatchRequests: 8 },
    });
    client = new TestGrpcClient(`127.0.0.1:${server.port}`);
  });
  afterEach(async () => {
    client.close();
    await server.close();
  });

  /**
   * Texts the worker has been handed, warm-up and the probe itself left out. The dispatcher is first
   * in, first out, so anything queued before the probe has been handed over by then.
   */
  async function seenTexts(): Promise<string[]> {
    const seen = JSON.parse((await client.scan({ text: 'SEEN?' })).sanitizedText) as string[];
    return seen.filter((t) => t !== 'warm-up' && t !== 'SEEN?');
  }

  it('refuses a batch the queue cannot take whole, scanning none of it; takes one that fits', async () => {
    const busy = [client.scan({ text: 'SLEEP:1000 busy1' }), client.scan({ text: 'SLEEP:1000 busy2' })];
    await pause(100);
    const queued = Array.from({ length: 6 }, (_, i) => client.scan({ text: `queued${i}` }));
    await pause(200);
    // 6 queued + 3 > 8: the old dispatcher queued the first two and refused the third.
    await expectStatus(client.scanBatch([{ text: 'refused0' }, { text: 'refused1' }, { text: 'refused2' }]), grpc.status.RESOURCE_EXHAUSTED);
    // 6 + 2 fills the queue exactly.
    const fits = client.scanBatch([{ id: 'a', text: 'admitted0' }, { id: 'b', text: 'admitted1' }]);
    const [outcome] = await Promise.allSettled([fits, ...busy, ...queued]);
    const seen = await seenTexts();
    assert.deepEqual(seen.filter((t) => t.startsWith('refused')), [], 'no text of the refused batch reached the worker');
    assert.equal(outcome.status, 'fulfilled', 'a batch that fits the queue is admitted');
    assert.deepEqual((await fits).responses.map((r) => r.id), ['a', 'b']);
    assert.deepEqual(seen.filter((t) => t.startsWith('admitted')), ['admitted0', 'admitted1']);
  });

  it('drops the jobs still queued when one of the batch fails', async () => {
    const tail = Array.from({ length: 6 }, (_, i) => ({ text: `tail${i}` }));
    await expectStatus(client.scanBatch([{ text: 'THROW' }, { text: 'SLEEP:300 slow' }, ...tail]), grpc.status.INTERNAL);
    // The slot THROW frees may take the next job before the failure reaches the handler; no more.
    const ran = (await seenTexts()).filter((t) => t.startsWith('tail'));
    assert.ok(ran.length <= 1, `ran ${ran.join(', ')}`);
  });

  it('drops the jobs still queued when the call\'s deadline passes', async () => {
    const batch = create(ScanBatchRequestSchema, {
      requests: [{ text: 'SLEEP:300 a' }, { text: 'SLEEP:300 b' }, { text: 'late0' }, { text: 'late1' }],
    });
    const call = new Promise((resolve, reject) => {
      const scanBatch = (client.scanClient as unknown as Record<string, (...args: unknown[]) => void>).scanBatch!;
      scanBatch.call(client.scanClient, batch, new grpc.Metadata(), { deadline: Date.now() + 100 }, (error: unknown, value: unknown) =>
        error ? reject(error) : resolve(value));
    });
    await expectStatus(call, grpc.status.DEADLINE_EXCEEDED);
    assert.deepEqual((await seenTexts()).filter((t) => t.startsWith('late')), []);
  });

  it('counts every text of a batch in stronghold_inference_scans_total', async () => {
    const counts = async () => {
      const metric = await server.metrics.registry.getSingleMetric('stronghold_inference_scans_total')!.get();
      const count = (decision: string) =>
        metric.values.find((v) => v.labels.mode === 'content' && v.labels.decision === decision)?.value ?? 0;
      return { allow: count('ALLOW'), block: count('BLOCK') };
    };
    const before = await counts();
    await client.scanBatch([{ text: 'fine' }, { text: 'BLOCKME' }, { text: 'ok' }]);
    const after = await counts();
    assert.deepEqual({ allow: after.allow - before.allow, block: after.block - before.block }, { allow: 2, block: 1 });
  });
});
