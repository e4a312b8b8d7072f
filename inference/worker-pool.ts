// A fixed pool of worker threads, each running one module's default export on the tasks it is sent.
// Small on purpose: the dispatcher already batches and bounds the work, so the pool only places a
// task on the least busy worker, queues it while every worker is full, and replaces a worker that
// dies. (It replaced piscina: per task, piscina stores a closure literal on its task object, which
// V8 allocates straight into the old generation, so every task's whole object graph, the caller's
// requests included, outlived the young-generation collections that should have freed it. That
// tripled the main thread's GC pauses; docs/BENCHMARKS.md, "Reading these figures".)
//
// Per-task code here never assigns a function literal to a property, for the same reason.
import { Worker } from 'node:worker_threads';

export interface WorkerPoolOptions {
  /** Module whose default export handles one task (it may return a promise). */
  filename: string;
  workers: number;
  /** Tasks a worker holds at once; more than one lets it start the next without a round trip. */
  tasksPerWorker: number;
  /** Handed to the module as `workerData.data` (structured-cloned). */
  data?: unknown;
  /** Called once if the pool stops for good: a thread died before it could load its module. */
  onBroken?: (error: Error) => void;
}

/** Messages from a pool thread (pool-worker.ts). */
export type FromWorker = { ready: true; detail?: unknown } | { id: number; result: unknown } | { id: number; error: unknown };

/** What a pool thread is started with. */
export interface PoolThreadData {
  filename: string;
  data: unknown;
}

/** A task's failure because its worker thread stopped (crashed, exited or was terminated). */
export class WorkerExitError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'WorkerExitError';
  }
}

interface Task {
  readonly id: number;
  readonly payload: unknown;
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: unknown) => void;
}

// From sources (tests, `npm start`) the thread registers tsx before loading the module; compiled
// builds load the compiled host directly.
const fromSource = import.meta.url.endsWith('.ts');
const HOST = new URL(fromSource ? './pool-worker-source.mjs' : './pool-worker.js', import.meta.url);

/**
 * A worker's tasks in flight, in a fixed array. Not a Map: a Map that lives long and sees an entry
 * added and deleted per task reallocates its hash table every few tasks, and each table it drops in
 * the old generation still points at the tasks it held, keeping their requests alive through the
 * young-generation collections (docs/ARCHITECTURE.md, "No long-lived Map with an entry per request").
 */
class TaskSlots {
  readonly #slots: (Task | undefined)[];
  #count = 0;

  constructor(capacity: number) {
    this.#slots = new Array<Task | undefined>(capacity).fill(undefined);
  }

  get size(): number {
    return this.#count;
  }

  add(task: Task): void {
    const at = this.#slots.indexOf(undefined);
    if (at < 0) throw new Error('no free task slot on this worker');
    this.#slots[at] = task;
    this.#count++;
  }

  /** Removes and returns the task with this id, if it is here. */
  take(id: number): Task | undefined {
    for (let i = 0; i < this.#slots.length; i++) {
      const task = this.#slots[i];
      if (task?.id !== id) continue;
      this.#slots[i] = undefined;
      this.#count--;
      return task;
    }
    return undefined;
  }

  /** Removes and returns every task. */
  takeAll(): Task[] {
    const all = this.#slots.filter((t): t is Task => t !== undefined);
    this.#slots.fill(undefined);
    this.#count = 0;
    return all;
  }
}

class PoolThread {
  readonly worker: Worker;
  readonly tasks: TaskSlots;
  ready = false;
  /** What the module reported when it was ready (its `ready` export). */
  detail: unknown;
  /** Resolves when the thread has loaded its module; rejects if it stops before. */
  readonly started: Promise<void>;

  constructor(options: WorkerPoolOptions, onMessage: (thread: PoolThread, message: FromWorker) => void, onExit: (thread: PoolThread, error: Error) => void) {
    this.tasks = new TaskSlots(options.tasksPerWorker);
    const workerData: PoolThreadData = { filename: options.filename, data: options.data };
    this.worker = new Worker(HOST, { workerData });
    let markStarted!: () => void;
    let failStart!: (error: Error) => void;
    this.started = new Promise<void>((resolve, reject) => {
      markStarted = resolve;
      failStart = reject;
    });
    // Whoever awaits `started` sees a failed start; nobody awaiting it is not an unhandled rejection.
    this.started.catch(() => undefined);
    let failure: Error | undefined;
    const handleMessage = (message: FromWorker) => {
      if ('ready' in message) {
        this.ready = true;
        this.detail = message.detail;
        markStarted();
      } else {
        onMessage(this, message);
      }
    };
    const handleError = (error: Error) => {
      failure ??= error;
    };
    // A reply that cannot be deserialised would leave its task waiting forever: the thread is
    // treated as failed, so its tasks reject and a replacement starts.
    const handleMessageError = (error: Error) => {
      failure ??= error;
      void this.worker.terminate();
    };
    const handleExit = (code: number) => {
      const error = new WorkerExitError(failure ? `worker thread failed: ${failure.message}` : `worker thread exited with code ${code}`, { cause: failure });
      failStart(error);
      onExit(this, error);
    };
    this.worker.on('message', handleMessage);
    this.worker.on('error', handleError);
    this.worker.on('messageerror', handleMessageError);
    this.worker.on('exit', handleExit);
  }
}

