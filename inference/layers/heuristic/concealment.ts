// Where, in the text extracted from an HTML page, lie the lines a human reader never sees (comments,
// hidden elements, alt/title/aria-label, meta), and what kind of hiding each one is.
import type { TextView } from '../../text/text-view.js';

/** A view that knows its unseen ranges itself ([start, end) pairs in its own offsets, in order). */
interface HiddenRangesView extends TextView {
  readonly hiddenRanges: ReadonlyArray<readonly [number, number]>;
}

function hasHiddenRanges(view: TextView): view is HiddenRangesView {
  return Array.isArray((view as Partial<HiddenRangesView>).hiddenRanges);
}

/** Shorter lines cannot be told apart by the probe (one entity such as &thetasym; spans ten characters). */
const MIN_PROBED_LINE = 12;

/**
 * [start, end) pairs (flat) of maximal runs of unseen lines in `view.text`. The view of an HTML page
 * maps a span inside unseen text to its whole unseen line (document-views.ts, HtmlTextView.widenHidden),
 * so a line whose first character maps to a source range as long as the line is unseen; on a line a
 * reader sees it maps to itself. Unseen lines shorter than MIN_PROBED_LINE are skipped (too short to hold
 * an instruction). Lines over the widening limit (4096) are not found this way.
 * A view that exposes `hiddenRanges` is read directly instead.
 */
export function hiddenSegments(view: TextView): number[] {
  const out: number[] = [];
  if (hasHiddenRanges(view)) {
    for (const [s, e] of view.hiddenRanges) push(out, s, e);
    return out;
  }
  const text = view.text;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    // One character of a seen line maps to itself (an entity to at most a dozen source characters);
    // of an unseen line, to the whole line's source, which is never shorter than the line.
    if (lineEnd - lineStart >= MIN_PROBED_LINE) {
      const [a0, a1] = view.toOriginal(lineStart, lineStart + 1);
      if (a1 - a0 >= lineEnd - lineStart) push(out, lineStart, lineEnd);
    }
    lineStart = lineEnd + 1;
  }
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
