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
