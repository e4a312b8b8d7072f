// Sparse feature vectors for the featurizer: per-chunk hashed n-gram weights (1 + ln tf), and the
// merge of consecutive chunks into one window's features for training.
//
// A window is defined as the scaled sum of its chunks' weight vectors: w = s · Σ_c v_c with
// s = 1 / √(Σ_c ‖v_c‖²). It is linear in the chunks, so serving can embed every chunk once and add
// the chunk embeddings of a window (a second, tiny bag) instead of gathering each window's features
// again; training merges the sparse vectors, which is the same sum.

/** Distinct bucket indices and their weights (padding bucket 0 never appears). */
export interface SparseFeatures {
  readonly indices: Int32Array;
  readonly weights: Float32Array;
}

/** One chunk's features, in the order the buckets were first seen, with Σ weight² for window scales. */
export interface ChunkFeatures extends SparseFeatures {
  readonly sumSquares: number;
}

const EMPTY_CHUNK: ChunkFeatures = { indices: new Int32Array(0), weights: new Float32Array(0), sumSquares: 0 };

/** 1 + ln(c) as float32, for the small integer counts nearly every feature has. */
const SUBLINEAR = Float32Array.from({ length: 256 }, (_, c) => (c === 0 ? 0 : 1 + Math.log(c)));
const sublinear = (c: number): number => (c < 256 ? SUBLINEAR[c]! : Math.fround(1 + Math.log(c)));

/**
 * Storage for the chunks of one featurisation: each chunk's indices and weights are views into
 * shared blocks rather than two typed arrays of their own. A typed array of more than 64
 * bytes has its own off-heap buffer, which the young-generation collector must sweep when it dies:
 * two per chunk made buffer sweeping most of a worker's scavenge pause. Buffers are never reused, so
 * a view stays valid for as long as anyone holds it.
 */
export class FeatureArena {
  #indices: Int32Array | undefined;
  #weights: Float32Array | undefined;
  #used = 0;

  /** `firstBlock`: entries of the first block (later blocks double), a guess at what the text needs. */
  constructor(private readonly firstBlock: number) {}

  take(n: number): { indices: Int32Array; weights: Float32Array } {
    let indices = this.#indices;
    let weights = this.#weights;
    if (!indices || !weights || this.#used + n > indices.length) {
      // A new block, twice the last: the old one stays with the chunks that use it.
      const size = Math.max(n, indices ? 2 * indices.length : this.firstBlock);
      this.#indices = indices = new Int32Array(size);
      this.#weights = weights = new Float32Array(size);
      this.#used = 0;
    }
    const from = this.#used;
    this.#used += n;
    return { indices: indices.subarray(from, this.#used), weights: weights.subarray(from, this.#used) };
  }
}

/** Arrays for a chunk of `n` features: views from the arena, or arrays of their own without one. */
function chunkArrays(n: number, arena: FeatureArena | undefined): { indices: Int32Array; weights: Float32Array } {
  return arena ? arena.take(n) : { indices: new Int32Array(n), weights: new Float32Array(n) };
}

/** Dense counter over all buckets, reset bucket by bucket on flush so it is allocated once. */
export class ChunkCounts {
  private readonly dense: Uint16Array;
  private touched = new Int32Array(4096);
  private n = 0;

  constructor(buckets: number) {
    this.dense = new Uint16Array(buckets);
  }

  add(bucket: number): void {
    const c = this.dense[bucket]!;
    if (c === 0) {
      if (this.n === this.touched.length) {
        const grown = new Int32Array(this.n * 2);
        grown.set(this.touched);
        this.touched = grown;
      }
      this.touched[this.n++] = bucket;
    }
    if (c < 0xffff) this.dense[bucket] = c + 1;
  }

  /**
   * The counted chunk as 1 + ln(count) weights, in first-seen order, at most `max` buckets (the
   * highest counts, ties by first appearance); the counter is empty afterwards. With an arena the
   * chunk's arrays are views into its buffers.
   */
  flush(max = Number.POSITIVE_INFINITY, arena?: FeatureArena): ChunkFeatures {
    const n = this.n;
    if (n === 0) return EMPTY_CHUNK;
    this.n = 0;
    const { dense, touched } = this;
    if (n > max) return this.#flushCapped(n, max, arena);
    // The common case: read and reset each count in one pass.
    const { indices, weights } = chunkArrays(n, arena);
    indices.set(touched.subarray(0, n));
    let sumSquares = 0;
    for (let i = 0; i < n; i++) {
      const b = indices[i]!;
      const v = sublinear(dense[b]!);
      dense[b] = 0;
      weights[i] = v;
      sumSquares += v * v;
    }
    return { indices, weights, sumSquares };
  }

  #flushCapped(n: number, max: number, arena: FeatureArena | undefined): ChunkFeatures {
    const { dense, touched } = this;
    const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => dense[touched[y]!]! - dense[touched[x]!]! || x - y);
    const kept = order.slice(0, max).sort((x, y) => x - y);
    const { indices, weights } = chunkArrays(kept.length, arena);
    for (let i = 0; i < kept.length; i++) indices[i] = touched[kept[i]!]!;
    let sumSquares = 0;
    for (let i = 0; i < indices.length; i++) {
      const v = sublinear(dense[indices[i]!]!);
      weights[i] = v;
      sumSquares += v * v;
    }
    for (let i = 0; i < n; i++) dense[touched[i]!] = 0;
    return { indices, weights, sumSquares };
  }
}

