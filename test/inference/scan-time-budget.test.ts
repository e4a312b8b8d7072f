// A scan that cannot finish (a worker stuck in a backtracking regular expression) over a real socket: the service answers
// it DEADLINE_EXCEEDED within its time budget, answers everything else, keeps serving, and logs the event by size only.
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import * as grpc from '@grpc/grpc-js';
import winston from 'winston';
import { Decision } from '../../gen/stronghold/v1/scan_pb.js';
import { createLogger } from '../../inference/logger.js';
import { startInferenceServer, type InferenceServer } from '../../inference/server.js';
import { expectStatus, TestGrpcClient } from '../helpers/grpc-client.js';

const fixture = new URL('../fixtures/rule-worker.ts', import.meta.url).href;

describe('scan time budget (fixture worker, real gRPC)', function () {
  this.timeout(30000);
  let server: InferenceServer;
  let client: TestGrpcClient;
  const lines: string[] = [];
  before(async () => {
    const logger = createLogger('warn', true);
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter((l) => l !== '')));
    logger.clear().add(new winston.transports.Stream({ stream }));
    server = await startInferenceServer({ port: 0, host: '127.0.0.1', logger, workerFilename: fixture, config: { workers: 1, batchTimeoutMs: 300 } });
    client = new TestGrpcClient(`127.0.0.1:${server.port}`);
  });
  after(async () => {
    client.close();
    await server.close();
  });

  it('answers the hanging text DEADLINE_EXCEEDED and the requests that shared its batch as usual', async () => {
    const secret = 'HANG';
    const [hung, clean, blocked] = await Promise.allSettled([
      client.scan({ id: 'hang', text: secret }),
      client.scan({ id: 'clean', text: 'a clean text' }),
      client.scan({ id: 'blocked', text: 'BLOCKME please' }),
    ]);
    assert.equal(hung.status, 'rejected');
    const err = await expectStatus(Promise.reject((hung as PromiseRejectedResult).reason as Error), grpc.status.DEADLINE_EXCEEDED);
    assert.match(err.details, /did not finish within the service's time budget \(300 ms\); the text was not scanned/);
    assert.equal(clean.status === 'fulfilled' && clean.value.decision, Decision.ALLOW);
    assert.equal(blocked.status === 'fulfilled' && blocked.value.decision, Decision.BLOCK);
    // Logged as an operator needs it (how much, what budget), with no text.
    const warnings = lines.map((l) => JSON.parse(l) as { level: string; message: string; texts?: number; budgetMs?: number });
    assert.ok(warnings.some((w) => w.level === 'warn' && /ran past its time budget/.test(w.message) && w.texts === 1 && w.budgetMs === 300), lines.join('\n'));
    assert.ok(!lines.some((l) => l.includes(secret) || l.includes('BLOCKME') || l.includes('clean text')), 'no text reaches the log');
  });

  it('keeps serving on the replacement worker, and a ScanBatch holding the text fails whole with the same status', async () => {
    assert.equal((await client.scan({ text: 'after the hang' })).decision, Decision.ALLOW);
    await expectStatus(client.scanBatch([{ text: 'one' }, { text: 'HANG' }]), grpc.status.DEADLINE_EXCEEDED);
    assert.equal((await client.scan({ text: 'BLOCKME again' })).decision, Decision.BLOCK);
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    assert.match(metrics, /stronghold_inference_errors_total\{code="DeadlineExceeded"\} 2/);
  });
});
