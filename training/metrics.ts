// Detection metrics over scored, labelled items: threshold counts, ROC AUC, recall at a fixed FPR
// and the PINT-style score (½ mean recall over attack groups + ½ mean accuracy over benign groups).

export interface Scored {
  readonly score: number;
  readonly label: 0 | 1;
  /** Group for the PINT-style score and per-source tables (the data file). */
  readonly group: string;
}

export interface Metrics {
  n: number;
  attacks: number;
  benign: number;
  tp: number;
  fp: number;
  precision: number;
  recall: number;
  fpr: number;
  f1: number;
  auc: number;
  recallAt1Fpr: number;
  pint: number;
}

/** ROC AUC by the rank-sum formula with tie correction (NaN when one class is absent). */
export function rocAuc(items: readonly Scored[]): number {
  const sorted = [...items].sort((a, b) => a.score - b.score);
  let pos = 0;
  let rankSum = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j]?.score === sorted[i]?.score) j++;
    const avgRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (sorted[k]?.label === 1) {
      pos++;
      rankSum += avgRank;
    }
    i = j;
  }
  const neg = sorted.length - pos;
  if (pos === 0 || neg === 0) return NaN;
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

/** Smallest threshold whose false-positive rate on `items` is at most `maxFpr`. */
export function thresholdAtFpr(items: readonly Scored[], maxFpr: number): number {
  const neg = items.filter((s) => s.label === 0).map((s) => s.score).sort((a, b) => b - a);
  if (neg.length === 0) return 0.5;
  const allowed = Math.floor(neg.length * maxFpr);
  // Flag strictly above the (allowed+1)-th highest benign score.
  const t = neg[allowed] ?? 0;
  // No clamp to 1: raw scores may be logits or cosine margins.
  return t + 1e-6;
}

export function pintScore(items: readonly Scored[], threshold: number): number {
  const groups = new Map<string, { label: 0 | 1; n: number; ok: number }>();
  for (const s of items) {
    const key = `${s.label}:${s.group}`;
    const g = groups.get(key) ?? { label: s.label, n: 0, ok: 0 };
    g.n++;
    if ((s.score >= threshold ? 1 : 0) === s.label) g.ok++;
    groups.set(key, g);
  }
  const mean = (label: 0 | 1): number => {
    const gs = [...groups.values()].filter((g) => g.label === label);
    return gs.length === 0 ? NaN : gs.reduce((a, g) => a + g.ok / g.n, 0) / gs.length;
  };
  const r = mean(1);
  const a = mean(0);
  if (Number.isNaN(r)) return a;
  if (Number.isNaN(a)) return r;
  return 0.5 * r + 0.5 * a;
}

export function computeMetrics(items: readonly Scored[], threshold: number): Metrics {
  let tp = 0;
  let fp = 0;
  let attacks = 0;
  for (const s of items) {
    if (s.label === 1) attacks++;
    if (s.score >= threshold) {
      if (s.label === 1) tp++;
      else fp++;
    }
  }
  const benign = items.length - attacks;
  const precision = tp + fp === 0 ? NaN : tp / (tp + fp);
  const recall = attacks === 0 ? NaN : tp / attacks;
  const t1 = thresholdAtFpr(items, 0.01);
  const recallAt1Fpr = attacks === 0 ? NaN : items.filter((s) => s.label === 1 && s.score >= t1).length / attacks;
  return {
    n: items.length,
    attacks,
    benign,
    tp,
    fp,
    precision,
    recall,
    fpr: benign === 0 ? NaN : fp / benign,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : NaN,
    auc: rocAuc(items),
    recallAt1Fpr,
    pint: pintScore(items, threshold),
  };
}

/**
 * Smallest threshold at which the false-positive rate averaged over benign groups (data files) is at
 * most `maxFpr`, and the pooled rate too: a small hard source weighs as much as a large easy one.
 */
export function thresholdAtGroupFpr(items: readonly Scored[], maxFpr: number): number {
  const neg = items.filter((s) => s.label === 0);
  const sizes = new Map<string, number>();
  for (const s of neg) sizes.set(s.group, (sizes.get(s.group) ?? 0) + 1);
  if (neg.length === 0) return 0.5;
  const sorted = [...neg].sort((a, b) => b.score - a.score);
  const perGroup = new Map<string, number>();
  let meanFpr = 0;
  let i = 0;
  // Lower the threshold one distinct score at a time while both rates stay within bounds.
  while (i < sorted.length) {
    let j = i;
    let next = meanFpr;
    const changes = new Map<string, number>();
    while (j < sorted.length && sorted[j]!.score === sorted[i]!.score) {
      const g = sorted[j]!.group;
      changes.set(g, (changes.get(g) ?? 0) + 1);
      j++;
    }
    for (const [g, c] of changes) next += c / sizes.get(g)! / sizes.size;
    if (next > maxFpr || j / sorted.length > maxFpr) break;
    for (const [g, c] of changes) perGroup.set(g, (perGroup.get(g) ?? 0) + c);
    meanFpr = next;
    i = j;
  }
  const t = sorted[i]?.score ?? 0;
  // No clamp to 1: raw scores may be logits or cosine margins.
  return t + 1e-6;
}
