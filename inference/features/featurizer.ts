// Text → sentence chunks of hashed word uni/bi-grams and in-token character n-grams (1 + ln tf per
// chunk), and windows that are scaled sums of whole chunks (sparse.ts defines the sum).
// The single feature path for training and serving: serving embeds featurizeChunks' chunks once and
// adds them per window; training takes the same windows merged by featurizeView.
import { combineHash } from './hash.js';
import { conceptMatcher, MAX_CONCEPTS, type ConceptMatcher } from './concepts.js';
import { FEATURIZER_PARAMS, type FeaturizerParams } from './featurizer-params.js';
import { chunkWindows, sentenceBoundaries, type TextWindow } from './windows.js';
import { ChunkCounts, FeatureArena, mergeChunks, sortedChunk, windowScale, type ChunkFeatures, type SparseFeatures } from './sparse.js';

export type { ChunkFeatures, SparseFeatures } from './sparse.js';

/** One window's features and where the window sits in the view's text. */
export interface WindowFeatures extends SparseFeatures {
  readonly window: TextWindow;
}

/** A window of a chunked view: chunks [firstChunk, endChunk), their sum scaled by `scale`. */
export interface ChunkedWindow {
  readonly window: TextWindow;
  readonly firstChunk: number;
  readonly endChunk: number;
  readonly scale: number;
}

/** A view's chunks and its non-empty windows (scale > 0), in window order. */
export interface ChunkedView {
  readonly chunks: ChunkFeatures[];
  readonly windows: ChunkedWindow[];
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SALT_WORD = 0x5bd1e995;
const SALT_BIGRAM = 0x27d4eb2d;
const SALT_CHAR = 0x165667b1;
const SALT_CONCEPT = 0x2f6b3c1d;
const SALT_CONCEPT_PAIR = 0x61c88647;
const CHAR_SEED = (FNV_OFFSET ^ SALT_CHAR) >>> 0;
const WORD_SEED = (FNV_OFFSET ^ SALT_WORD) >>> 0;

// Word characters: ASCII via a table, everything else via \p{L}\p{N}\p{M}, cached per code unit so
// the regex runs at most once per distinct character.
const wordCharCache = new Int8Array(65536);
function isWordChar(c: number): boolean {
  let v = wordCharCache[c]!;
  if (v === 0) {
    v = /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(c)) ? 1 : -1;
    wordCharCache[c] = v;
  }
  return v === 1;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000;
}

/**
 * Reusable featurizer (one per worker): scratch buffers are allocated once. The text is hashed once:
 * every feature belongs to the sentence chunk its token starts in, and a window is the sum of the
 * chunks it covers, so overlapping windows cost no second pass and cost stays linear in length.
 */
export class Featurizer {
  readonly params: FeaturizerParams;
  private readonly counts: ChunkCounts;
  #padded = new Int32Array(256);
  /** Features land in 1 + (hash mod #modulus), #modulus = buckets - 1 = 2^#bits - 1 (reduced by folding). */
  readonly #bits: number;
  readonly #modulus: number;
  /** The concept matcher and each concept's bucket and each pair's (k * MAX_CONCEPTS + j, j < k); absent without concepts. */
  readonly #concepts: ConceptMatcher | undefined;
  readonly #conceptBucket = new Int32Array(MAX_CONCEPTS);
  readonly #pairBucket = new Int32Array(MAX_CONCEPTS * MAX_CONCEPTS);

