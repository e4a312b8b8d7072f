// Pool worker: loads every layer once when the thread starts, then scans the micro-batches the
// dispatcher sends. Imports only the message types, the pipeline and the layer list.
import { workerData } from 'node:worker_threads';
import type { LayerSet, PolicyThresholds } from './config.js';
import { createLayers } from './layers/index.js';
import { createPipeline } from './pipeline.js';
import type { ScanJob, ScanResult } from './scan-types.js';
import { warmUp, type WarmUpReport } from './warm-up.js';
import type { PoolThreadData } from './worker-pool.js';

export interface ScanWorkerData {
  thresholds: PolicyThresholds;
  layers: LayerSet;
  /** Built-in scans to run before this thread reports ready (warm-up.ts). */
  warmUpScans: number;
}

const { thresholds, layers, warmUpScans } = (workerData as PoolThreadData).data as ScanWorkerData;
const pipeline = await createPipeline(createLayers(layers), thresholds);
// Before the pool hears "ready": a thread that has not run its code yet scans 100–250 times slower.
/** Sent with this thread's "ready" (pool-worker.ts). */
export const ready: WarmUpReport = await warmUp(pipeline, warmUpScans);

export default function scanBatch(jobs: ScanJob[]): Promise<ScanResult[]> {
  return pipeline.scanBatch(jobs);
}
