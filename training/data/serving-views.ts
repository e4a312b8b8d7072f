// The views serving builds for a document with content_type auto, rebuilt here for training: HTML is
// read as its extracted text, then de-obfuscated. Mirrors PreparedDocument in inference/pipeline.ts.
import { looksLikeHtml } from '../../inference/text/content-type.js';
import { buildViews } from '../../inference/text/deobfuscate.js';
import { extractHtml } from '../../inference/text/html-extract.js';

/** The texts of every view serving would featurize for `text` (normalised text first, then decodings). */
export function servingViewTexts(text: string): string[] {
  const base = looksLikeHtml(text) ? extractHtml(text).text : text;
  return buildViews(base).map((v) => v.text);
}
