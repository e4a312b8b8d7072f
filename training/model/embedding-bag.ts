// The weights of Stronghold's EmbeddingBag networks and their forward pass in plain TypeScript.
// The ONNX graph written by onnx-writer.ts computes exactly this; the tests hold the two together.

/** bag = Σ w_i · E[idx_i]; classifier: sigmoid(W2·relu(W1·bag + b1) + b2); encoder: bag / ‖bag‖. */
export interface EmbeddingBagWeights {
  readonly kind: 'classifier' | 'encoder';
  readonly buckets: number;
  readonly dim: number;
  /** buckets × dim, row-major; row 0 is the padding row and stays zero. */
  readonly embedding: Float32Array;
  /** Classifier only: dim × hidden, hidden, hidden × 1, 1. */
  readonly hidden: number;
  readonly w1: Float32Array;
  readonly b1: Float32Array;
  readonly w2: Float32Array;
  readonly b2: Float32Array;
}

export const NORM_EPSILON = 1e-6;

/** Weighted sum of embedding rows: the bag vector of one window. */
export function bagVector(m: EmbeddingBagWeights, indices: ArrayLike<number>, weights: ArrayLike<number>, out: Float64Array): void {
  const d = m.dim;
  out.fill(0);
  for (let i = 0; i < indices.length; i++) {
    const w = weights[i] ?? 0;
    if (w === 0) continue;
    const base = (indices[i] ?? 0) * d;
    for (let k = 0; k < d; k++) out[k] = (out[k] ?? 0) + w * (m.embedding[base + k] ?? 0);
  }
}

/** Hidden activations and logit of the classifier head for one bag vector. */
export function classifierHead(m: EmbeddingBagWeights, bag: Float64Array, hiddenOut: Float64Array): number {
  const d = m.dim;
  const h = m.hidden;
  let logit = m.b2[0] ?? 0;
  for (let j = 0; j < h; j++) {
    let z = m.b1[j] ?? 0;
    for (let k = 0; k < d; k++) z += (bag[k] ?? 0) * (m.w1[k * h + j] ?? 0);
    const r = z > 0 ? z : 0;
    hiddenOut[j] = r;
    logit += r * (m.w2[j] ?? 0);
  }
  return logit;
}

export function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

/** P(injection) of one window, as the ONNX classifier computes it. */
export function classifierForward(m: EmbeddingBagWeights, indices: ArrayLike<number>, weights: ArrayLike<number>): number {
  const bag = new Float64Array(m.dim);
  bagVector(m, indices, weights, bag);
  return sigmoid(classifierHead(m, bag, new Float64Array(m.hidden)));
}

/** The classifier's logit of one window: the raw score thresholds and calibration use (no float32 ties near P = 1). */
export function classifierLogit(m: EmbeddingBagWeights, indices: ArrayLike<number>, weights: ArrayLike<number>): number {
  const bag = new Float64Array(m.dim);
  bagVector(m, indices, weights, bag);
  return classifierHead(m, bag, new Float64Array(m.hidden));
}

/** Unit-norm embedding of one window, as the ONNX encoder computes it. */
export function encoderForward(m: EmbeddingBagWeights, indices: ArrayLike<number>, weights: ArrayLike<number>): Float32Array {
  const bag = new Float64Array(m.dim);
  bagVector(m, indices, weights, bag);
  let n = 0;
  for (const v of bag) n += v * v;
  const inv = 1 / Math.max(Math.sqrt(n), NORM_EPSILON);
  return Float32Array.from(bag, (v) => v * inv);
}
