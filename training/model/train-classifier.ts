// Trains the EmbeddingBag classifier with seeded SGD on logistic loss: benign documents on a random
// window, attack documents on their highest-scoring window (multiple-instance learning), as served.
import type { EmbeddingBagWeights } from './embedding-bag.js';
import { bagVector, classifierHead, sigmoid } from './embedding-bag.js';
import { BalancedSampler, type Doc } from '../data/featurized.js';
import type { SparseFeatures } from '../../inference/features/featurizer.js';
import { Rng } from '../rng.js';

export interface ClassifierConfig {
  readonly buckets: number;
  readonly dim: number;
  readonly hidden: number;
  readonly steps: number;
  readonly lr: number;
  readonly seed: number;
  /** Probability of dropping each feature of a training window (regularises towards many weak cues). */
  readonly featureDropout?: number;
  /** Targets become ε and 1 − ε, so probabilities do not saturate and thresholds stay spread out. */
  readonly labelSmoothing?: number;
  /** L2 shrinkage of the embedding rows a step touches (lazy weight decay). */
  readonly weightDecay?: number;
  /** Share of benign steps on the document's highest-scoring window rather than a random one. */
  readonly benignHardWindow?: number;
}

export function initClassifier(cfg: ClassifierConfig, rng: Rng): EmbeddingBagWeights {
  const { buckets, dim, hidden } = cfg;
  const embedding = new Float32Array(buckets * dim);
  for (let i = dim; i < embedding.length; i++) embedding[i] = (rng.next() * 2 - 1) / dim;
  const w1 = Float32Array.from({ length: dim * hidden }, () => rng.normal() * Math.sqrt(2 / dim));
  const w2 = Float32Array.from({ length: hidden }, () => rng.normal() * Math.sqrt(1 / hidden));
  return { kind: 'classifier', buckets, dim, hidden, embedding, w1, b1: new Float32Array(hidden).fill(0.01), w2, b2: new Float32Array(1) };
}

/** Index of a document's highest-scoring window under the current weights (among the windows `among` lists, when given). */
export function worstWindow(m: EmbeddingBagWeights, windows: readonly SparseFeatures[], bag: Float64Array, hid: Float64Array, among?: readonly number[]): number {
  let best = among?.[0] ?? 0;
  let bestLogit = -Infinity;
  const n = among?.length ?? windows.length;
  for (let k = 0; k < n; k++) {
    const i = among ? among[k]! : k;
    const w = windows[i];
    if (!w) continue;
    bagVector(m, w.indices, w.weights, bag);
    const logit = classifierHead(m, bag, hid);
    if (logit > bestLogit) {
      bestLogit = logit;
      best = i;
    }
  }
  return best;
}

/** The window with each feature kept with probability 1 − p, survivors rescaled (inverted dropout). */
export function dropFeatures(w: SparseFeatures, p: number, rng: Rng): SparseFeatures {
  const indices: number[] = [];
  const weights: number[] = [];
  const scale = 1 / (1 - p);
  for (let i = 0; i < w.indices.length; i++) {
    if (rng.next() < p) continue;
    indices.push(w.indices[i]!);
    weights.push(w.weights[i]! * scale);
  }
  return { indices: Int32Array.from(indices), weights: Float32Array.from(weights) };
}

export function trainClassifier(docs: readonly Doc[], cfg: ClassifierConfig, log: (s: string) => void): EmbeddingBagWeights {
  const rng = new Rng(cfg.seed);
  const m = initClassifier(cfg, rng);
  const { dim: d, hidden: h } = cfg;
  const sampler = new BalancedSampler(docs);
  const bag = new Float64Array(d);
  const hid = new Float64Array(h);
  const dz = new Float64Array(h);
  const dbag = new Float64Array(d);
  const dropout = cfg.featureDropout ?? 0;
  const smooth = cfg.labelSmoothing ?? 0;
  const benignHard = cfg.benignHardWindow ?? 0;
  let lossSum = 0;
  for (let step = 0; step < cfg.steps; step++) {
    const lr = cfg.lr * (1 - step / cfg.steps);
    const shrink = 1 - lr * (cfg.weightDecay ?? 0);
    const doc = sampler.sample(rng);
    const y = doc.row.label;
    // Serving flags a document by its worst window, so attacks train on theirs and benign pages
    // (often) on theirs too: the window that would have raised a false alarm.
    const hard = y === 1 || rng.next() < benignHard;
    const wi = hard ? worstWindow(m, doc.windows, bag, hid, y === 1 ? doc.payloadWindows : undefined) : rng.int(doc.windows.length);
    const full = doc.windows[wi];
    if (!full) continue;
    const win = dropout > 0 ? dropFeatures(full, dropout, rng) : full;
    bagVector(m, win.indices, win.weights, bag);
    const logit = classifierHead(m, bag, hid);
    const p = sigmoid(logit);
    lossSum += -Math.log(Math.max(1e-7, y === 1 ? p : 1 - p));
    const g = p - (y === 1 ? 1 - smooth : smooth);
    // Backward pass, then the SGD step; dense heads first so the embedding uses pre-update W1.
    for (let j = 0; j < h; j++) dz[j] = (hid[j] ?? 0) > 0 ? g * (m.w2[j] ?? 0) : 0;
    for (let k = 0; k < d; k++) {
      let s = 0;
      for (let j = 0; j < h; j++) s += (m.w1[k * h + j] ?? 0) * (dz[j] ?? 0);
      dbag[k] = s;
    }
    for (let j = 0; j < h; j++) {
      m.w2[j] = (m.w2[j] ?? 0) - lr * g * (hid[j] ?? 0);
      m.b1[j] = (m.b1[j] ?? 0) - lr * (dz[j] ?? 0);
      for (let k = 0; k < d; k++) m.w1[k * h + j] = (m.w1[k * h + j] ?? 0) - lr * (bag[k] ?? 0) * (dz[j] ?? 0);
    }
    m.b2[0] = (m.b2[0] ?? 0) - lr * g;
    const { indices, weights } = win;
    for (let i = 0; i < indices.length; i++) {
      const base = (indices[i] ?? 0) * d;
      const wgt = (weights[i] ?? 0) * lr;
      for (let k = 0; k < d; k++) m.embedding[base + k] = (m.embedding[base + k] ?? 0) * shrink - wgt * (dbag[k] ?? 0);
    }
    if ((step + 1) % 50000 === 0) {
      log(`  classifier step ${step + 1}/${cfg.steps} loss ${(lossSum / 50000).toFixed(4)}`);
      lossSum = 0;
    }
  }
  return m;
}
