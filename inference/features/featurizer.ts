// Text → windows of hashed word uni/bi-grams and in-token character 3–5-grams (sublinear tf, L2).
// The single feature path for training and serving: both call featurizeView on normalised view text.
import { combineHash } from './hash.js';
import { FEATURIZER_PARAMS, type FeaturizerParams } from './featurizer-params.js';
import { chunkWindows, sentenceBoundaries, type TextWindow } from './windows.js';
import { ChunkCounts, mergeChunks, type SparseFeatures } from './sparse.js';

export type { SparseFeatures } from './sparse.js';

/** One window's features and where the window sits in the view's text. */
export interface WindowFeatures extends SparseFeatures {
  readonly window: TextWindow;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SALT_WORD = 0x5bd1e995;
const SALT_BIGRAM = 0x27d4eb2d;
const SALT_CHAR = 0x165667b1;

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

  constructor(params: FeaturizerParams = FEATURIZER_PARAMS) {
    if (params.sentenceMax > params.windowStride) throw new Error('sentenceMax must not exceed windowStride');
    this.params = params;
    this.counts = new ChunkCounts(params.buckets);
  }

  /** Features of every window of an already normalised view text, in order. */
  featurizeView(text: string): WindowFeatures[] {
    const { maxFeatures } = this.params;
    const bounds = sentenceBoundaries(text, this.params);
    const chunks = this.hashChunks(text, bounds);
    return chunkWindows(bounds, this.params).map((w) => ({
      window: w.window,
      ...mergeChunks(chunks, w.firstChunk, w.endChunk, maxFeatures),
    }));
  }

  /** One bag over text[start, end), no windowing (tools, tests, exemplars of short texts). */
  featurizeWindow(text: string, start = 0, end = text.length): SparseFeatures {
    const chunks = this.hashChunks(text, [start, end]);
    return mergeChunks(chunks, 0, chunks.length, this.params.maxFeatures);
  }

  /** Sorted (bucket, count) lists per chunk [bounds[k], bounds[k+1]); a token belongs to the chunk it starts in. */
  private hashChunks(text: string, bounds: readonly number[]): ReturnType<ChunkCounts['flush']>[] {
    const start = bounds[0] ?? 0;
    const end = bounds[bounds.length - 1] ?? 0;
    const nChunks = Math.max(1, bounds.length - 1);
    const chunks: ReturnType<ChunkCounts['flush']>[] = [];
    const counts = this.counts;
    const { charMin, charMax, buckets } = this.params;
    const add = (h: number): void => counts.add(1 + ((h >>> 0) % (buckets - 1)));
    let chunk = 0;
    let prevWord = 0;
    let i = start;
    while (i < end) {
      // Next space-delimited token [t0, t1).
      while (i < end && isSpace(text.charCodeAt(i))) i++;
      if (i >= end) break;
      const t0 = i;
      while (i < end && !isSpace(text.charCodeAt(i))) i++;
      const t1 = i;
      while (chunk < nChunks - 1 && t0 >= bounds[chunk + 1]!) {
        chunks.push(counts.flush());
        chunk++;
        // No bigram across a chunk boundary: a sentence window is exactly its sentence's bag.
        prevWord = 0;
      }
      // Character n-grams of " token ", never crossing into the next token.
      const len = t1 - t0 + 2;
      for (let a = 0; a + charMin <= len; a++) {
        let h = (FNV_OFFSET ^ SALT_CHAR) >>> 0;
        const last = Math.min(len, a + charMax);
        for (let b = a; b < last; b++) {
          h = Math.imul(h ^ lowerAt(text, t0, t1, b), FNV_PRIME);
          if (b - a + 1 >= charMin) add(h ^ (b - a));
        }
      }
      // Words (runs of letters, digits and marks) inside the token, and bigrams with the previous word.
      let j = t0;
      while (j < t1) {
        if (!isWordChar(text.charCodeAt(j))) {
          j++;
          continue;
        }
        let h = (FNV_OFFSET ^ SALT_WORD) >>> 0;
        while (j < t1) {
          const code = text.charCodeAt(j);
          if (!isWordChar(code)) break;
          h = Math.imul(h ^ lower(code), FNV_PRIME);
          j++;
        }
        h >>>= 0;
        add(h);
        if (prevWord !== 0) add(combineHash(prevWord, h) ^ SALT_BIGRAM);
        prevWord = h || 1;
      }
    }
    while (chunks.length < nChunks) chunks.push(counts.flush());
    return chunks;
  }
}

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Code unit `k` of " " + text[t0, t1) + " ", ASCII lower-cased (views are already normalised). */
function lowerAt(text: string, t0: number, t1: number, k: number): number {
  return k === 0 || k === t1 - t0 + 1 ? 32 : lower(text.charCodeAt(t0 + k - 1));
}
