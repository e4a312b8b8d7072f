// Splits a view's text into sentence-aligned chunks, then into overlapping ~512-character windows and
// one window per sentence, so one injected sentence is scored on its own and never diluted by a page.
import { FEATURIZER_PARAMS, type FeaturizerParams } from './featurizer-params.js';

export interface TextWindow {
  readonly start: number;
  readonly end: number;
}

export interface ChunkWindow {
  readonly window: TextWindow;
  /** Chunks [firstChunk, endChunk) make up the window. */
  readonly firstChunk: number;
  readonly endChunk: number;
}

type Geometry = Pick<FeaturizerParams, 'windowChars' | 'windowStride' | 'sentenceMin' | 'sentenceMax'>;

function isBreak(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
}

/** Sentence ends: . ! ? ; and their CJK forms. (A newline always ends a sentence: lines of a page.) */
function isTerminator(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 59 || (c >= 0x3002 && (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b));
}

/**
 * Chunk boundaries of text[0, length): b[0] = 0 … b[n] = length. A chunk ends after a sentence end
 * once it holds at least `sentenceMin` characters (short lines and fragments are merged), and is cut
 * at the last space before `sentenceMax` characters, so no chunk outgrows a window's stride.
 */
export function sentenceBoundaries(text: string, g: Geometry = FEATURIZER_PARAMS): number[] {
  const out = [0];
  let start = 0;
  let lastSpace = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (i - start >= g.sentenceMax) {
      const cut = lastSpace > start ? lastSpace + 1 : i;
      out.push(cut);
      start = cut;
      lastSpace = -1;
    }
    if (isBreak(c)) lastSpace = i;
    const ends = c === 10 || (isTerminator(c) && (i + 1 >= text.length || isBreak(text.charCodeAt(i + 1))));
    if (ends && i + 1 - start >= g.sentenceMin) {
      // The next chunk starts at the next sentence's first character, so its window span is exact.
      let j = i + 1;
      while (j < text.length && isBreak(text.charCodeAt(j))) j++;
      if (j >= text.length) break;
      out.push(j);
      start = j;
      lastSpace = -1;
      i = j - 1;
    }
  }
  if (text.length > 0) out.push(text.length);
  return out;
}

/**
 * Windows over chunks with boundaries `b`: runs of whole chunks of at most `windowChars` characters
 * (at least one chunk) starting at most `windowStride` characters apart (the last one ends with the
 * text), then, when there is more than one chunk, every chunk alone. Big windows come first, so the
 * padding of a batch of sentence windows stays small.
 */
export function chunkWindows(b: readonly number[], g: Geometry = FEATURIZER_PARAMS): ChunkWindow[] {
  const n = b.length - 1;
  if (n <= 0) return [{ window: { start: 0, end: 0 }, firstChunk: 0, endChunk: 0 }];
  const at = (i: number): number => b[i]!;
  const out: ChunkWindow[] = [];
  let i = 0;
  for (;;) {
    let e = i + 1;
    while (e < n && at(e + 1) - at(i) <= g.windowChars) e++;
    out.push({ window: { start: at(i), end: at(e) }, firstChunk: i, endChunk: e });
    if (e >= n) break;
    let next = i + 1;
    while (next + 1 < n && at(next + 1) <= at(i) + g.windowStride) next++;
    i = next;
  }
  if (n > 1) for (let k = 0; k < n; k++) out.push({ window: { start: at(k), end: at(k + 1) }, firstChunk: k, endChunk: k + 1 });
  return out;
}
