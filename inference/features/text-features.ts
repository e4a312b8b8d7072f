// The feature path from submitted text: shared normalisation, then windows of hashed n-grams.
// Training calls featurizeText on raw data; serving calls documentWindows on the pipeline's views.
import { normalize } from '../text/normalize.js';
import { Featurizer, type WindowFeatures } from './featurizer.js';

export type { WindowFeatures };

/** Features of raw text exactly as serving sees a plain-text document's first view: normalise, then window. */
export function featurizeText(featurizer: Featurizer, text: string): WindowFeatures[] {
  return featurizer.featurizeView(normalize(text).text);
}

export { normalize };