  constructor(params: FeaturizerParams = FEATURIZER_PARAMS) {
    if (params.sentenceMax > params.windowStride) throw new Error('sentenceMax must not exceed windowStride');
    this.#bits = Math.log2(params.buckets);
    if (!Number.isInteger(this.#bits) || this.#bits < 2 || this.#bits > 30) throw new Error('buckets must be a power of two from 4 to 2^30');
    this.#modulus = params.buckets - 1;
    this.params = params;
    this.counts = new ChunkCounts(params.buckets);
    this.#concepts = params.concepts ? conceptMatcher() : undefined;
    for (let k = 0; k < MAX_CONCEPTS; k++) {
      this.#conceptBucket[k] = 1 + reduce(combineHash(SALT_CONCEPT, k), this.#bits, this.#modulus);
      for (let j = 0; j < k; j++) {
        const pair = k * MAX_CONCEPTS + j;
        this.#pairBucket[pair] = 1 + reduce(combineHash(SALT_CONCEPT_PAIR, pair), this.#bits, this.#modulus);
      }
    }
  }

  /** Chunks and non-empty windows of an already normalised view text (what serving embeds). */
  featurizeChunks(text: string): ChunkedView {
    const bounds = sentenceBoundaries(text, this.params);
    const chunks = this.hashChunks(text, bounds);
    const windows: ChunkedWindow[] = [];
    for (const w of chunkWindows(bounds, this.params)) {
      const scale = windowScale(chunks, w.firstChunk, w.endChunk);
      if (scale > 0) windows.push({ window: w.window, firstChunk: w.firstChunk, endChunk: w.endChunk, scale });
    }
    return { chunks, windows };
  }

  /** The non-empty windows of featurizeChunks as merged sparse vectors, in order (what training reads). */
  featurizeView(text: string): WindowFeatures[] {
    const { chunks, windows } = this.featurizeChunks(text);
    const sorted = chunks.map(sortedChunk);
    return windows.map((w) => ({ window: w.window, ...mergeChunks(sorted, w.firstChunk, w.endChunk) }));
  }

  /** One bag over text[start, end) as a single chunk, no windowing (tools, tests); unit norm. */
  featurizeWindow(text: string, start = 0, end = text.length): SparseFeatures {
    const [chunk] = this.hashChunks(text, [start, end]);
    return mergeChunks([sortedChunk(chunk!)], 0, 1);
  }

  /** Features of each chunk [bounds[k], bounds[k+1]); a token belongs to the chunk it starts in. */
  private hashChunks(text: string, bounds: readonly number[]): ChunkFeatures[] {
    const start = bounds[0] ?? 0;
    const end = bounds[bounds.length - 1] ?? 0;
    const nChunks = Math.max(1, bounds.length - 1);
    const chunks: ChunkFeatures[] = [];
    const counts = this.counts;
    const maxFeatures = this.params.maxFeatures;
    // Prose gives about one feature per character (a 4-gram per character, a word and a bigram per
    // word), code-like text up to two; features crowd into one chunk when a text has no spaces. So
    // the first block is a guess capped at 16K entries, and later ones double. A lone chunk gains
    // nothing from sharing: it keeps arrays of its own (on the V8 heap when they are small).
    const arena = nChunks > 1 ? new FeatureArena(Math.min(maxFeatures * nChunks, Math.ceil((end - start) * 1.25) + 64, 1 << 14)) : undefined;
    const modulus = this.#modulus;
    const bits = this.#bits;
    const concepts = this.#concepts;
    let chunk = 0;
    let prevWord = 0;
    // The concepts met so far in the current chunk (a pair is counted once per chunk, when its later
    // concept first appears).
    let chunkConcepts = 0;
    let i = start;
    while (i < end) {
      // Next space-delimited token [t0, t1).
      while (i < end && isSpace(text.charCodeAt(i))) i++;
      if (i >= end) break;
      const t0 = i;
      while (i < end && !isSpace(text.charCodeAt(i))) i++;
      const t1 = i;
      while (chunk < nChunks - 1 && t0 >= bounds[chunk + 1]!) {
        chunks.push(counts.flush(maxFeatures, arena));
        chunk++;
        // No bigram or concept pair across a chunk boundary: a sentence window is exactly its sentence's bag.
        prevWord = 0;
        chunkConcepts = 0;
      }
      // Character n-grams of " token ", never crossing into the next token: the padded, lower-cased
      // token is read into a scratch buffer once, then every n-gram hash runs on it.
      this.#charGrams(this.#token(text, t0, t1), t1 - t0 + 2);
      // Words (runs of letters, digits and marks) inside the token, and bigrams with the previous word.
      let j = t0;
      while (j < t1) {
        if (!isWordChar(text.charCodeAt(j))) {
          j++;
          continue;
        }
        let h = WORD_SEED;
        const w0 = j;
        while (j < t1) {
          const code = text.charCodeAt(j);
          if (!isWordChar(code)) break;
          h = Math.imul(h ^ lower(code), FNV_PRIME);
          j++;
        }
        h >>>= 0;
        counts.add(1 + reduce(h, bits, modulus));
        if (prevWord !== 0) counts.add(1 + reduce(combineHash(prevWord, h) ^ SALT_BIGRAM, bits, modulus));
        prevWord = h || 1;
        if (concepts !== undefined) {
          const mask = concepts.match(text, w0, j);
          if (mask !== 0) chunkConcepts = this.#countConcepts(mask, chunkConcepts);
        }
      }
    }
    while (chunks.length < nChunks) chunks.push(counts.flush(maxFeatures, arena));
    return chunks;
  }

  /** Counts a word's concepts and their new pairs with the chunk's earlier concepts; returns the chunk's concepts. */
  #countConcepts(mask: number, seen: number): number {
    const counts = this.counts;
    for (let m = mask; m !== 0; m &= m - 1) {
      const k = 31 - Math.clz32(m & -m);
      counts.add(this.#conceptBucket[k]!);
      const bit = 1 << k;
      if ((seen & bit) !== 0) continue;
      for (let o = seen; o !== 0; o &= o - 1) {
        const j = 31 - Math.clz32(o & -o);
        counts.add(this.#pairBucket[j < k ? k * MAX_CONCEPTS + j : j * MAX_CONCEPTS + k]!);
      }
      seen |= bit;
    }
    return seen;
  }

  /** Counts the character n-grams of padded[0, len). */
  #charGrams(padded: Int32Array, len: number): void {
    const { charMin, charMax } = this.params;
    const counts = this.counts;
    const modulus = this.#modulus;
    const bits = this.#bits;
    if (charMin === 4 && charMax === 4) {
      // The served length, unrolled (about 15% off featurisation). Same hash as the loop below.
      for (let a = 0; a + 4 <= len; a++) {
        let h = Math.imul(CHAR_SEED ^ padded[a]!, FNV_PRIME);
        h = Math.imul(h ^ padded[a + 1]!, FNV_PRIME);
        h = Math.imul(h ^ padded[a + 2]!, FNV_PRIME);
        h = Math.imul(h ^ padded[a + 3]!, FNV_PRIME);
        counts.add(1 + reduce(h ^ 3, bits, modulus));
      }
      return;
    }
    for (let a = 0; a + charMin <= len; a++) {
      let h = CHAR_SEED;
      const last = Math.min(len, a + charMax);
      for (let b = a; b < last; b++) {
        h = Math.imul(h ^ padded[b]!, FNV_PRIME);
        if (b - a + 1 >= charMin) counts.add(1 + reduce(h ^ (b - a), bits, modulus));
      }
    }
  }

  /** " " + text[t0, t1) + " ", ASCII lower-cased (views are already normalised), in a reused buffer. */
  #token(text: string, t0: number, t1: number): Int32Array {
    const len = t1 - t0 + 2;
    if (this.#padded.length < len) this.#padded = new Int32Array(Math.max(len, this.#padded.length * 2));
    const out = this.#padded;
    out[0] = 32;
    for (let k = t0; k < t1; k++) out[k - t0 + 1] = lower(text.charCodeAt(k));
    out[len - 1] = 32;
    return out;
  }
}

/**
 * (h as uint32) mod m for m = 2^k - 1, exactly what `(h >>> 0) % m` gives: since 2^k ≡ 1 (mod m), the
 * k-bit digits of h sum to h mod m. Integer-only; `%` on a uint32 above 2^31 is a float modulo in V8,
 * and it cost a quarter of featurisation.
 */
function reduce(h: number, k: number, m: number): number {
  let x = (h & m) + (h >>> k);
  while (x > m) x = (x & m) + (x >>> k);
  return x === m ? 0 : x;
}

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

