// The feature path from submitted text: shared normalisation, then windows, then hashed n-grams.
// Training calls featurizeText on raw data; serving calls featurizeView on the pipeline's views.
import { normalize } from '../text/normalize.js';
import type { TextView } from '../text/text-view.js';
import { Featurizer, type SparseFeatures } from './featurizer.js';
import { splitWindows, type TextWindow } from './windows.js';

export interface WindowFeatures extends SparseFeatures {
  /** The window in the view's text. */
  readonly window: TextWindow;
}

/** Features of every window of an already normalised view. */
export function featurizeView(featurizer: Featurizer, view: Pick<TextView, 'text'>): WindowFeatures[] {
  return splitWindows(view.text.length).map((window) => ({
    window,
    ...featurizer.featurizeWindow(view.text, window.start, window.end),
  }));
}

/** Features of raw text exactly as serving sees it: normalise, then featurizeView. */
export function featurizeText(featurizer: Featurizer, text: string): WindowFeatures[] {
  return featurizeView(featurizer, normalize(text));
}

export { normalize };
