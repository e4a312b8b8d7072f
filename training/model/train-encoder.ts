// Trains the EmbeddingBag encoder with a normalised-softmax objective over attack families and
// benign sources, so that texts of one family cluster and the nearest exemplar explains a finding.
import type { EmbeddingBagWeights } from './embedding-bag.js';
import { bagVector } from './embedding-bag.js';
import type { SparseFeatures } from '../../inference/features/featurizer.js';
import { Rng } from '../rng.js';

export interface EncoderConfig {
  readonly buckets: number;
  readonly dim: number;
  readonly steps: number;
  readonly lr: number;
  readonly scale: number;
  readonly seed: number;
}

export interface EncoderExample {
  readonly window: SparseFeatures;
  readonly cls: number;
}

/** `examples` grouped by class; classes are sampled uniformly so small families count as much as big ones. */
export function trainEncoder(byClass: readonly EncoderExample[][], cfg: EncoderConfig, log: (s: string) => void): EmbeddingBagWeights {
  const rng = new Rng(cfg.seed);
  const { buckets, dim: d, scale } = cfg;
  const k = byClass.length;
  const embedding = new Float32Array(buckets * d);
  for (let i = d; i < embedding.length; i++) embedding[i] = rng.normal() * 0.1;
  const protos = Float64Array.from({ length: k * d }, () => rng.normal());
  const bag = new Float64Array(d);
  const u = new Float64Array(d);
  const gu = new Float64Array(d);
  const logits = new Float64Array(k);
  const live = byClass.map((c, i) => (c.length > 0 ? i : -1)).filter((i) => i >= 0);
  let lossSum = 0;
  for (let step = 0; step < cfg.steps; step++) {
    const lr = cfg.lr * (1 - step / cfg.steps);
    const cls = rng.pick(live);
    const ex = rng.pick(byClass[cls] ?? []);
    const { indices, weights } = ex.window;
    bagVector({ embedding, dim: d } as EmbeddingBagWeights, indices, weights, bag);
    let n2 = 0;
    for (let j = 0; j < d; j++) n2 += (bag[j] ?? 0) ** 2;
    const norm = Math.max(Math.sqrt(n2), 1e-6);
    for (let j = 0; j < d; j++) u[j] = (bag[j] ?? 0) / norm;
    // Cosine logits against unit prototypes, softmax cross-entropy.
    let max = -Infinity;
    for (let c = 0; c < k; c++) {
      let dot = 0;
      let pn = 0;
      for (let j = 0; j < d; j++) {
        const p = protos[c * d + j] ?? 0;
        dot += p * (u[j] ?? 0);
        pn += p * p;
      }
      logits[c] = (scale * dot) / Math.sqrt(pn);
      max = Math.max(max, logits[c] ?? 0);
    }
    let z = 0;
    for (let c = 0; c < k; c++) z += Math.exp((logits[c] ?? 0) - max);
    lossSum += -((logits[cls] ?? 0) - max - Math.log(z));
    gu.fill(0);
    for (let c = 0; c < k; c++) {
      const g = Math.exp((logits[c] ?? 0) - max) / z - (c === cls ? 1 : 0);
      if (Math.abs(g) < 1e-6) continue;
      let pn = 0;
      for (let j = 0; j < d; j++) pn += (protos[c * d + j] ?? 0) ** 2;
      const inv = 1 / Math.sqrt(pn);
      for (let j = 0; j < d; j++) {
        gu[j] = (gu[j] ?? 0) + scale * g * (protos[c * d + j] ?? 0) * inv;
        // Prototype step (treating its norm as constant within one step).
        protos[c * d + j] = (protos[c * d + j] ?? 0) - lr * scale * g * (u[j] ?? 0) * inv;
      }
    }
    // Back through the L2 normalisation: the radial component of the gradient vanishes.
    let radial = 0;
    for (let j = 0; j < d; j++) radial += (gu[j] ?? 0) * (u[j] ?? 0);
    for (let j = 0; j < d; j++) gu[j] = ((gu[j] ?? 0) - radial * (u[j] ?? 0)) / norm;
    for (let i = 0; i < indices.length; i++) {
      const base = (indices[i] ?? 0) * d;
      const wgt = (weights[i] ?? 0) * lr;
      for (let j = 0; j < d; j++) embedding[base + j] = (embedding[base + j] ?? 0) - wgt * (gu[j] ?? 0);
    }
    if ((step + 1) % 50000 === 0) {
      log(`  encoder step ${step + 1}/${cfg.steps} loss ${(lossSum / 50000).toFixed(4)}`);
      lossSum = 0;
    }
  }
  const empty = new Float32Array(0);
  return { kind: 'encoder', buckets, dim: d, hidden: 0, embedding, w1: empty, b1: empty, w2: empty, b2: empty };
}
