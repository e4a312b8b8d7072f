// Pool worker: loads every layer once when the thread starts, then scans the micro-batches the
// dispatcher sends. Imports only the message types, the pipeline and the layer list.
import { workerData } from 'node:worker_threads';
import type { LayerSet, PolicyThresholds } from './config.js';
import { createLayers } from './layers/index.js';
import { createPipeline } from './pipeline.js';
import type { ScanJob, ScanResult } from './scan-types.js';
import type { PoolThreadData } from './worker-pool.js';

export interface ScanWorkerData {
  thresholds: PolicyThresholds;
  layers: LayerSet;
}

const { thresholds, layers } = (workerData as PoolThreadData).data as ScanWorkerData;
const pipeline = await createPipeline(createLayers(layers), thresholds);

export default function scanBatch(jobs: ScanJob[]): Promise<ScanResult[]> {
  return pipeline.scanBatch(jobs);
}
