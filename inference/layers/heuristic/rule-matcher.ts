// Walks the hits of one rule in one view: over the whole text, or only inside the ranges where an
// anchor makes a match possible. Both walks report the same hits in the same order.
import { isBlank } from '../../text/blank.js';

/** The reference walk: leftmost hits of a global regex from the start of the text, appended to `out` as [start, end) pairs (see ownStart). */
export function wholeTextHits(regex: RegExp, text: string, limit: number, out: number[]): void {
  out.length = 0;
  regex.lastIndex = 0;
  for (let hits = 0; hits < limit; hits++) {
    const m = regex.exec(text);
    if (m === null) break;
    if (m[0].length === 0) { regex.lastIndex++; continue; }
    out.push(ownStart(text, m.index, m.index + m[0].length), m.index + m[0].length);
  }
}

/**
 * Where a hit's own text starts: past the line breaks and spaces, and the previous sentence's closing mark, that a
 * rule's lead alternative consumed ("(?:^|\n|[.!?] )Note to the AI …" on "…number 82.\nNote …"). The span a finding
 * reports, the sentence the sanitiser widens it to and the quotation or block it is read in then are the hit's own.
 */
function ownStart(text: string, start: number, end: number): number {
  let s = start;
  while (s < end - 1) {
    const c = text.charCodeAt(s);
    if (isBlank(c)) s++;
    else if ((c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 44) && isBlank(text.charCodeAt(s + 1))) s += 2;
    else break;
  }
  return Math.min(s, end - 1);
}

/** How far a rule's match attempts read around a start (pattern-shape.ts). */
export interface RuleReach {
  /** Longest text a match consumes. */
  readonly maxLength: number;
  /** Text a negative lookbehind reads before the match start. */
  readonly lookbehind: number;
  /** Text a negative lookahead reads past the longest match. */
  readonly lookahead: number;
}

/**
 * The same walk restricted to possible starts. `starts` holds inclusive [lo, hi] pairs in order and
 * `reach` bounds how far any attempt reads, so each window is matched on a slice wide enough that
 * the regex sees exactly the characters it would see in the whole text. One character of left
 * context (plus what a lookbehind reads) keeps \b right and keeps ^ from matching at the slice start
 * (lastIndex is then at least 1). The rule must not match the empty string (wholeTextHits handles those).
 */
export function windowedHits(
  regex: RegExp, text: string, starts: readonly number[], reach: RuleReach, limit: number, out: number[],
): void {
  const { maxLength, lookbehind, lookahead } = reach;
  out.length = 0;
  let pos = 0;
  let hits = 0;
  for (let k = 0; k < starts.length && hits < limit; k += 2) {
    const hi = starts[k + 1]!;
    if (hi < pos) continue;
    const from = Math.max(starts[k]!, pos);
    const sliceStart = Math.max(0, from - 1 - lookbehind);
    // +2: a trailing \b or $ looks one character past the last one an attempt consumes.
    const sliceEnd = Math.min(text.length, hi + maxLength + 2 + lookahead);
    const slice = sliceEnd - sliceStart === text.length ? text : text.slice(sliceStart, sliceEnd);
    regex.lastIndex = from - sliceStart;
    while (hits < limit) {
      const m = regex.exec(slice);
      if (m === null) break;
      const start = sliceStart + m.index;
      if (start > hi) break;
      const end = start + m[0].length;
      out.push(ownStart(text, start, end), end);
      hits++;
      pos = end;
      if (end > hi) break;
    }
  }
}
