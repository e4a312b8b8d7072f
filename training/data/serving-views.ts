// The views serving builds for a document with content_type auto, for training: the same function
// the pipeline calls, so training and serving read identical text.
import { MODEL_VIEWS } from '../../inference/features/document-windows.js';
import { documentViews } from '../../inference/text/document-views.js';

/** The texts of every view serving would featurize for `text` (normalised text first, then decodings). */
export function servingViewTexts(text: string): string[] {
  return documentViews({ text, contentType: 'auto' }).slice(0, MODEL_VIEWS).map((v) => v.text);
}
