// Splits a long text into overlapping windows so one injected sentence is never diluted by a page.
// Windows are runs of consecutive stride-long chunks: cost is linear in length, nothing is truncated.
import { FEATURIZER_PARAMS } from './featurizer-params.js';

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

/** One window for short texts, else a window every stride, the last one flush with the end. */
export function chunkWindows(
  length: number,
  size = FEATURIZER_PARAMS.windowChars,
  stride = FEATURIZER_PARAMS.windowStride,
): ChunkWindow[] {
  const nChunks = Math.max(1, Math.ceil(length / stride));
  const perWindow = size / stride;
  if (nChunks <= perWindow) return [{ window: { start: 0, end: length }, firstChunk: 0, endChunk: nChunks }];
  const out: ChunkWindow[] = [];
  for (let k = 0; k + perWindow <= nChunks; k++) {
    out.push({ window: { start: k * stride, end: Math.min(length, (k + perWindow) * stride) }, firstChunk: k, endChunk: k + perWindow });
  }
  return out;
}
