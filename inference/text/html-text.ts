// The output side of HTML extraction: a growable buffer of text units with their source spans, and the
// TextView over the result, whose offsets map back to the HTML (and can widen to a whole unseen line).
import type { TextView } from './text-view.js';

/** Where a run of markup text came from in the page: [start, end) and a name for that markup. */
export interface MarkupSource {
  readonly start: number;
  readonly end: number;
  readonly kind: string;
}

/** Index of the first of `items` (in order, not overlapping) whose end lies past `pos`; items.length if none. */
export function firstEndingAfter<T>(items: ReadonlyArray<T>, pos: number, endOf: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (endOf(items[mid]!) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The range of `ranges` (sorted, disjoint [start, end) pairs) that holds all of [start, end), if one does. */
export function rangeHolding(ranges: ReadonlyArray<readonly [number, number]>, start: number, end: number): readonly [number, number] | undefined {
  const range = ranges[firstEndingAfter(ranges, start, (r) => r[1])];
  return range !== undefined && range[0] <= start && end <= range[1] ? range : undefined;
}

/** Unseen lines longer than this are not removed whole: the finding's own span is kept. */
const MAX_HIDDEN_LINE = 4096;

/** HTML's whitespace (space, tab, line feed, carriage return, form feed). */
export const isHtmlSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || c === 12;

/** The extracted text of a page; offsets map back to the HTML it came from. */
export class HtmlTextView implements TextView {
  readonly encoding = 'html';
  constructor(
    readonly text: string,
    /** Per character, the [start, end) it came from: interleaved start0, end0, start1, end1, … */
    private readonly spans: Int32Array,
    /** [start, end) ranges of `text` that came from elements a reader would not see. */
    readonly hiddenRanges: ReadonlyArray<readonly [number, number]>,
    /** [start, end) ranges of visible `text` set apart as a quotation or code (blockquote, q, pre, code, samp, kbd). */
    readonly quotedRanges: ReadonlyArray<readonly [number, number]> = [],
    /** What the page's markup says that `text` leaves out (html-extract.ts, PROSE); all of it unseen. */
    readonly markup: HtmlTextView | undefined = undefined,
    /** For a markup view: where in the page each of its runs came from, and what kind of markup it is. */
    readonly markupRuns: ReadonlyArray<MarkupSource> = [],
    /** [start, end) ranges of `text` that are the page's interface: buttons, a consent banner (html-extract.ts, isChrome). */
    readonly chromeRanges: ReadonlyArray<readonly [number, number]> = [],
    /** [start, end) ranges of `text` that are a JSON-LD script's raw JSON, which the models read as page text. */
    readonly jsonLdRanges: ReadonlyArray<readonly [number, number]> = [],
  ) {}

  /** [start, end) cut to the hidden range that holds most of it. */
  private clipToRun(start: number, end: number): [number, number] {
    const ranges = this.hiddenRanges;
    let best: readonly [number, number] | undefined;
    let most = -1;
    for (let k = firstEndingAfter(ranges, start, (r) => r[1]); k < ranges.length && ranges[k]![0] <= end; k++) {
      const range = ranges[k]!;
      const overlap = Math.min(end, range[1]) - Math.max(start, range[0]);
      if (overlap > most) [best, most] = [range, overlap];
    }
    if (best === undefined || most < 0) return [start, end];
    const s = Math.min(Math.max(start, best[0]), best[1]);
    return [s, Math.max(s, Math.min(end, best[1]))];
  }

  /** The kind of markup holding page offset `pos` (a markup view's runs, in page order), or undefined. */
  markupKindAt(pos: number): string | undefined {
    const run = this.markupRuns[firstEndingAfter(this.markupRuns, pos, (r) => r.end)];
    return run !== undefined && run.start <= pos ? run.kind : undefined;
  }

  /**
   * Smallest source range covering every character of [start, end). Attribute text is emitted after
   * the block it sits in, so the map is not monotonic and both ends must be searched.
   */
  toOriginal(start: number, end: number): [number, number] {
    const n = this.text.length;
    if (n === 0) return [0, 0];
    const s = Math.max(0, Math.min(start, n));
    const e = Math.max(s, Math.min(end, n));
    if (e === s) {
      const p = s < n ? this.spans[2 * s]! : this.spans[2 * n - 1]!;
      return [p, p];
    }
    let lo = this.spans[2 * s]!;
    let hi = this.spans[2 * s + 1]!;
    for (let i = s + 1; i < e; i++) {
      if (this.spans[2 * i]! < lo) lo = this.spans[2 * i]!;
      if (this.spans[2 * i + 1]! > hi) hi = this.spans[2 * i + 1]!;
    }
    return [lo, Math.max(lo, hi)];
  }

  /**
   * [start, end) widened to the whole lines of unseen text it touches (a hidden element's text, a comment,
   * an attribute value), so sanitising removes all of a hidden instruction and not only the sentence a
   * detector matched. Nothing a reader sees is lost by that; visible text is never widened.
   */
  widenHidden(start: number, end: number): [number, number] {
    // Markup text joins unrelated runs (an attribute, a style sheet comment): a span stays inside one.
    if (this.markupRuns.length > 0) [start, end] = this.clipToRun(start, end);
    const ranges = this.hiddenRanges;
    const lo = firstEndingAfter(ranges, start, (r) => r[1]);
    let s = start;
    let e = end;
    for (let k = lo; k < ranges.length && ranges[k]![0] < end; k++) {
      const [from, to] = ranges[k]!;
      const lineStart = Math.max(from, this.text.lastIndexOf('\n', Math.max(from, start) - 1) + 1);
      const next = this.text.indexOf('\n', Math.min(to, Math.max(end, from + 1)));
      const lineEnd = Math.min(to, next < 0 ? this.text.length : next);
      if (lineEnd - lineStart > MAX_HIDDEN_LINE) continue;
      s = Math.min(s, lineStart);
      e = Math.max(e, lineEnd);
    }
    // A range can open with the space before its element (TextSink writes a pending space when the next text comes):
    // that space is the page's, and a span opening on it would map back to the markup before the element too.
    while (s < e - 1 && (this.text.charCodeAt(s) === 32 || this.text.charCodeAt(s) === 10)) s++;
    return [s, e];
  }
}

/** Growable UTF-16 units plus their source spans, with HTML whitespace collapsing and lazy line breaks. */
export class TextSink {
  codes: Uint16Array;
  spans: Int32Array;
  len = 0;
  private pendingSpace = -1;
  private pendingBreak = false;

  constructor(capacity: number) {
    this.codes = new Uint16Array(capacity);
    this.spans = new Int32Array(capacity * 2);
  }

  /** Appends one unit; runs of whitespace become one space unless `pre` keeps them. */
  char(c: number, start: number, end: number, pre: boolean): void {
    if (!pre && isHtmlSpace(c)) {
      if (this.len > 0 && this.pendingSpace < 0 && !this.pendingBreak) this.pendingSpace = start;
      return;
    }
    this.flushPending(start);
    this.push(c, start, end);
  }

  /** Appends source[start, end) one unit per character: the hot loop for text nodes. */
  run(source: string, start: number, end: number, pre: boolean): void {
    this.reserve(end - start + 1);
    const { codes, spans } = this;
    for (let i = start; i < end; i++) {
      const c = source.charCodeAt(i);
      if (!pre && (c === 32 || c === 10 || c === 9 || c === 13 || c === 12)) {
        if (this.len > 0 && this.pendingSpace < 0 && !this.pendingBreak) this.pendingSpace = i;
        continue;
      }
      if (this.pendingBreak || this.pendingSpace >= 0) {
        this.char(c, i, i + 1, pre);
        continue;
      }
      const k = this.len++;
      codes[k] = c;
      spans[2 * k] = i;
      spans[2 * k + 1] = i + 1;
    }
  }

  /** Ends the current line; the newline is written only if more text follows. */
  lineBreak(): void {
    this.pendingBreak = true;
    this.pendingSpace = -1;
  }

  /** Moves everything in `other` to the end of this sink, on lines of its own. */
  take(other: TextSink): void {
    if (other.len === 0) return;
    this.lineBreak();
    this.flushPending(other.spans[0]!);
    this.reserve(other.len);
    this.codes.set(other.codes.subarray(0, other.len), this.len);
    this.spans.set(other.spans.subarray(0, other.len * 2), this.len * 2);
    this.len += other.len;
    this.lineBreak();
    other.len = 0;
    other.pendingBreak = false;
    other.pendingSpace = -1;
  }

  toString(): string {
    const parts: string[] = [];
    for (let i = 0; i < this.len; i += 8192) {
      const chunk = this.codes.subarray(i, Math.min(this.len, i + 8192));
      parts.push(String.fromCharCode.apply(null, chunk as unknown as number[]));
    }
    return parts.join('');
  }

  /** A separator maps to nothing of its own: its start is the next character's, its end the previous one's. */
  private flushPending(nextStart: number): void {
    if (this.pendingBreak) {
      if (this.len > 0) this.push(10, nextStart, this.spans[this.len * 2 - 1]!);
    } else if (this.pendingSpace >= 0) {
      this.push(32, this.pendingSpace, this.pendingSpace + 1);
    }
    this.pendingBreak = false;
    this.pendingSpace = -1;
  }

  private push(c: number, start: number, end: number): void {
    if (this.len === this.codes.length) this.reserve(1);
    this.codes[this.len] = c;
    this.spans[this.len * 2] = start;
    this.spans[this.len * 2 + 1] = end;
    this.len++;
  }

  private reserve(extra: number): void {
    if (this.len + extra <= this.codes.length) return;
    const size = Math.max(this.len + extra, this.codes.length * 2 + 16);
    const codes = new Uint16Array(size);
    const spans = new Int32Array(size * 2);
    codes.set(this.codes.subarray(0, this.len));
    spans.set(this.spans.subarray(0, this.len * 2));
    this.codes = codes;
    this.spans = spans;
  }
}
