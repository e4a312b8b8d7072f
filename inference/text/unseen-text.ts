// Where, in the text extracted from an HTML page, lie the runs a human reader never sees (comments,
// hidden elements, alt/title/aria-label, meta), and that text gathered as a document of its own.
import type { PageTextView } from './document-views.js';
import { contentWords, wordsRepeat } from './page-words.js';
import { isBlank } from './blank.js';
import { rangeHolding } from './html-text.js';

/** [start, end) pairs (flat) of maximal runs of unseen text in a page view. */
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

/** The non-blank lines of text[from, to), each without the spaces around it. */
function* lines(text: string, from: number, to: number): Generator<[number, number]> {
  let s = from;
  while (s < to) {
    let e = text.indexOf('\n', s);
    if (e < 0 || e > to) e = to;
    let a = s;
    let b = e;
    while (a < b && isBlank(text.charCodeAt(a))) a++;
    while (b > a && isBlank(text.charCodeAt(b - 1))) b--;
    if (a < b) yield [a, b];
    s = e + 1;
  }
}

/**
 * Unseen text read on its own, at most, by the heuristic layer's hidden-scope rules and by the learned
 * layers' second reading (UnseenText): pages hide menus, templates and JSON-LD, and a page that hides
 * more is still read whole in its own windows; only these extra readings stop here, so their cost
 * stays bounded.
 */
export const MAX_UNSEEN_CHARS = 1 << 18;

/** A line with no space in it: a URL, a path, an id. */
const ONE_TOKEN = /^\S+$/;

/** A tag as text: commented-out markup, a code sample. */
const TAG_TEXT = /<[a-z/!][^<>\n]{0,300}>/gi;

/** Whether most of a line's characters are tags: page code left in a comment, not prose put there. */
function mostlyMarkup(line: string): boolean {
  if (line.indexOf('<') < 0) return false;
  let tags = 0;
  for (const m of line.matchAll(TAG_TEXT)) tags += m[0].length;
  return tags * 2 >= line.length;
}

/**
 * A page's unseen text as one document: its runs joined by line breaks, in page order. `toView` maps
 * a span of `text` back to the page view; a span that crosses runs is clipped to the run holding most
 * of it, so a finding never covers the visible text between two hidden runs.
 */
export class UnseenText {
  readonly text: string;
  /** Per run: where it starts in `text`, and in the view. */
  readonly #starts: number[] = [];
  readonly #viewStarts: number[] = [];
  readonly #lengths: number[] = [];

  /**
   * `visible`: the page's visible content words (page-words.ts). Given them (the learned layers' reading), a line
   * that only repeats them, or that is mostly tags, is left out; without them every unseen line is read.
   */
  constructor(view: PageTextView, visible?: ReadonlySet<string>) {
    const segments = hiddenSegments(view);
    const chrome = visible === undefined ? [] : view.chromeRanges;
    const parts: string[] = [];
    // A line read once: a page repeats its description in description, og: and twitter: tags, and three
    // copies of one sentence in a window weigh as no sentence on its own does.
    const seen = new Set<string>();
    let at = 0;
    for (let k = 0; k < segments.length && at < MAX_UNSEEN_CHARS; k += 2) {
      // Each line of a run on its own, without the spaces around it. A line that is one URL or path
      // (an og:image, a canonical link, an id) holds no sentence and is left out, and so is a line that
      // says what the page shows (its description, a headline in a link title): the page's own windows
      // read it already, and read alone it weighs as if it were a note of its own. A line with no content
      // word ("a cat on a mat", "say yes") is kept: it repeats nothing.
      for (const [s, e] of lines(view.text, segments[k]!, Math.min(segments[k + 1]!, segments[k]! + MAX_UNSEEN_CHARS - at))) {
        const part = view.text.slice(s, e);
        if (ONE_TOKEN.test(part) || seen.has(part)) continue;
        // The learned layers' reading also leaves out a line that repeats the page, one that is mostly tags, and
        // the page's interface: a hidden consent banner and button labels read alone look like orders to them.
        if (visible !== undefined && (wordsRepeat(contentWords(part), visible) || mostlyMarkup(part) || rangeHolding(chrome, s, e) !== undefined)) continue;
        seen.add(part);
        this.#starts.push(at);
        this.#viewStarts.push(s);
        this.#lengths.push(e - s);
        parts.push(part);
        at += e - s + 1;
      }
    }
    this.text = parts.join('\n');
  }

  /** [start, end) of `text` as a span of the view (clipped to one run). */
  toView(start: number, end: number): [number, number] {
    const first = this.#runAt(start);
    const last = this.#runAt(Math.max(start, end - 1));
    let best = first;
    let most = -1;
    for (let r = first; r <= last; r++) {
      const overlap = Math.min(end, this.#starts[r]! + this.#lengths[r]!) - Math.max(start, this.#starts[r]!);
      if (overlap > most) [best, most] = [r, overlap];
    }
    const from = this.#starts[best]!;
    const to = from + this.#lengths[best]!;
    const s = Math.max(start, from) - from + this.#viewStarts[best]!;
    const e = Math.min(end, to) - from + this.#viewStarts[best]!;
    return [s, Math.max(s, e)];
  }

  /** The run holding offset `pos` of `text` (a joining line break belongs to the run before it). */
  #runAt(pos: number): number {
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

const VISIBLE = new WeakMap<PageTextView, Set<string>>();

/**
 * A line of the page's text that is JSON-LD. The extracted text keeps JSON-LD (the models were trained on it there),
 * but no reader sees it: its strings are also unseen markup text (html-extract.ts), and a note planted in it must not
 * count as words the page shows. (The views fold "@" between letters to "a": `{"acontext": …`.)
 */
const JSON_LD_LINE = /^[ \t]*(?:\[\s*)?\{\s*"[@a](?:context|type|graph|id)"[^\n]*(?:\n|$)/gm;

/** Content words of a page view's text outside its unseen runs and its JSON-LD, gathered once per view. */
export function visibleWords(view: PageTextView): Set<string> {
  let words = VISIBLE.get(view);
  if (words !== undefined) return words;
  const segments = hiddenSegments(view);
  const parts: string[] = [];
  let at = 0;
  for (let k = 0; k < segments.length; k += 2) {
    parts.push(view.text.slice(at, segments[k]));
    at = segments[k + 1]!;
  }
  parts.push(view.text.slice(at));
  words = contentWords(parts.join('\n').replace(JSON_LD_LINE, '\n'));
  VISIBLE.set(view, words);
  return words;
}
