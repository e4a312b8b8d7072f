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
  /**
   * Called when a thread is terminated because a task ran past its time budget (run's `budgetMs`); the task rejects with
   * WorkerTimeoutError and a replacement thread starts.
   */
  onTimeout?: (budgetMs: number) => void;
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

/**
 * A task's failure because it ran past its time budget: its thread was terminated (a module stuck in a loop or a
 * backtracking regular expression would otherwise hold the thread for ever). Not retried as it was: it would run out of
 * time again.
 */
export class WorkerTimeoutError extends Error {
  constructor(readonly budgetMs: number) {
    super(`the task ran past its time budget of ${budgetMs} ms; its worker thread was replaced`);
    this.name = 'WorkerTimeoutError';
  }
}

interface Task {
  readonly id: number;
  readonly payload: unknown;
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: unknown) => void;
  /** How long the task may keep its thread from answering; Infinity without a budget. */
  readonly budgetMs: number;
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

  /** The task sent first among those held: a thread works through its tasks in the order it gets them. */
  oldest(): Task | undefined {
    let oldest: Task | undefined;
    for (const task of this.#slots) if (task !== undefined && (oldest === undefined || task.id < oldest.id)) oldest = task;
    return oldest;
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
  /** When the thread last answered a task, or was handed one while it held none (performance.now()). */
  lastProgress = 0;
  /** Terminated for a task past its budget: its other tasks wait for the exit, not for a check of their own. */
  timedOut = false;
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
        // Tasks handed to a thread still loading wait in its port: their budgets count from here.
        this.lastProgress = performance.now();
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
  /** Checks for tasks past their budget once a task has had one. */
  #watchdog: NodeJS.Timeout | undefined;
  #watchPeriod = Infinity;

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

  /**
   * Runs one task. With `budgetMs`, a thread that holds it as its oldest task and answers nothing for that long is
   * terminated: the task rejects with WorkerTimeoutError, the thread's other tasks with WorkerExitError, and a
   * replacement starts.
   */
  run(payload: unknown, budgetMs?: number): Promise<unknown> {
    if (this.#closed) return Promise.reject(new WorkerExitError('the worker pool is closed'));
    if (this.#broken) return Promise.reject(this.#broken);
    if (budgetMs !== undefined && !(budgetMs > 0)) return Promise.reject(new RangeError('budgetMs must be positive'));
    return new Promise((resolve, reject) => {
      const task: Task = { id: this.#nextId++, payload, resolve, reject, budgetMs: budgetMs ?? Infinity };
      if (budgetMs !== undefined) this.#watch(budgetMs);
      const thread = this.#leastBusy();
      if (thread) this.#post(thread, task);
      else this.#queue.push(task);
    });
  }

  /** Stops every thread; running and queued tasks reject. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    clearInterval(this.#watchdog);
    this.#watchdog = undefined;
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
      // A thread being terminated for a task past its budget takes nothing more: its replacement will.
      if (thread.timedOut || thread.tasks.size >= this.#options.tasksPerWorker) continue;
      if (!best || thread.tasks.size < best.tasks.size) best = thread;
    }
    return best;
  }

  #post(thread: PoolThread, task: Task): void {
    if (thread.tasks.size === 0) thread.lastProgress = performance.now();
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
    thread.lastProgress = performance.now();
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

  /**
   * Keeps the watchdog running from the first task with a budget until the pool closes, checking a few times per shortest
   * budget seen (at most every second): a late termination costs that much of a thread, a check costs a glance at each
   * thread. No per-task timer or closure: the tasks stay plain objects (see the file's head).
   */
  #watch(budgetMs: number): void {
    const period = Math.max(10, Math.min(1000, Math.floor(budgetMs / 4)));
    if (this.#watchdog !== undefined && period >= this.#watchPeriod) return;
    clearInterval(this.#watchdog);
    this.#watchPeriod = period;
    this.#watchdog = setInterval(() => this.#checkBudgets(), period);
    this.#watchdog.unref();
  }

  #checkBudgets(): void {
    const now = performance.now();
    for (const thread of this.#threads) {
      const oldest = thread.tasks.oldest();
      // A thread still loading its module is not judged: its tasks have not started, and terminating it before it is ready
      // would stop the pool for good (#onExit).
      if (!thread.ready || thread.timedOut || oldest === undefined || now - thread.lastProgress <= oldest.budgetMs) continue;
      thread.timedOut = true;
      // The oldest task is the one the thread is stuck on: it alone times out; the others were only waiting behind it
      // and fail as a crash's tasks do (retryable).
      thread.tasks.take(oldest.id);
      oldest.reject(new WorkerTimeoutError(oldest.budgetMs));
      this.#options.onTimeout?.(oldest.budgetMs);
      void thread.worker.terminate();
    }
  }

  #drain(thread: PoolThread): void {
    while (this.#queue.length > 0 && thread.tasks.size < this.#options.tasksPerWorker) this.#post(thread, this.#queue.shift()!);
  }
}
