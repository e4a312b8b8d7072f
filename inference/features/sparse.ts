// Sparse count vectors for the featurizer: per-chunk hashed n-gram counts, and the merge of
// consecutive chunks into one window's sublinear-tf, L2-normalised features.

/** One window's features: sorted distinct bucket indices and their weights. */
export interface SparseFeatures {
  readonly indices: Int32Array;
  readonly weights: Float32Array;
}

/** Counts of one chunk, sorted by bucket. */
export interface ChunkList {
  readonly buckets: Int32Array;
  readonly counts: Float32Array;
}

const EMPTY: ChunkList = { buckets: new Int32Array(0), counts: new Float32Array(0) };

/** Dense counter over all buckets, reset bucket by bucket on flush so it is allocated once. */
export class ChunkCounts {
  private readonly dense: Float32Array;
  private touched = new Int32Array(4096);
  private n = 0;

  constructor(buckets: number) {
    this.dense = new Float32Array(buckets);
  }

  add(bucket: number): void {
    if (this.dense[bucket] === 0) {
      if (this.n === this.touched.length) {
        const grown = new Int32Array(this.n * 2);
        grown.set(this.touched);
        this.touched = grown;
      }
      this.touched[this.n++] = bucket;
    }
    this.dense[bucket]! += 1;
  }

  flush(): ChunkList {
    if (this.n === 0) return EMPTY;
    const buckets = this.touched.slice(0, this.n).sort();
    const counts = new Float32Array(this.n);
    for (let i = 0; i < this.n; i++) {
      const b = buckets[i]!;
      counts[i] = this.dense[b]!;
      this.dense[b] = 0;
    }
    this.n = 0;
    return { buckets, counts };
  }
}

/** Sum of two sorted count lists. */
function mergeTwo(a: ChunkList, b: ChunkList): ChunkList {
  if (a.buckets.length === 0) return b;
  if (b.buckets.length === 0) return a;
  const buckets = new Int32Array(a.buckets.length + b.buckets.length);
  const counts = new Float32Array(buckets.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.buckets.length && j < b.buckets.length) {
    const x = a.buckets[i]!;
    const y = b.buckets[j]!;
    if (x === y) {
      buckets[k] = x;
      counts[k++] = a.counts[i++]! + b.counts[j++]!;
    } else if (x < y) {
      buckets[k] = x;
      counts[k++] = a.counts[i++]!;
    } else {
      buckets[k] = y;
      counts[k++] = b.counts[j++]!;
    }
  }
  while (i < a.buckets.length) {
    buckets[k] = a.buckets[i]!;
    counts[k++] = a.counts[i++]!;
  }
  while (j < b.buckets.length) {
    buckets[k] = b.buckets[j]!;
    counts[k++] = b.counts[j++]!;
  }
  return { buckets: buckets.subarray(0, k), counts: counts.subarray(0, k) };
}

/** Features of chunks [from, to): summed counts → 1 + ln(count), capped at `max` by weight, unit L2 norm. */
export function mergeChunks(chunks: readonly ChunkList[], from: number, to: number, max: number): SparseFeatures {
  let sum = EMPTY;
  for (let c = from; c < to; c++) sum = mergeTwo(sum, chunks[c] ?? EMPTY);
  let { buckets, counts } = sum;
  if (buckets.length > max) {
    // Deterministic cap: highest counts first, ties by bucket; then back to bucket order.
    const order = Array.from({ length: buckets.length }, (_, i) => i).sort((x, y) => counts[y]! - counts[x]! || x - y);
    const chosen = order.slice(0, max).sort((x, y) => x - y);
    buckets = Int32Array.from(chosen, (i) => buckets[i]!);
    counts = Float32Array.from(chosen, (i) => counts[i]!);
  }
  const weights = new Float32Array(buckets.length);
  let norm = 0;
  for (let i = 0; i < counts.length; i++) {
    const v = 1 + Math.log(counts[i]!);
    weights[i] = v;
    norm += v * v;
  }
  const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let i = 0; i < weights.length; i++) weights[i]! *= inv;
  return { indices: buckets === sum.buckets ? buckets.slice() : buckets, weights };
}
