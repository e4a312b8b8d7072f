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

/** Reusable scratch for summing a window's chunks: grown once, never handed out. */
class MergeScratch {
  buckets: [Int32Array, Int32Array] = [new Int32Array(1024), new Int32Array(1024)];
  counts: [Float32Array, Float32Array] = [new Float32Array(1024), new Float32Array(1024)];

  reserve(size: number): void {
    if (this.buckets[0].length >= size) return;
    const n = Math.max(size, this.buckets[0].length * 2);
    this.buckets = [new Int32Array(n), new Int32Array(n)];
    this.counts = [new Float32Array(n), new Float32Array(n)];
  }
}
const scratch = new MergeScratch();

/**
 * Sum of chunks [from, to) as one sorted count list: folded left to right like a chain of two-way
 * merges (so every sum is the same float32 value), through two scratch buffers instead of a new pair
 * of arrays per merge.
 */
function sumChunks(chunks: readonly ChunkList[], from: number, to: number): ChunkList {
  if (to <= from) return EMPTY;
  if (to - from === 1) return chunks[from] ?? EMPTY;
  let total = 0;
  for (let c = from; c < to; c++) total += chunks[c]?.buckets.length ?? 0;
  scratch.reserve(total);
  let side = 0;
  let n = 0;
  for (let c = from; c < to; c++) {
    const b = chunks[c] ?? EMPTY;
    const ab = scratch.buckets[side]!;
    const ac = scratch.counts[side]!;
    const ob = scratch.buckets[1 - side]!;
    const oc = scratch.counts[1 - side]!;
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < n && j < b.buckets.length) {
      const x = ab[i]!;
      const y = b.buckets[j]!;
      if (x === y) {
        ob[k] = x;
        oc[k++] = ac[i++]! + b.counts[j++]!;
      } else if (x < y) {
        ob[k] = x;
        oc[k++] = ac[i++]!;
      } else {
        ob[k] = y;
        oc[k++] = b.counts[j++]!;
      }
    }
    while (i < n) {
      ob[k] = ab[i]!;
      oc[k++] = ac[i++]!;
    }
    while (j < b.buckets.length) {
      ob[k] = b.buckets[j]!;
      oc[k++] = b.counts[j++]!;
    }
    n = k;
    side = 1 - side;
  }
  return { buckets: scratch.buckets[side]!.slice(0, n), counts: scratch.counts[side]!.slice(0, n) };
}

/** 1 + ln(c) for the small integer counts nearly every feature has. */
const SUBLINEAR = Float64Array.from({ length: 256 }, (_, c) => (c === 0 ? 0 : 1 + Math.log(c)));

/** Features of chunks [from, to): summed counts → 1 + ln(count), capped at `max` by weight, unit L2 norm. */
export function mergeChunks(chunks: readonly ChunkList[], from: number, to: number, max: number): SparseFeatures {
  const sum = sumChunks(chunks, from, to);
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
    const c = counts[i]!;
    const v = c < 256 && Number.isInteger(c) ? SUBLINEAR[c]! : 1 + Math.log(c);
    weights[i] = v;
    norm += v * v;
  }
  const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let i = 0; i < weights.length; i++) weights[i]! *= inv;
  // A single chunk's list belongs to the featurizer's chunk array: the window gets its own copy.
  return { indices: buckets === sum.buckets && to - from <= 1 ? buckets.slice() : buckets, weights };
}
