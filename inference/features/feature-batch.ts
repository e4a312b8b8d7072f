// Packs sparse windows into the padded int64/float32 tensors the ONNX models take, reusing buffers.
// Padding uses bucket 0 with weight 0, so padded slots add nothing to the weighted sum.
import type { SparseFeatures } from './featurizer.js';
import { PAD_INDEX } from './featurizer-params.js';

export interface PackedBatch {
  readonly rows: number;
  readonly width: number;
  readonly indices: BigInt64Array;
  readonly weights: Float32Array;
}

/** Grows once to the largest batch seen, then hands out views of the same memory. */
export class FeatureBatchPacker {
  private indices = new BigInt64Array(0);
  private weights = new Float32Array(0);

  pack(rows: readonly SparseFeatures[]): PackedBatch {
    let width = 1;
    for (const r of rows) width = Math.max(width, r.indices.length);
    const size = rows.length * width;
    if (this.indices.length < size) {
      this.indices = new BigInt64Array(size * 2);
      this.weights = new Float32Array(size * 2);
    }
    const indices = this.indices.subarray(0, size);
    const weights = this.weights.subarray(0, size);
    indices.fill(BigInt(PAD_INDEX));
    weights.fill(0);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (row === undefined) continue;
      const base = r * width;
      for (let i = 0; i < row.indices.length; i++) indices[base + i] = BigInt(row.indices[i] ?? 0);
      weights.set(row.weights, base);
    }
    return { rows: rows.length, width, indices, weights };
  }
}
