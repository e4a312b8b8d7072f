// Builds the semantic layer's exemplar index (unit vectors of known attacks and benign texts) and
// fits the calibration that turns "nearest attack vs nearest benign" similarity into 0..1.
import type { EmbeddingBagWeights } from './embedding-bag.js';
import { encoderForward, sigmoid } from './embedding-bag.js';
import type { SparseFeatures } from '../../inference/features/featurizer.js';
import { nearest, type ExemplarEntry } from '../../inference/layers/semantic/exemplar-index.js';

export interface ExemplarCandidate {
  readonly window: SparseFeatures;
  readonly entry: ExemplarEntry;
}

export interface BuiltIndex {
  readonly vectors: Float32Array;
  readonly entries: ExemplarEntry[];
}

const DEDUPE_COSINE = 0.985;

/** Keeps up to `perFile` distinct exemplars per (label, file), in candidate order (already seeded). */
export function buildIndex(enc: EmbeddingBagWeights, candidates: readonly ExemplarCandidate[], perFile: number): BuiltIndex {
  const d = enc.dim;
  const kept: { vec: Float32Array; entry: ExemplarEntry }[] = [];
  const perKey = new Map<string, Float32Array[]>();
  for (const c of candidates) {
    const key = `${c.entry.label}:${c.entry.file}`;
    const list = perKey.get(key) ?? [];
    if (list.length >= perFile) continue;
    const vec = encoderForward(enc, c.window.indices, c.window.weights);
    let dup = false;
    for (const other of list) {
      let dot = 0;
      for (let j = 0; j < d; j++) dot += (vec[j] ?? 0) * (other[j] ?? 0);
      if (dot >= DEDUPE_COSINE) {
        dup = true;
        break;
      }
    }
    if (dup) continue;
    list.push(vec);
    perKey.set(key, list);
    kept.push({ vec, entry: c.entry });
  }
  const vectors = new Float32Array(kept.length * d);
  kept.forEach((k, i) => vectors.set(k.vec, i * d));
  return { vectors, entries: kept.map((k) => k.entry) };
}

/** Margin of one vector: similarity to the nearest attack minus to the nearest benign exemplar. */
export function margin(index: BuiltIndex, dim: number, vec: Float32Array): number {
  const n = nearest(index.vectors, index.entries, dim, vec, 0);
  return n.attackSimilarity - n.benignSimilarity;
}

/** Logistic fit of label on margin (plain gradient descent, fixed iterations: deterministic). */
export function fitCalibration(margins: readonly number[], labels: readonly (0 | 1)[]): { a: number; b: number } {
  let a = 5;
  let b = 0;
  const n = margins.length;
  const pos = labels.filter((l) => l === 1).length;
  // Class-balanced weights so the calibrated 0.5 sits between the classes, not at their ratio.
  const wPos = pos > 0 ? n / (2 * pos) : 1;
  const wNeg = n - pos > 0 ? n / (2 * (n - pos)) : 1;
  for (let it = 0; it < 2000; it++) {
    let ga = 0;
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const y = labels[i] ?? 0;
      const x = margins[i] ?? 0;
      const g = (sigmoid(a * x + b) - y) * (y === 1 ? wPos : wNeg);
      ga += g * x;
      gb += g;
    }
    a -= (2 * ga) / n;
    b -= (0.5 * gb) / n;
  }
  return { a, b };
}
