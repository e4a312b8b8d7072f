// Splits a long text into overlapping windows so one injected sentence is never diluted by a page.
// Cost is linear in length: a window every `stride` characters, each `size` characters long.
import { FEATURIZER_PARAMS } from './featurizer-params.js';

export interface TextWindow {
  readonly start: number;
  readonly end: number;
}

/** Windows over [0, length): one window for short texts, else stride-spaced windows, last one flush with the end. */
export function splitWindows(
  length: number,
  size = FEATURIZER_PARAMS.windowChars,
  stride = FEATURIZER_PARAMS.windowStride,
): TextWindow[] {
  if (length <= size) return [{ start: 0, end: length }];
  const out: TextWindow[] = [];
  let start = 0;
  for (; start + size < length; start += stride) out.push({ start, end: start + size });
  out.push({ start: Math.max(0, length - size), end: length });
  return out;
}
