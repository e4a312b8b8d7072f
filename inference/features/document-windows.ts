// Collects the windows of every view of every document in a batch, so a layer can score the whole
// batch in one model run and map each result back to its document and original span.
import type { ScanDocument } from '../layers/layer.js';
import type { TextView } from '../text/text-view.js';
import type { Featurizer, SparseFeatures } from './featurizer.js';
import { splitWindows, type TextWindow } from './windows.js';

export interface WindowOwner {
  readonly doc: number;
  readonly view: TextView;
  readonly window: TextWindow;
}

export interface BatchWindows {
  readonly features: SparseFeatures[];
  readonly owners: WindowOwner[];
}

/** Every window of every view (normalised text first, then decoded payloads), empty windows skipped. */
export function collectWindows(docs: readonly ScanDocument[], featurizer: Featurizer): BatchWindows {
  const features: SparseFeatures[] = [];
  const owners: WindowOwner[] = [];
  docs.forEach((doc, d) => {
    for (const view of doc.views) {
      for (const window of splitWindows(view.text.length)) {
        const f = featurizer.featurizeWindow(view.text, window.start, window.end);
        if (f.indices.length === 0) continue;
        features.push(f);
        owners.push({ doc: d, view, window });
      }
    }
  });
  return { features, owners };
}
