// The views of a submitted text that every layer reads, built the same way for serving and training:
// HTML is read as the text a model would see (hidden parts included), then de-obfuscated.
import type { ScanJob } from '../scan-types.js';
import { looksLikeHtml } from './content-type.js';
import { buildViews } from './deobfuscate.js';
import { extractHtml } from './html-extract.js';
import type { HtmlTextView } from './html-text.js';
import type { TextView } from './text-view.js';

/**
 * A view of extracted text whose offsets map through the extraction to the submitted HTML. A span in
 * text nobody sees (hidden element, comment, attribute) grows to its whole line, so sanitising drops it all.
 */
class ExtractedView implements TextView {
  private hidden: ReadonlyArray<readonly [number, number]> | undefined;
  private quoted: ReadonlyArray<readonly [number, number]> | undefined;
  private chrome: ReadonlyArray<readonly [number, number]> | undefined;
  private jsonLd: ReadonlyArray<readonly [number, number]> | undefined;
  private markup: PageTextView[] | undefined;
  constructor(
    private readonly view: TextView,
    private readonly extracted: HtmlTextView,
  ) {}
  get text(): string {
    return this.view.text;
  }
  get encoding(): string {
    return this.view.encoding;
  }
  toOriginal(start: number, end: number): [number, number] {
    const [s, e] = this.view.toOriginal(start, end);
    return this.extracted.toOriginal(...this.extracted.widenHidden(s, e));
  }
  /**
   * [start, end) ranges of this view's text a reader never sees, in order: the extraction's hidden
   * ranges carried through normalisation. Empty for decoded payloads (their text is not the page's).
   */
  get hiddenRanges(): ReadonlyArray<readonly [number, number]> {
    return (this.hidden ??= this.carried(this.extracted.hiddenRanges));
  }
  /** [start, end) ranges of this view's visible text set apart as a quotation or code, carried like hiddenRanges. */
  get quotedRanges(): ReadonlyArray<readonly [number, number]> {
    return (this.quoted ??= this.carried(this.extracted.quotedRanges));
  }
  /** [start, end) ranges of this view's text that are the page's buttons and consent banner, carried like hiddenRanges. */
  get chromeRanges(): ReadonlyArray<readonly [number, number]> {
    return (this.chrome ??= this.carried(this.extracted.chromeRanges));
  }
  /** [start, end) ranges of this view's text that are raw JSON-LD, carried like hiddenRanges. */
  get jsonLdRanges(): ReadonlyArray<readonly [number, number]> {
    return (this.jsonLd ??= this.carried(this.extracted.jsonLdRanges));
  }
  /**
   * Views of what the page's markup says and its text leaves out (html-extract.ts): normalised first,
   * then decoded payloads, all mapped to the page. Only the heuristic layer reads them: the models are
   * trained on the extracted text alone. None for a decoded payload's view.
   */
  get markupViews(): readonly PageTextView[] {
    const markup = this.extracted.markup;
    if (this.view.encoding !== '' || markup === undefined) return [];
    return (this.markup ??= buildViews(markup.text).map((view) => new ExtractedView(view, markup)));
  }
  /** The kind of markup the page offset `pos` lies in, for a view of markup text. */
  markupKindAt(pos: number): string | undefined {
    return this.extracted.markupKindAt(pos);
  }
  /** Ranges of the extracted text as ranges of this view; none for a decoded payload. */
  private carried(ranges: ReadonlyArray<readonly [number, number]>): ReadonlyArray<readonly [number, number]> {
    if (this.view.encoding !== '') return [];
    return ranges.map(([s, e]): readonly [number, number] => [this.offsetOf(s), this.offsetOf(e)]).filter(([s, e]) => s < e);
  }
  /** The first offset of this view at or after offset `x` of the extracted text (normalisation keeps order). */
  private offsetOf(x: number): number {
    let lo = 0;
    let hi = this.view.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.view.toOriginal(mid, mid)[0] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** A view of the text extracted from an HTML page, which knows where its unseen text lies. */
export type PageTextView = TextView & {
  readonly hiddenRanges: ReadonlyArray<readonly [number, number]>;
  readonly quotedRanges: ReadonlyArray<readonly [number, number]>;
  readonly chromeRanges: ReadonlyArray<readonly [number, number]>;
  /** Raw JSON-LD: the models read it as text; the rules read its strings in the markup view, as unseen text. */
  readonly jsonLdRanges: ReadonlyArray<readonly [number, number]>;
};

export function isPageView(view: TextView | undefined): view is PageTextView {
  return view instanceof ExtractedView;
}

/** Views of the markup-only text of a page's view (ExtractedView.markupViews); none for other views. */
export function markupViews(view: TextView | undefined): readonly PageTextView[] {
  return view instanceof ExtractedView ? view.markupViews : [];
}

/** For a view of markup text: the kind of markup holding page offset `pos` ("data-note attribute"…). */
export function markupKindAt(view: TextView, pos: number): string | undefined {
  return view instanceof ExtractedView ? view.markupKindAt(pos) : undefined;
}

function isHtml(job: Pick<ScanJob, 'text' | 'contentType'>): boolean {
  return job.contentType === 'html' || (job.contentType === 'auto' && looksLikeHtml(job.text));
}

/** The normalised text first, then decoded payloads; every view maps its offsets to `job.text`. */
export function documentViews(job: Pick<ScanJob, 'text' | 'contentType'>): TextView[] {
  if (!isHtml(job)) return buildViews(job.text);
  const extracted = extractHtml(job.text);
  return buildViews(extracted.text).map((view) => new ExtractedView(view, extracted));
}
