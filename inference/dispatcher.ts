// Queues scan jobs and hands them to the worker pool in micro-batches: requests that arrive while
// the workers are busy ride together in the next batch. The queue is bounded; a full queue refuses
// at once (resource_exhausted) rather than letting latency grow without limit.
import type { Cancellation } from './cancellation.js';
import { ScanError } from './scan-error.js';
import type { ScanJob, ScanResult } from './scan-types.js';

export interface BatchRunner {
  /** One result per job; an Error in a job's place fails that job alone (one that ran out of time, say). */
  run(jobs: ScanJob[]): Promise<(ScanResult | Error)[]>;
}

export interface DispatcherOptions {
  /** Most jobs per micro-batch. */
  batchSize: number;
  /** How long a partial batch may wait for company, ms; 0 = until the end of this event-loop turn. */
  batchWaitMs: number;
  /** Queued (not yet running) jobs beyond which submit refuses. */
  maxQueued: number;
  /** Batches running at once; one per worker keeps every worker busy without over-committing. */
  maxInFlight: number;
}

interface Pending {
  job: ScanJob;
  resolve: (result: ScanResult) => void;
  reject: (error: unknown) => void;
  cancel: Cancellation | undefined;
  onAbort: (() => void) | undefined;
  settled: boolean;
}

export class Dispatcher {
  readonly #runner: BatchRunner;
  readonly #options: DispatcherOptions;
  #queue: Pending[] = [];
  #queued = 0;
  #inFlight = 0;
  #timer: NodeJS.Timeout | NodeJS.Immediate | undefined;
  #stopped = false;

  constructor(runner: BatchRunner, options: DispatcherOptions) {
    this.#runner = runner;
    this.#options = options;
  }

  /** Jobs waiting for a worker. */
  get queued(): number {
    return this.#queued;
  }

  get inFlight(): number {
    return this.#inFlight;
  }

  /** Queues a job; `cancel` (an AbortSignal, say) drops it while it waits and rejects its promise. */
  submit(job: ScanJob, cancel?: Cancellation): Promise<ScanResult> {
    const refusal = this.#refusal(1, cancel);
    return refusal ? Promise.reject(refusal) : this.#enqueue(job, cancel);
  }

  /**
   * Queues every job or none: a queue without room for them all refuses the lot, so an overloaded
   * scanner never runs part of a batch whose caller has already been told it failed.
   */
  submitAll(jobs: readonly ScanJob[], cancel?: Cancellation): Promise<ScanResult[]> {
    const refusal = this.#refusal(jobs.length, cancel);
    return refusal ? Promise.reject(refusal) : Promise.all(jobs.map((job) => this.#enqueue(job, cancel)));
  }

  #refusal(count: number, cancel: Cancellation | undefined): unknown {
    if (this.#stopped) return new ScanError('unavailable', 'the scanner is shutting down');
    if (cancel?.aborted) return abortError(cancel);
    if (this.#queued + count > this.#options.maxQueued) {
      return new ScanError('resource_exhausted', 'the scanner is overloaded; retry with backoff');
    }
    return undefined;
  }

  #enqueue(job: ScanJob, cancel: Cancellation | undefined): Promise<ScanResult> {
    return new Promise<ScanResult>((resolve, reject) => {
      const pending: Pending = { job, resolve, reject, cancel, onAbort: undefined, settled: false };
      if (cancel) {
        // A local first, then the property: V8 allocates a function literal assigned straight to a
        // property in the old generation, and this one would then keep every request it can reach
        // alive through the young-generation collections (docs/ARCHITECTURE.md, "Garbage on the event loop").
        const onAbort = () => {
          // Still queued: drop it now. Already running: the batch finishes and the result is ignored.
          cancel.removeEventListener('abort', onAbort);
          if (pending.settled) return;
          pending.settled = true;
          if (this.#queue.includes(pending)) this.#queued--;
          reject(abortError(cancel));
        };
        pending.onAbort = onAbort;
        cancel.addEventListener('abort', onAbort);
      }
      this.#queue.push(pending);
      this.#queued++;
      this.#schedule();
    });
  }

  /** Refuses new work; queued jobs are rejected, running batches finish. */
  stop(): void {
    this.#stopped = true;
    this.#clearTimer();
    for (const pending of this.#queue) this.#fail(pending, new ScanError('unavailable', 'the scanner is shutting down'));
    this.#queue = [];
    this.#queued = 0;
  }

  #schedule(): void {
    if (this.#inFlight >= this.#options.maxInFlight) return; // a finishing batch reschedules
    if (this.#queued >= this.#options.batchSize) {
      this.#clearTimer();
      this.#flush();
      return;
    }
    if (this.#timer) return;
    this.#timer =
      this.#options.batchWaitMs > 0
        ? setTimeout(() => this.#onTimer(), this.#options.batchWaitMs)
        : setImmediate(() => this.#onTimer());
  }

  #onTimer(): void {
    this.#timer = undefined;
    this.#flush();
  }

  #clearTimer(): void {
    if (!this.#timer) return;
    clearTimeout(this.#timer as NodeJS.Timeout);
    clearImmediate(this.#timer as NodeJS.Immediate);
    this.#timer = undefined;
  }

  #flush(): void {
    while (this.#inFlight < this.#options.maxInFlight && this.#queue.length > 0) {
      // A burst is shared out over the free slots rather than handed to one worker whole: latency
      // is the largest batch's, and under sustained load the queue fills every slot's batch anyway.
      const share = Math.ceil(this.#queued / (this.#options.maxInFlight - this.#inFlight));
      const batch = this.#take(Math.min(this.#options.batchSize, Math.max(1, share)));
      if (batch.length === 0) break;
      this.#inFlight++;
      this.#runner
        .run(batch.map((p) => p.job))
        .then(
          (results) => batch.forEach((p, i) => this.#succeed(p, results[i])),
          (error: unknown) => batch.forEach((p) => this.#fail(p, error)),
        )
        .finally(() => {
          this.#inFlight--;
          if (this.#queue.length > 0) this.#schedule();
        });
    }
  }

  #take(limit: number): Pending[] {
    const batch: Pending[] = [];
    let taken = 0;
    while (taken < this.#queue.length && batch.length < limit) {
      const pending = this.#queue[taken++]!;
      if (pending.settled) continue; // cancelled while queued; already counted out
      batch.push(pending);
      this.#queued--;
    }
    this.#queue = taken === this.#queue.length ? [] : this.#queue.slice(taken);
    return batch;
  }

  #succeed(pending: Pending, result: ScanResult | Error | undefined): void {
    if (pending.settled) return;
    pending.settled = true;
    this.#detach(pending);
    if (result instanceof Error) pending.reject(result);
    else if (result) pending.resolve(result);
    else pending.reject(new ScanError('internal', 'worker returned too few results'));
  }

  #fail(pending: Pending, error: unknown): void {
    if (pending.settled) return;
    pending.settled = true;
    this.#detach(pending);
    pending.reject(error);
  }

  #detach(pending: Pending): void {
    if (pending.cancel && pending.onAbort) pending.cancel.removeEventListener('abort', pending.onAbort);
  }
}

function abortError(cancel: Cancellation): unknown {
  const reason: unknown = cancel.reason;
  return reason instanceof Error ? reason : new ScanError('cancelled', 'the request was cancelled');
}
