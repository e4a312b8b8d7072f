// Text → sparse bag of hashed word uni/bi-grams and character 3–5-grams (sublinear tf, L2-normalised).
// The single feature path for training and serving: both call featurizeWindow on normalised view text.
import { combineHash } from './hash.js';
import { FEATURIZER_PARAMS, type FeaturizerParams } from './featurizer-params.js';

/** One window's features: sorted distinct bucket indices and their weights. */
export interface SparseFeatures {
  readonly indices: Int32Array;
  readonly weights: Float32Array;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SALT_WORD = 0x5bd1e995;
const SALT_BIGRAM = 0x27d4eb2d;
const SALT_CHAR = 0x165667b1;

// Word characters: ASCII via a table, everything else via \p{L}\p{N}, cached per code unit so the
// regex runs at most once per distinct character.
const wordCharCache = new Int8Array(65536);
function isWordChar(c: number): boolean {
  let v = wordCharCache[c] ?? 0;
  if (v === 0) {
    v = /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(c)) ? 1 : -1;
    wordCharCache[c] = v;
  }
  return v === 1;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000;
}

/** Reusable featurizer: scratch buffers are allocated once, so scoring a batch allocates only results. */
export class Featurizer {
  readonly params: FeaturizerParams;
  private readonly counts: Float32Array;
  private readonly touched: Int32Array;
  private nTouched = 0;
  private codes: Uint16Array;

  constructor(params: FeaturizerParams = FEATURIZER_PARAMS) {
    this.params = params;
    this.counts = new Float32Array(params.buckets);
    this.touched = new Int32Array(params.maxFeatures * 2);
    this.codes = new Uint16Array(params.windowChars + 2);
  }

  /** Features of text[start, end) of an already normalised view (lower-cased and space-collapsed here). */
  featurizeWindow(text: string, start = 0, end = text.length): SparseFeatures {
    const n = this.fillCodes(text, start, end);
    this.nTouched = 0;
    this.addWordGrams(n);
    this.addCharGrams(n);
    return this.emit();
  }

  /** Lower-cases, maps all whitespace runs to one space and pads with a space on both sides. */
  private fillCodes(text: string, start: number, end: number): number {
    if (this.codes.length < end - start + 2) this.codes = new Uint16Array(end - start + 2);
    const codes = this.codes;
    const lower = text.slice(start, end).toLowerCase();
    let n = 0;
    codes[n++] = 32;
    for (let i = 0; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      if (isSpace(c)) {
        if (codes[n - 1] !== 32) codes[n++] = 32;
      } else {
        codes[n++] = c;
      }
    }
    if (codes[n - 1] !== 32) codes[n++] = 32;
    return n;
  }

  private addWordGrams(n: number): void {
    const codes = this.codes;
    let prev = 0;
    let i = 0;
    while (i < n) {
      const c = codes[i] ?? 0;
      if (!isWordChar(c)) {
        i++;
        continue;
      }
      let h = (FNV_OFFSET ^ SALT_WORD) >>> 0;
      while (i < n && isWordChar(codes[i] ?? 0)) {
        h = Math.imul(h ^ (codes[i] ?? 0), FNV_PRIME);
        i++;
      }
      h >>>= 0;
      this.add(h);
      if (prev !== 0) this.add(combineHash(prev, h) ^ SALT_BIGRAM);
      prev = h || 1;
    }
  }

  private addCharGrams(n: number): void {
    const codes = this.codes;
    const { charMin, charMax } = this.params;
    for (let i = 0; i + charMin <= n; i++) {
      let h = (FNV_OFFSET ^ SALT_CHAR) >>> 0;
      const last = Math.min(n, i + charMax);
      for (let j = i; j < last; j++) {
        h = Math.imul(h ^ (codes[j] ?? 0), FNV_PRIME);
        // Grams made only of spaces carry nothing; n-grams shorter than charMin are skipped.
        if (j - i + 1 >= charMin) this.add((h ^ (j - i)) >>> 0);
      }
    }
  }

  private add(hash: number): void {
    const bucket = 1 + (hash % (this.params.buckets - 1));
    const counts = this.counts;
    if (counts[bucket] === 0) {
      if (this.nTouched >= this.touched.length) return; // window larger than the bound: drop the tail
      this.touched[this.nTouched++] = bucket;
    }
    counts[bucket] = (counts[bucket] ?? 0) + 1;
  }

  /** Sublinear tf, L2 norm, capped at maxFeatures (highest weights kept), sorted by index. */
  private emit(): SparseFeatures {
    const k = this.nTouched;
    const idx = this.touched.subarray(0, k).slice().sort();
    const w = new Float64Array(k);
    let norm = 0;
    for (let i = 0; i < k; i++) {
      const b = idx[i] ?? 0;
      const v = 1 + Math.log(this.counts[b] ?? 1);
      w[i] = v;
      norm += v * v;
      this.counts[b] = 0;
    }
    let keep = idx;
    let keepW = w;
    const max = this.params.maxFeatures;
    if (k > max) {
      // Deterministic cap: order by weight then index, keep the top, re-sort by index.
      const order = Array.from({ length: k }, (_, i) => i).sort((a, b) => (w[b] ?? 0) - (w[a] ?? 0) || a - b);
      const chosen = order.slice(0, max).sort((a, b) => a - b);
      keep = Int32Array.from(chosen, (i) => idx[i] ?? 0);
      keepW = Float64Array.from(chosen, (i) => w[i] ?? 0);
      norm = 0;
      for (const v of keepW) norm += v * v;
    }
    const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    const weights = new Float32Array(keep.length);
    for (let i = 0; i < keep.length; i++) weights[i] = (keepW[i] ?? 0) * inv;
    return { indices: keep, weights };
  }
}
