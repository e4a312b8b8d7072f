// Dispatcher tests with a runner that records the batches it receives (in memory, no threads).
import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { Dispatcher, type BatchRunner } from '../../inference/dispatcher.js';
import { ScanError } from '../../inference/scan-error.js';
import type { ScanJob, ScanResult } from '../../inference/scan-types.js';

class RecordingRunner implements BatchRunner {
  batches: string[][] = [];
  gate: Promise<void> = Promise.resolve();
  fail: unknown;
  async run(jobs: ScanJob[]): Promise<ScanResult[]> {
    this.batches.push(jobs.map((j) => j.text));
    await this.gate;
    if (this.fail) throw this.fail;
    return jobs.map((j) => ({
      decision: 'ALLOW', score: 0, scores: { heuristic: 0, ml_confidence: 0, semantic: 0, credential: 0 },
      reason: j.text, recommendedAction: '', findings: [], sanitizedText: j.text, modelVersion: 't',
    }));
  }
}

const job = (text: string): ScanJob => ({ text, mode: 'content', contentType: 'text' });
const options = { batchSize: 4, batchWaitMs: 0, maxQueued: 8, maxInFlight: 1 };

describe('Dispatcher', () => {
  it('coalesces requests of one event-loop turn into micro-batches of bounded size', async () => {
    const runner = new RecordingRunner();
    const dispatcher = new Dispatcher(runner, options);
    const results = await Promise.all(['a', 'b', 'c', 'd', 'e', 'f'].map((t) => dispatcher.submit(job(t))));
    assert.deepEqual(results.map((r) => r.reason), ['a', 'b', 'c', 'd', 'e', 'f']);
    assert.deepEqual(runner.batches, [['a', 'b', 'c', 'd'], ['e', 'f']]);
  });

  it('shares a burst out over the free batch slots instead of sending one big batch', async () => {
    const runner = new RecordingRunner();
    const dispatcher = new Dispatcher(runner, { batchSize: 32, batchWaitMs: 0, maxQueued: 64, maxInFlight: 4 });
    const texts = Array.from({ length: 10 }, (_, i) => `t${i}`);
    await Promise.all(texts.map((t) => dispatcher.submit(job(t))));
    assert.deepEqual(runner.batches.map((b) => b.length), [3, 3, 2, 2]);
    assert.deepEqual(runner.batches.flat(), texts, 'in order of arrival');
  });

  it('refuses with resource_exhausted once the queue is full, and recovers', async () => {
    const runner = new RecordingRunner();
    let open!: () => void;
    runner.gate = new Promise((r) => (open = r));
    const dispatcher = new Dispatcher(runner, options);
    const accepted = Array.from({ length: 12 }, (_, i) => dispatcher.submit(job(`t${i}`)));
    // 4 went to the (blocked) worker, 8 wait in the queue; the 13th is refused at once.
    await new Promise((r) => setImmediate(r));
    await assert.rejects(dispatcher.submit(job('late')), (e: unknown) => e instanceof ScanError && e.code === 'resource_exhausted');
    open();
    assert.equal((await Promise.all(accepted)).length, 12);
    assert.equal((await dispatcher.submit(job('after'))).reason, 'after');
  });

  it('drops a queued job whose signal aborts, without running it', async () => {
    const runner = new RecordingRunner();
    let open!: () => void;
    runner.gate = new Promise((r) => (open = r));
    const dispatcher = new Dispatcher(runner, { ...options, batchSize: 1 });
    const first = dispatcher.submit(job('first'));
    await new Promise((r) => setImmediate(r));
    const controller = new AbortController();
    const second = dispatcher.submit(job('second'), controller.signal);
    controller.abort(new ScanError('deadline_exceeded', 'deadline'));
    await assert.rejects(second, (e: unknown) => e instanceof ScanError && e.code === 'deadline_exceeded');
    assert.equal(dispatcher.queued, 0);
    // Queued behind the dropped job: once it has run, every flush that could have run the dropped one has.
    const third = dispatcher.submit(job('third'));
    open();
    await Promise.all([first, third]);
    assert.deepEqual(runner.batches, [['first'], ['third']]);
  });

  it('submitAll queues every job or none', async () => {
    const runner = new RecordingRunner();
    let open!: () => void;
    runner.gate = new Promise((r) => (open = r));
    const dispatcher = new Dispatcher(runner, options);
    const running = dispatcher.submitAll(['r0', 'r1', 'r2', 'r3'].map(job));
    await new Promise((r) => setImmediate(r));
    const queued = dispatcher.submitAll(['q0', 'q1', 'q2', 'q3', 'q4', 'q5'].map(job));
    // 6 of 8 places taken: three more do not fit, and none of the three is queued.
    await assert.rejects(dispatcher.submitAll(['x0', 'x1', 'x2'].map(job)), (e: unknown) => e instanceof ScanError && e.code === 'resource_exhausted');
    assert.equal(dispatcher.queued, 6);
    const fits = dispatcher.submitAll(['f0', 'f1'].map(job));
    open();
    const results = await Promise.all([running, queued, fits]);
    assert.deepEqual(results.map((batch) => batch.map((r) => r.reason)), [['r0', 'r1', 'r2', 'r3'], ['q0', 'q1', 'q2', 'q3', 'q4', 'q5'], ['f0', 'f1']]);
    assert.ok(!runner.batches.flat().some((t) => t.startsWith('x')));
  });

  it('leaves no listener on the caller signal once a job settles or is dropped', async () => {
    const runner = new RecordingRunner();
    let open!: () => void;
    runner.gate = new Promise((r) => (open = r));
    const dispatcher = new Dispatcher(runner, { ...options, batchSize: 1 });
    const done = new AbortController();
    const first = dispatcher.submit(job('first'), done.signal);
    await new Promise((r) => setImmediate(r));
    const dropped = new AbortController();
    const second = dispatcher.submit(job('second'), dropped.signal);
    assert.equal(getEventListeners(dropped.signal, 'abort').length, 1);
    dropped.abort(new ScanError('cancelled', 'gone'));
    await assert.rejects(second);
    assert.equal(getEventListeners(dropped.signal, 'abort').length, 0, 'a dropped job stops listening');
    open();
    await first;
    assert.equal(getEventListeners(done.signal, 'abort').length, 0, 'a finished job stops listening');
  });

  it('fails every job of a batch whose run fails, then keeps serving', async () => {
    const runner = new RecordingRunner();
    runner.fail = new ScanError('internal', 'boom');
    const dispatcher = new Dispatcher(runner, options);
    const outcomes = await Promise.allSettled([dispatcher.submit(job('x')), dispatcher.submit(job('y'))]);
    assert.deepEqual(outcomes.map((o) => o.status), ['rejected', 'rejected']);
    runner.fail = undefined;
    assert.equal((await dispatcher.submit(job('z'))).reason, 'z');
  });

  it('stop() rejects queued work with unavailable and refuses new work', async () => {
    const runner = new RecordingRunner();
    let open!: () => void;
    runner.gate = new Promise((r) => (open = r));
    const dispatcher = new Dispatcher(runner, { ...options, batchSize: 1 });
    const running = dispatcher.submit(job('running'));
    await new Promise((r) => setImmediate(r));
    const queued = dispatcher.submit(job('queued'));
    dispatcher.stop();
    await assert.rejects(queued, (e: unknown) => e instanceof ScanError && e.code === 'unavailable');
    await assert.rejects(dispatcher.submit(job('new')), (e: unknown) => e instanceof ScanError && e.code === 'unavailable');
    open();
    assert.equal((await running).reason, 'running');
  });
});
