// WorkerPool with real threads: placement, queueing beyond capacity, errors, crashes, close.
import assert from 'node:assert/strict';
import { WorkerExitError, WorkerPool } from '../../inference/worker-pool.js';

const echo = new URL('../fixtures/pool-echo-worker.ts', import.meta.url).href;
const broken = new URL('../fixtures/pool-broken-worker.ts', import.meta.url).href;

interface Echo {
  value: unknown;
  thread: number;
  data: unknown;
}

describe('WorkerPool (real threads)', function () {
  this.timeout(30000);
  let pool: WorkerPool;
  afterEach(() => pool?.close());

  it('runs tasks on its threads, spreading them, and hands the module its data', async () => {
    pool = new WorkerPool({ filename: echo, workers: 2, tasksPerWorker: 1, data: { answer: 42 } });
    await pool.started();
    const results = (await Promise.all([1, 2].map((value) => pool.run({ value, sleep: 50 })))) as Echo[];
    assert.deepEqual(results.map((r) => r.value), [1, 2]);
    assert.notEqual(results[0]!.thread, results[1]!.thread, 'two concurrent tasks ran on two threads');
    assert.deepEqual(results[0]!.data, { answer: 42 });
  });

  it('queues tasks beyond its capacity and runs them all in order of arrival', async () => {
    pool = new WorkerPool({ filename: echo, workers: 2, tasksPerWorker: 2 });
    assert.equal(pool.capacity, 4);
    const values = Array.from({ length: 20 }, (_, i) => i);
    const results = (await Promise.all(values.map((value) => pool.run({ value, sleep: 5 })))) as Echo[];
    assert.deepEqual(results.map((r) => r.value), values);
  });

  it('rejects a task whose handler throws, with its message, and keeps the thread', async () => {
    pool = new WorkerPool({ filename: echo, workers: 1, tasksPerWorker: 1 });
    const before = (await pool.run({ value: 'a' })) as Echo;
    await assert.rejects(pool.run({ throw: 'bad input' }), /bad input/);
    const after = (await pool.run({ value: 'b' })) as Echo;
    assert.equal(after.thread, before.thread);
  });

  it('settles a task whose result cannot be sent back, with an error', async () => {
    pool = new WorkerPool({ filename: echo, workers: 1, tasksPerWorker: 1 });
    await assert.rejects(pool.run({ unclonable: true }), /cannot be sent/);
    assert.equal(((await pool.run({ value: 1 })) as Echo).value, 1);
  });

  it('rejects the tasks of a thread that dies, replaces it and runs queued work on the replacement', async () => {
    pool = new WorkerPool({ filename: echo, workers: 1, tasksPerWorker: 1 });
    const first = (await pool.run({ value: 'first' })) as Echo;
    const crashed = assert.rejects(pool.run({ crash: true }), (e: unknown) => e instanceof WorkerExitError && /code 7/.test(e.message));
    const queued = pool.run({ value: 'queued' });
    await crashed;
    const next = (await queued) as Echo;
    assert.equal(next.value, 'queued');
    assert.notEqual(next.thread, first.thread);
    assert.equal(pool.threads, 1);
  });

  it('reports a module that cannot load from started() and every run, without respawning', async () => {
    pool = new WorkerPool({ filename: broken, workers: 2, tasksPerWorker: 1 });
    const queued = assert.rejects(pool.run({ value: 1 }), WorkerExitError);
    await assert.rejects(pool.started(), /models not found/);
    await queued;
    await assert.rejects(pool.run({ value: 2 }), /models not found/);
    for (let i = 0; i < 100 && pool.threads > 0; i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(pool.threads, 0, 'the other thread is stopped too');
  });

  it('close() rejects queued and running tasks and refuses new ones', async () => {
    pool = new WorkerPool({ filename: echo, workers: 1, tasksPerWorker: 1 });
    await pool.started();
    const running = assert.rejects(pool.run({ sleep: 2000 }), WorkerExitError);
    const queued = assert.rejects(pool.run({ value: 'never' }), WorkerExitError);
    await pool.close();
    await Promise.all([running, queued]);
    await assert.rejects(pool.run({ value: 1 }), /closed/);
  });

  it('refuses a bad size', () => {
    assert.throws(() => new WorkerPool({ filename: echo, workers: 0, tasksPerWorker: 1 }), RangeError);
    assert.throws(() => new WorkerPool({ filename: echo, workers: 1, tasksPerWorker: 1.5 }), RangeError);
  });
});
