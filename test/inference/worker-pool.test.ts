// WorkerPool with real threads: placement, queueing beyond capacity, errors, crashes, close.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkerExitError, WorkerPool, WorkerTimeoutError } from '../../inference/worker-pool.js';

const echo = new URL('../fixtures/pool-echo-worker.ts', import.meta.url).href;
const broken = new URL('../fixtures/pool-broken-worker.ts', import.meta.url).href;
const onceLoading = new URL('../fixtures/once-loading-worker.ts', import.meta.url).href;
const slowLoading = new URL('../fixtures/slow-loading-worker.ts', import.meta.url).href;

interface Echo {
  value: unknown;
  thread: number;
  data: unknown;
  started?: number;
  concurrent?: number;
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 20));
  assert.ok(condition(), what);
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

  it("hands back what each thread reported when it was ready (the module's `ready` export)", async () => {
    pool = new WorkerPool({ filename: echo, workers: 3, tasksPerWorker: 1 });
    const details = (await pool.started()) as { thread: number }[];
    assert.equal(details.length, 3);
    assert.equal(new Set(details.map((d) => d.thread)).size, 3, 'one report per thread');
  });

  it('queues tasks beyond its capacity and starts them in order of arrival', async () => {
    const starts = new SharedArrayBuffer(8);
    pool = new WorkerPool({ filename: echo, workers: 1, tasksPerWorker: 1, data: { starts } });
    assert.equal(pool.capacity, 1);
    const values = Array.from({ length: 12 }, (_, i) => i);
    const results = (await Promise.all(values.map((value) => pool.run({ value, sleep: 2 })))) as Echo[];
    assert.deepEqual(results.map((r) => r.value), values);
    assert.deepEqual(results.map((r) => r.started), values, 'the n-th task submitted was the n-th to start');
  });

  it('keeps up to tasksPerWorker tasks on each thread and queues the rest', async () => {
    pool = new WorkerPool({ filename: echo, workers: 2, tasksPerWorker: 2, data: { starts: new SharedArrayBuffer(8) } });
    assert.equal(pool.capacity, 4);
    await pool.started();
    const results = (await Promise.all(Array.from({ length: 10 }, (_, value) => pool.run({ value, sleep: 150 })))) as Echo[];
    const concurrency = Math.max(...results.map((r) => r.concurrent ?? 0));
    assert.equal(concurrency, 4, 'four slots in use at once, never a fifth');
    const perThread = new Map<number, number>();
    for (const r of results) perThread.set(r.thread, (perThread.get(r.thread) ?? 0) + 1);
    assert.equal(perThread.size, 2);
    assert.ok([...perThread.values()].every((n) => n >= 2), 'each thread took its two slots at least');
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
    await until(() => pool.threads === 0, 'both threads are gone');
  });

  it('stops for good, and says so once, when a replacement thread cannot load its module', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stronghold-pool-'));
    const marker = join(dir, 'loads');
    process.env.STRONGHOLD_TEST_LOAD_MARKER = marker;
    try {
      const broken: Error[] = [];
      pool = new WorkerPool({ filename: onceLoading, workers: 1, tasksPerWorker: 1, onBroken: (e) => broken.push(e) });
      const job = (text: string) => [{ text, mode: 'content', contentType: 'text' }];
      assert.equal(((await pool.run(job('fine'))) as { decision: string }[])[0]?.decision, 'ALLOW');
      await assert.rejects(pool.run(job('CRASH')), WorkerExitError);
      await until(() => broken.length > 0, 'onBroken was called');
      await until(() => pool.threads === 0, 'no thread is left running');
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(readFileSync(marker, 'utf8').length, 2, 'no third attempt to load the module');
      assert.equal(broken.length, 1);
      assert.match(String(pool.broken?.message), /models not found/);
      await assert.rejects(pool.run(job('after')), /models not found/);
    } finally {
      delete process.env.STRONGHOLD_TEST_LOAD_MARKER;
      rmSync(dir, { recursive: true, force: true });
    }
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

  describe('time budgets', () => {
    it('terminates a thread stuck past a task\'s budget: that task times out, the one behind it fails as in a crash, a replacement runs the rest', async () => {
      const timeouts: number[] = [];
      pool = new WorkerPool({ filename: echo, workers: 1, tasksPerWorker: 2, onTimeout: (ms) => timeouts.push(ms) });
      const [first] = (await pool.started()) as { thread: number }[];
      const stuck = pool.run({ hang: true }, 200);
      const behind = pool.run({ value: 'behind' }, 200);
      const queued = pool.run({ value: 'queued' }, 200);
      await assert.rejects(stuck, (e: unknown) => e instanceof WorkerTimeoutError && e.budgetMs === 200 && /time budget of 200 ms/.test(e.message));
      await assert.rejects(behind, (e: unknown) => e instanceof WorkerExitError);
      const after = (await queued) as Echo;
      assert.equal(after.value, 'queued', 'the task queued beyond the stuck thread ran on its replacement');
      assert.notEqual(after.thread, first!.thread);
      assert.deepEqual(timeouts, [200]);
      assert.equal(pool.threads, 1);
    });

    it('counts a budget from when the thread last answered, not from when the task was sent', async () => {
      pool = new WorkerPool({ filename: echo, workers: 1, tasksPerWorker: 2 });
      await pool.started();
      // Each takes 600 ms of a 1,000 ms budget; the second answers 1,200 ms after it was sent, 600 ms after the first.
      const results = (await Promise.all([pool.run({ value: 1, block: 600 }, 1000), pool.run({ value: 2, block: 600 }, 1000)])) as Echo[];
      assert.deepEqual(results.map((r) => r.value), [1, 2]);
    });

    it('counts a budget from when the thread is ready: a task sent to a thread still loading is not timed out, and the pool stays whole', async () => {
      const timeouts: number[] = [];
      pool = new WorkerPool({ filename: slowLoading, workers: 1, tasksPerWorker: 1, data: { loadMs: 700 }, onTimeout: (ms) => timeouts.push(ms) });
      // Sent at once: it waits in the port for 700 ms of loading, more than its 200 ms budget.
      const result = (await pool.run({ value: 'waited' }, 200)) as Echo;
      assert.equal(result.value, 'waited');
      assert.deepEqual(timeouts, []);
      assert.equal(pool.broken, undefined);
    });

    it('never times out a task sent without a budget, even beside tasks with one', async () => {
      pool = new WorkerPool({ filename: echo, workers: 1, tasksPerWorker: 1 });
      await pool.started();
      assert.equal(((await pool.run({ value: 'budgeted' }, 50)) as Echo).value, 'budgeted');
      assert.equal(((await pool.run({ value: 'slow', sleep: 400 })) as Echo).value, 'slow');
    });

    it('refuses a budget that is not a positive number', async () => {
      pool = new WorkerPool({ filename: echo, workers: 1, tasksPerWorker: 1 });
      for (const bad of [0, -5, Number.NaN]) await assert.rejects(pool.run({ value: 1 }, bad), RangeError);
    });
  });
});
