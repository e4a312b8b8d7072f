// Builds the semantic layer's exemplar index (unit vectors of known attacks and benign texts) and
// measures each window's margin (nearest attack minus nearest benign cosine), the semantic raw score.
import type { EmbeddingBagWeights } from './embedding-bag.js';
import { encoderForward } from './embedding-bag.js';
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
