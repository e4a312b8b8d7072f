// The scan workers: runs a micro-batch on a worker thread of the pool (worker-pool.ts replaces a
// crashed thread) and retries a batch once if its worker died. A batch that runs past its time budget
// has its worker replaced; its texts are then scanned one by one, so only the text that cannot be
// scanned in time fails (DEADLINE_EXCEEDED) and the others it shared a batch with are answered.
import type { LayerSet, PolicyThresholds } from './config.js';
import { ScanError } from './scan-error.js';
import { textUnits, type ScanJob, type ScanResult } from './scan-types.js';
import type { ScanWorkerData } from './worker.js';
import { WorkerExitError, WorkerPool, WorkerTimeoutError } from './worker-pool.js';
import type { WarmUpReport } from './warm-up.js';

/** A worker's readiness detail, when it is a warm-up report (fixture workers send none). */
function isWarmUpReport(detail: unknown): detail is WarmUpReport {
  return typeof detail === 'object' && detail !== null && typeof (detail as WarmUpReport).scans === 'number' && typeof (detail as WarmUpReport).ms === 'number';
}

export interface ScanPoolOptions {
  workers: number;
  thresholds: PolicyThresholds;
  /** Which layers the workers load; every layer when unset. */
  layers?: LayerSet;
  /** Built-in scans each worker runs before it reports ready (warm-up.ts); none when unset. */
  warmUpScans?: number;
  /** Worker module; defaults to ./worker next to this file. Tests pass small fixture workers. */
  filename?: string;
  /** Called once if the workers cannot be started again (a replacement failed to load its layers). */
  onBroken?: (error: Error) => void;
  /** A batch's time budget, ms, plus as much again per MiB of text (InferenceConfig.batchTimeoutMs); none when unset. */
  batchTimeoutMs?: number;
  /** Called when a worker is replaced because a batch ran past its budget (never with the texts). */
  onTimeout?: (info: { texts: number; chars: number; budgetMs: number }) => void;
}

/** UTF-16 code units in a MiB of text, for the budget's per-MiB share (near enough for a budget). */
const MIB = 1024 * 1024;

// worker.ts next to this file: .js when compiled, .ts from sources (the pool thread registers tsx).
const defaultWorker = new URL(`./worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url).href;

/**
 * Batches a worker holds at once: one running and one already delivered, so the worker starts the
 * next batch without waiting for a round trip to the main thread.
 */
const BATCHES_PER_WORKER = 2;

export class ScanPool {
  readonly #pool: WorkerPool;
  readonly #batchTimeoutMs: number | undefined;
  readonly #onTimeout: ScanPoolOptions['onTimeout'];
  #closed = false;

  constructor(options: ScanPoolOptions) {
    this.#pool = new WorkerPool({
      filename: options.filename ?? defaultWorker,
      workers: options.workers,
      tasksPerWorker: BATCHES_PER_WORKER,
      data: { thresholds: options.thresholds, layers: options.layers ?? 'all', warmUpScans: options.warmUpScans ?? 0 } satisfies ScanWorkerData,
      onBroken: options.onBroken,
    });
    this.#batchTimeoutMs = options.batchTimeoutMs;
    this.#onTimeout = options.onTimeout;
  }

  /** Batches the pool can hold at once; the dispatcher keeps this many in flight. */
  get capacity(): number {
    return this.#pool.capacity;
  }

  get threads(): number {
    return this.#pool.threads;
  }

  /**
   * Waits for every worker to load its layers and run its warm-up, scans a probe on each, and returns
   * the version of the layers they serve with each worker's warm-up; rejects if a worker cannot start
   * (missing models, say).
   */
  async warmUp(): Promise<{ modelVersion: string; warmUps: WarmUpReport[] }> {
    const details = await this.#pool.started();
    const probe: ScanJob[] = [{ text: 'warm-up', mode: 'content', contentType: 'text' }];
    const results = await Promise.all(Array.from({ length: this.#pool.size }, () => this.run(probe)));
    const failed = results.flat().find((r) => r instanceof ScanError);
    if (failed) throw failed;
    const first = results[0]?.[0] as ScanResult | undefined;
    return { modelVersion: first?.modelVersion ?? 'unknown', warmUps: details.filter(isWarmUpReport) };
  }

  /**
   * Scans a batch: one result per job, or a ScanError in a job's place when that job alone could not be scanned in
   * time. Rejects with a ScanError when the whole batch fails.
   */
  async run(jobs: ScanJob[]): Promise<(ScanResult | ScanError)[]> {
    if (this.#closed) throw new ScanError('unavailable', 'scan pool is shut down');
    try {
      return await this.#runOnce(jobs);
    } catch (first) {
      if (this.#closed) throw new ScanError('unavailable', 'scan pool is shut down', { cause: first });
      if (first instanceof WorkerTimeoutError) return this.#afterTimeout(jobs, first);
      // A batch that threw would throw again; only a batch whose worker died gets one more try.
      if (!(first instanceof WorkerExitError) || this.#pool.broken) throw new ScanError('internal', 'scan worker failed', { cause: first });
      try {
        return await this.#runOnce(jobs);
      } catch (second) {
        if (second instanceof WorkerTimeoutError) return this.#afterTimeout(jobs, second);
        throw new ScanError('internal', 'scan worker failed', { cause: second });
      }
    }
  }

  #runOnce(jobs: ScanJob[]): Promise<ScanResult[]> {
    return this.#pool.run(jobs, this.#budget(jobs)) as Promise<ScanResult[]>;
  }

  #budget(jobs: readonly ScanJob[]): number | undefined {
    if (this.#batchTimeoutMs === undefined) return undefined;
    return Math.round(this.#batchTimeoutMs * (1 + textUnits(jobs) / MIB));
  }

  /** A batch ran out of time: a single text fails; a batch's texts are scanned again one by one. */
  async #afterTimeout(jobs: ScanJob[], error: WorkerTimeoutError): Promise<(ScanResult | ScanError)[]> {
    this.#onTimeout?.({ texts: jobs.length, chars: textUnits(jobs), budgetMs: error.budgetMs });
    if (jobs.length === 1) {
      return [new ScanError('deadline_exceeded', `the scan did not finish within the service's time budget (${error.budgetMs} ms); the text was not scanned`, { cause: error })];
    }
    return Promise.all(
      jobs.map(async (job) => {
        try {
          const [result] = await this.run([job]);
          return result!;
        } catch (e) {
          return e instanceof ScanError ? e : new ScanError('internal', 'scan worker failed', { cause: e });
        }
      }),
    );
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#pool.close();
  }
}

