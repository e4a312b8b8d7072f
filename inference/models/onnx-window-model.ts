// One onnxruntime session over an EmbeddingBag model: created once per worker, run once per batch
// on the packed windows of all documents. intraOpNumThreads 1: the service runs one per worker thread.
import * as ort from 'onnxruntime-node';
import { join } from 'node:path';
import { FeatureBatchPacker } from '../features/feature-batch.js';
import type { SparseFeatures } from '../features/featurizer.js';
import { MODELS_DIR } from './model-manifest.js';

export class OnnxWindowModel {
  private session: ort.InferenceSession | undefined;
  private readonly packer = new FeatureBatchPacker();

  constructor(
    private readonly file: string,
    private readonly output: string,
    private readonly dir = MODELS_DIR,
  ) {}

  async load(): Promise<void> {
    this.session ??= await ort.InferenceSession.create(join(this.dir, this.file), {
      intraOpNumThreads: 1,
      interOpNumThreads: 1,
      executionMode: 'sequential',
      graphOptimizationLevel: 'all',
    });
  }

  /** Row-major outputs, `rows.length × outputWidth`; one session.run for the whole batch. */
  async run(rows: readonly SparseFeatures[]): Promise<Float32Array> {
    if (!this.session) throw new Error(`${this.file} used before load()`);
    if (rows.length === 0) return new Float32Array(0);
    const packed = this.packer.pack(rows);
    const dims = [packed.rows, packed.width];
    const out = await this.session.run({
      indices: new ort.Tensor('int64', packed.indices, dims),
      weights: new ort.Tensor('float32', packed.weights, dims),
    });
    const tensor = out[this.output];
    if (!tensor) throw new Error(`${this.file} produced no ${this.output}`);
    return tensor.data as Float32Array;
  }
}