/** The window scale s = 1 / √(Σ_c ‖v_c‖²) of chunks [from, to); 0 for an empty window. */
export function windowScale(chunks: readonly ChunkFeatures[], from: number, to: number): number {
  let sq = 0;
  for (let c = from; c < to; c++) sq += chunks[c]?.sumSquares ?? 0;
  return sq > 0 ? 1 / Math.sqrt(sq) : 0;
}

/** A chunk's features sorted by bucket (the merge below walks sorted lists). */
export function sortedChunk(chunk: ChunkFeatures): ChunkFeatures {
  const order = Array.from(chunk.indices.keys()).sort((x, y) => chunk.indices[x]! - chunk.indices[y]!);
  return {
    indices: Int32Array.from(order, (i) => chunk.indices[i]!),
    weights: Float32Array.from(order, (i) => chunk.weights[i]!),
    sumSquares: chunk.sumSquares,
  };
}

/** Reusable scratch for summing a window's chunks: grown once, never handed out. */
class MergeScratch {
  buckets: [Int32Array, Int32Array] = [new Int32Array(1024), new Int32Array(1024)];
  sums: [Float64Array, Float64Array] = [new Float64Array(1024), new Float64Array(1024)];

  reserve(size: number): void {
    if (this.buckets[0].length >= size) return;
    const n = Math.max(size, this.buckets[0].length * 2);
    this.buckets = [new Int32Array(n), new Int32Array(n)];
    this.sums = [new Float64Array(n), new Float64Array(n)];
  }
}
const scratch = new MergeScratch();

/**
 * The window of bucket-sorted chunks [from, to): s · Σ_c v_c as one bucket-sorted list. Chunks are
 * folded left to right in float64 through two scratch buffers; each weight is rounded to float32 once.
 */
export function mergeChunks(sorted: readonly ChunkFeatures[], from: number, to: number): SparseFeatures {
  const scale = windowScale(sorted, from, to);
  let total = 0;
  for (let c = from; c < to; c++) total += sorted[c]?.indices.length ?? 0;
  scratch.reserve(total);
  let side = 0;
  let n = 0;
  for (let c = from; c < to; c++) {
    const b = sorted[c] ?? EMPTY_CHUNK;
    const ab = scratch.buckets[side]!;
    const as = scratch.sums[side]!;
    const ob = scratch.buckets[1 - side]!;
    const os = scratch.sums[1 - side]!;
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < n && j < b.indices.length) {
      const x = ab[i]!;
      const y = b.indices[j]!;
      if (x === y) {
        ob[k] = x;
        os[k++] = as[i++]! + b.weights[j++]!;
      } else if (x < y) {
        ob[k] = x;
        os[k++] = as[i++]!;
      } else {
        ob[k] = y;
        os[k++] = b.weights[j++]!;
      }
    }
    while (i < n) {
      ob[k] = ab[i]!;
      os[k++] = as[i++]!;
    }
    while (j < b.indices.length) {
      ob[k] = b.indices[j]!;
      os[k++] = b.weights[j++]!;
    }
    n = k;
    side = 1 - side;
  }
  const sums = scratch.sums[side]!;
  const weights = new Float32Array(n);
  for (let i = 0; i < n; i++) weights[i] = sums[i]! * scale;
  return { indices: scratch.buckets[side]!.slice(0, n), weights };
}
