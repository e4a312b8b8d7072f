// Featurizes each document once per scan for every layer that needs windows: the result sits in the
// document's memo under this module's key, so the classifier and the semantic layer share one pass.
import type { ScanDocument } from '../layers/layer.js';
import type { TextView } from '../text/text-view.js';
import { Featurizer, type SparseFeatures } from './featurizer.js';
import type { TextWindow } from './windows.js';

export interface WindowOwner {
  readonly doc: number;
  readonly view: TextView;
  readonly window: TextWindow;
}

export interface BatchWindows {
  readonly features: SparseFeatures[];
  readonly owners: WindowOwner[];
}

interface DocumentWindows {
  readonly features: SparseFeatures[];
  readonly views: TextView[];
  readonly windows: TextWindow[];
}

/** The memo key owned by this module. */
export const WINDOWS_MEMO_KEY = 'features/windows';

// One featurizer per thread: its dense scratch is 1 MB, and layers of one worker run one at a time.
let shared: Featurizer | undefined;
export function sharedFeaturizer(): Featurizer {
  return (shared ??= new Featurizer());
}

/** Every non-empty window of every view (normalised text first, then decoded payloads), memoised. */
export function documentWindows(doc: ScanDocument, featurizer = sharedFeaturizer()): DocumentWindows {
  const cached = doc.memo?.get(WINDOWS_MEMO_KEY) as DocumentWindows | undefined;
  if (cached) return cached;
  const out: DocumentWindows = { features: [], views: [], windows: [] };
  for (const view of doc.views) {
    for (const f of featurizer.featurizeView(view.text)) {
      if (f.indices.length === 0) continue;
      out.features.push(f);
      out.views.push(view);
      out.windows.push(f.window);
    }
  }
  doc.memo?.set(WINDOWS_MEMO_KEY, out);
  return out;
}

/** The windows of a whole batch, so a layer scores it in one model run and maps results back. */
export function collectWindows(docs: readonly ScanDocument[], featurizer = sharedFeaturizer()): BatchWindows {
  const features: SparseFeatures[] = [];
  const owners: WindowOwner[] = [];
  docs.forEach((doc, d) => {
    const w = documentWindows(doc, featurizer);
    for (let i = 0; i < w.features.length; i++) {
      features.push(w.features[i]!);
      owners.push({ doc: d, view: w.views[i]!, window: w.windows[i]! });
    }
  });
  return { features, owners };
}
