// Where, in the text extracted from an HTML page, lie the lines a human reader never sees (comments,
// hidden elements, alt/title/aria-label, meta), and what kind of hiding each one is.
import type { PageTextView } from '../../text/document-views.js';

/** [start, end) pairs (flat) of maximal runs of unseen text in the page's first view. */
export function hiddenSegments(view: PageTextView): number[] {
  const out: number[] = [];
  for (const [s, e] of view.hiddenRanges) push(out, s, e);
  return out;
}

/** Appends [s, e), merging it with the previous segment when only a line break separates them. */
function push(out: number[], s: number, e: number): void {
  const n = out.length;
  if (n > 0 && s - out[n - 1]! <= 1) out[n - 1] = e;
  else out.push(s, e);
}

/** Index k (even) of the segment in `segments` containing `pos`, or -1. */
export function segmentAt(segments: readonly number[], pos: number): number {
  let lo = 0;
  let hi = segments.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[2 * mid + 1]! <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < segments.length / 2 && segments[2 * lo]! <= pos ? 2 * lo : -1;
}

const ATTRIBUTE_BEFORE = /([a-z][a-z0-9:-]{0,30})\s*=\s*["']?$/i;

/** How [start, end) of the page `html` is hidden: "HTML comment", "alt attribute", or a hidden element. */
export function concealmentKind(html: string | undefined, start: number, end: number): string {
  if (html === undefined) return 'hidden element, comment or attribute';
  const open = html.lastIndexOf('<!--', start);
  if (open >= 0) {
    const close = html.indexOf('-->', open + 4);
    if (close < 0 || close >= end - 1) return 'HTML comment';
  }
  const lt = html.lastIndexOf('<', start);
  const gt = html.lastIndexOf('>', start - 1);
  if (lt > gt) {
    const name = ATTRIBUTE_BEFORE.exec(html.slice(Math.max(lt, start - 48), start))?.[1]?.toLowerCase();
    return name === undefined ? 'attribute' : `${name} attribute`;
  }
  return 'display:none / invisible element';
}
