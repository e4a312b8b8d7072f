// Packs sparse windows into the padded int64/float32 tensors the ONNX models take, reusing buffers.
// Padding uses bucket 0 with weight 0, so padded slots add nothing to the weighted sum.
import type { SparseFeatures } from './featurizer.js';

export interface PackedBatch {
  readonly rows: number;
  readonly width: number;
  readonly indices: BigInt64Array;
  readonly weights: Float32Array;
}

/** Grows once to the largest batch seen, then hands out views of the same memory. */
export class FeatureBatchPacker {
  private indices = new BigInt64Array(0);
  private words = new Int32Array(0);
  private weights = new Float32Array(0);

  pack(rows: readonly SparseFeatures[]): PackedBatch {
    let width = 1;
    for (const r of rows) width = Math.max(width, r.indices.length);
    const size = rows.length * width;
    if (this.indices.length < size) {
      this.indices = new BigInt64Array(Math.ceil(size * 1.5));
      // int64 written as two little-endian int32 words: bucket ids are < 2^31, so the high word is 0
      // and no BigInt is created per feature.
      this.words = new Int32Array(this.indices.buffer);
      this.weights = new Float32Array(this.indices.length);
    }
    const words = this.words.subarray(0, size * 2);
    const weights = this.weights.subarray(0, size);
    words.fill(0);
    weights.fill(0);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (row === undefined) continue;
      const base = r * width;
      const idx = row.indices;
      for (let i = 0; i < idx.length; i++) words[(base + i) * 2] = idx[i] ?? 0;
      weights.set(row.weights, base);
    }
    return { rows: rows.length, width, indices: this.indices.subarray(0, size), weights };
  }
}
