// The worker-thread pool as a facade: the only module that imports piscina. Runs a micro-batch on
// a worker, replaces crashed workers (piscina does) and retries a batch once if its worker died.
import { Piscina } from 'piscina';
import type { LayerSet, PolicyThresholds } from './config.js';
import { ScanError } from './scan-error.js';
import type { ScanJob, ScanResult } from './scan-types.js';
import type { ScanWorkerData } from './worker.js';

export interface ScanPoolOptions {
  workers: number;
  thresholds: PolicyThresholds;
  /** Which layers the workers load; every layer when unset. */
  layers?: LayerSet;
  /** Worker module; defaults to ./worker next to this file. Tests pass small fixture workers. */
  filename?: string;
}

// Compiled (.js): load worker.js. From sources under tsx: a small entry that registers tsx in the
// worker thread first (inheriting the loader through execArgv proved unreliable).
const fromSource = import.meta.url.endsWith('.ts');
const defaultWorker = new URL(fromSource ? './worker-source.mjs' : './worker.js', import.meta.url).href;

/**
 * Batches a worker holds at once: one running and one already delivered, so the worker starts the
 * next batch without waiting for a round trip to the main thread.
 */
const BATCHES_PER_WORKER = 2;

export class ScanPool {
  readonly #piscina: Piscina<ScanJob[], ScanResult[]>;
  #closed = false;

  constructor(options: ScanPoolOptions) {
    this.#piscina = new Piscina({
      filename: options.filename ?? defaultWorker,
      minThreads: options.workers,
      maxThreads: options.workers,
      concurrentTasksPerWorker: BATCHES_PER_WORKER,
      idleTimeout: Number.POSITIVE_INFINITY,
      workerData: { thresholds: options.thresholds, layers: options.layers ?? 'all' } satisfies ScanWorkerData,
    });
    // A crashed worker is reported here as well as to its task; piscina starts a replacement.
    this.#piscina.on('error', () => undefined);
  }

  /** Batches the pool can hold at once; the dispatcher keeps this many in flight. */
  get capacity(): number {
    return this.#piscina.options.maxThreads * BATCHES_PER_WORKER;
  }

  get threads(): number {
    return this.#piscina.threads.length;
  }

  /** Starts every worker (each loads its layers) and returns the version of the layers they serve. */
  async warmUp(): Promise<string> {
    const probe: ScanJob[] = [{ text: 'warm-up', mode: 'content', contentType: 'text' }];
    const results = await Promise.all(Array.from({ length: this.#piscina.options.maxThreads }, () => this.run(probe)));
    return results[0]?.[0]?.modelVersion ?? 'unknown';
  }

  async run(jobs: ScanJob[]): Promise<ScanResult[]> {
    if (this.#closed) throw new ScanError('unavailable', 'scan pool is shut down');
    try {
      return await this.#piscina.run(jobs);
    } catch (first) {
      if (this.#closed) throw new ScanError('unavailable', 'scan pool is shut down', { cause: first });
      // Usually a worker that died mid-batch; a fresh worker gets one more try.
      try {
        return await this.#piscina.run(jobs);
      } catch (second) {
        throw new ScanError('internal', 'scan worker failed', { cause: second });
      }
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#piscina.close({ force: true });
  }
}