export class WorkerPool {
  readonly #options: WorkerPoolOptions;
  readonly #threads: PoolThread[] = [];
  /** Tasks waiting for room on a worker, oldest first. */
  #queue: Task[] = [];
  #nextId = 1;
  #closed = false;
  /** Why the pool cannot work: a worker that failed before it could load its module. */
  #broken: Error | undefined;

  constructor(options: WorkerPoolOptions) {
    if (!Number.isInteger(options.workers) || options.workers < 1) throw new RangeError('workers must be a positive integer');
    if (!Number.isInteger(options.tasksPerWorker) || options.tasksPerWorker < 1) throw new RangeError('tasksPerWorker must be a positive integer');
    this.#options = options;
    for (let i = 0; i < options.workers; i++) this.#spawn();
  }

  get size(): number {
    return this.#options.workers;
  }

  /** Tasks the pool runs at once. */
  get capacity(): number {
    return this.#options.workers * this.#options.tasksPerWorker;
  }

  /** Live threads (a crashed one counts again once its replacement is started). */
  get threads(): number {
    return this.#threads.length;
  }

  /** Why the pool stopped for good, if it did. */
  get broken(): Error | undefined {
    return this.#broken;
  }

  /**
   * Resolves when every thread has loaded its module, with what each reported when it was ready;
   * rejects with the first that failed to.
   */
  async started(): Promise<unknown[]> {
    const threads = [...this.#threads];
    await Promise.all(threads.map((t) => t.started));
    return threads.map((t) => t.detail);
  }

  run(payload: unknown): Promise<unknown> {
    if (this.#closed) return Promise.reject(new WorkerExitError('the worker pool is closed'));
    if (this.#broken) return Promise.reject(this.#broken);
    return new Promise((resolve, reject) => {
      const task: Task = { id: this.#nextId++, payload, resolve, reject };
      const thread = this.#leastBusy();
      if (thread) this.#post(thread, task);
      else this.#queue.push(task);
    });
  }

  /** Stops every thread; running and queued tasks reject. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    const error = new WorkerExitError('the worker pool is closed');
    for (const task of this.#queue) task.reject(error);
    this.#queue = [];
    await Promise.all(this.#threads.map((t) => t.worker.terminate()));
  }

  #spawn(): void {
    this.#threads.push(new PoolThread(this.#options, (t, m) => this.#onMessage(t, m), (t, e) => this.#onExit(t, e)));
  }

  #leastBusy(): PoolThread | undefined {
    let best: PoolThread | undefined;
    for (const thread of this.#threads) {
      if (thread.tasks.size >= this.#options.tasksPerWorker) continue;
      if (!best || thread.tasks.size < best.tasks.size) best = thread;
    }
    return best;
  }

  #post(thread: PoolThread, task: Task): void {
    thread.tasks.add(task);
    try {
      thread.worker.postMessage({ id: task.id, task: task.payload });
    } catch (error) {
      // Not structured-cloneable: the caller's mistake, not the worker's.
      thread.tasks.take(task.id);
      task.reject(error);
    }
  }

  #onMessage(thread: PoolThread, message: FromWorker): void {
    if (!('id' in message)) return;
    const task = thread.tasks.take(message.id);
    if (!task) return;
    if ('error' in message) task.reject(message.error);
    else task.resolve(message.result);
    this.#drain(thread);
  }

  #onExit(thread: PoolThread, error: WorkerExitError): void {
    const at = this.#threads.indexOf(thread);
    if (at >= 0) this.#threads.splice(at, 1);
    for (const task of thread.tasks.takeAll()) task.reject(error);
    if (this.#closed || this.#broken) return;
    if (!thread.ready) {
      // The module could not even load: a replacement would fail the same way, so the pool stops
      // (a respawn loop would reload the models forever) and says so.
      this.#broken = error;
      for (const task of this.#queue) task.reject(error);
      this.#queue = [];
      for (const other of this.#threads) void other.worker.terminate();
      this.#options.onBroken?.(error);
      return;
    }
    this.#spawn();
    // Queued work goes to the replacement at once: its messages wait in the port until it has loaded.
    this.#drain(this.#threads[this.#threads.length - 1]!);
  }

  #drain(thread: PoolThread): void {
    while (this.#queue.length > 0 && thread.tasks.size < this.#options.tasksPerWorker) this.#post(thread, this.#queue.shift()!);
  }
}
