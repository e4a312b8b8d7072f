// One onnxruntime session over an EmbeddingBag model: created once per worker, run on the packed
// windows of a whole batch, in slices of at most MAX_ROWS so input buffers stay bounded and reused.
import * as ort from 'onnxruntime-node';
import { join } from 'node:path';
import { FeatureBatchPacker } from '../features/feature-batch.js';
import type { SparseFeatures } from '../features/featurizer.js';
import { MODELS_DIR } from './model-manifest.js';

/** Rows per session.run: big enough to amortise the call, small enough that padding stays cheap. */
const MAX_ROWS = 128;

export class OnnxWindowModel {
  private session: ort.InferenceSession | undefined;
  /**
   * Idle packers. A worker runs two batches at once, and session.run is asynchronous: one shared
   * packer let the second batch overwrite the first's input buffers while onnxruntime was still
   * reading them, giving one document another's scores. Each run takes its own packer and returns it.
   */
  private readonly packers: FeatureBatchPacker[] = [];

  /** `outputs`: output name → values per row. Integer outputs (indices) come back as floats. */
  constructor(
    private readonly file: string,
    private readonly outputs: Readonly<Record<string, number>>,
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

  /** Row-major outputs, `rows.length × width` each, in the order of `rows`; `names` picks a subset. */
  async run(rows: readonly SparseFeatures[], names: readonly string[] = Object.keys(this.outputs)): Promise<Record<string, Float32Array>> {
    const session = this.session;
    if (!session) throw new Error(`${this.file} used before load()`);
    const out: Record<string, Float32Array> = {};
    const wanted = names.map((name): [string, number] => [name, this.outputs[name] ?? 1]);
    for (const [name, width] of wanted) out[name] = new Float32Array(rows.length * width);
    const packer = this.packers.pop() ?? new FeatureBatchPacker();
    try {
      await this.runSlices(session, packer, rows, wanted, out);
    } finally {
      this.packers.push(packer);
    }
    return out;
  }

  /**
   * Rows run in order of width, so each slice pads to its own widest row: a document's few wide
   * windows no longer pad its many narrow sentence windows (about a quarter of the padded work).
   * Outputs are written back to each row's own position.
   */
  private async runSlices(
    session: ort.InferenceSession,
    packer: FeatureBatchPacker,
    rows: readonly SparseFeatures[],
    wanted: readonly [string, number][],
    out: Record<string, Float32Array>,
  ): Promise<void> {
    const names = wanted.map(([name]) => name);
    const order = Array.from(rows.keys()).sort((a, b) => rows[a]!.indices.length - rows[b]!.indices.length || a - b);
    for (let from = 0; from < rows.length; from += MAX_ROWS) {
      const slice = order.slice(from, from + MAX_ROWS);
      const packed = packer.pack(slice.map((r) => rows[r]!));
      const dims = [packed.rows, packed.width];
      const feeds = { indices: new ort.Tensor('int64', packed.indices, dims), weights: new ort.Tensor('float32', packed.weights, dims) };
      const result = await session.run(feeds, names);
      for (const [name, width] of wanted) {
        const data = result[name]?.data;
        if (!data) throw new Error(`${this.file} produced no ${name}`);
        const target = out[name]!;
        for (let k = 0; k < slice.length; k++) {
          const at = slice[k]! * width;
          for (let j = 0; j < width; j++) target[at + j] = Number(data[k * width + j]);
        }
      }
    }
  }
}
