// The scan workers: runs a micro-batch on a worker thread of the pool (worker-pool.ts replaces a
// crashed thread) and retries a batch once if its worker died.
import type { LayerSet, PolicyThresholds } from './config.js';
import { ScanError } from './scan-error.js';
import type { ScanJob, ScanResult } from './scan-types.js';
import type { ScanWorkerData } from './worker.js';
import { WorkerExitError, WorkerPool } from './worker-pool.js';
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
}

// worker.ts next to this file: .js when compiled, .ts from sources (the pool thread registers tsx).
const defaultWorker = new URL(`./worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url).href;

/**
 * Batches a worker holds at once: one running and one already delivered, so the worker starts the
 * next batch without waiting for a round trip to the main thread.
 */
const BATCHES_PER_WORKER = 2;

export class ScanPool {
  readonly #pool: WorkerPool;
  #closed = false;

  constructor(options: ScanPoolOptions) {
    this.#pool = new WorkerPool({
      filename: options.filename ?? defaultWorker,
      workers: options.workers,
      tasksPerWorker: BATCHES_PER_WORKER,
      data: { thresholds: options.thresholds, layers: options.layers ?? 'all', warmUpScans: options.warmUpScans ?? 0 } satisfies ScanWorkerData,
      onBroken: options.onBroken,
    });
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
    return { modelVersion: results[0]?.[0]?.modelVersion ?? 'unknown', warmUps: details.filter(isWarmUpReport) };
  }

  async run(jobs: ScanJob[]): Promise<ScanResult[]> {
    if (this.#closed) throw new ScanError('unavailable', 'scan pool is shut down');
    try {
      return (await this.#pool.run(jobs)) as ScanResult[];
    } catch (first) {
      if (this.#closed) throw new ScanError('unavailable', 'scan pool is shut down', { cause: first });
      // A batch that threw would throw again; only a batch whose worker died gets one more try.
      if (!(first instanceof WorkerExitError) || this.#pool.broken) throw new ScanError('internal', 'scan worker failed', { cause: first });
      try {
        return (await this.#pool.run(jobs)) as ScanResult[];
      } catch (second) {
        throw new ScanError('internal', 'scan worker failed', { cause: second });
      }
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#pool.close();
  }
}
