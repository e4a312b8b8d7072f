// Featurizes rows once through the serving feature path (the same views, the same featurizeView),
// keeping a bounded set of windows per document, so training sees exactly what the layers will see.
import { Featurizer, type SparseFeatures } from '../../inference/features/featurizer.js';
import type { Row } from './datasets.js';
import { servingViewTexts } from './serving-views.js';
import { normalize } from '../../inference/text/normalize.js';
import type { Rng } from '../rng.js';

export interface Doc {
  readonly row: Row;
  readonly windows: SparseFeatures[];
  /**
   * For a generated document with a planted payload: the windows that overlap it, where it could be
   * found in a view. An attack document trains on its worst window; without this the worst window of
   * a page could be a line of the benign carrier, which the models would then learn as an attack.
   */
  readonly payloadWindows?: readonly number[];
}

/**
 * Windows kept per document: enough for a long page, bounded so one 400 KB page does not dominate.
 * Attack documents keep more: the one sentence that carries a planted payload must not be sampled away.
 */
const MAX_WINDOWS = { benign: 48, attack: 160 } as const;

/** Every non-empty window of every serving view of `text`, in serving order. */
export function servingWindows(featurizer: Featurizer, text: string): SparseFeatures[] {
  return windowsWithPayload(featurizer, text, undefined).windows;
}

/** Characters of the normalised payload searched for in a view: enough to be unique in a page. */
const PROBE_CHARS = 48;

/**
 * The serving windows of `text` and which of them overlap `payload`: its normalised form is looked
 * for in each view (a prefix probe, then the span of the whole payload from there).
 */
function windowsWithPayload(featurizer: Featurizer, text: string, payload: string | undefined): { windows: SparseFeatures[]; payloadWindows: number[] } {
  const windows: SparseFeatures[] = [];
  const payloadWindows: number[] = [];
  const planted = payload === undefined ? '' : normalize(payload).text.trim();
  const probe = planted.slice(0, PROBE_CHARS);
  for (const view of servingViewTexts(text)) {
    const at = probe.length > 0 ? view.indexOf(probe) : -1;
    const end = at + planted.length;
    for (const w of featurizer.featurizeView(view)) {
      if (w.indices.length === 0) continue;
      if (at >= 0 && w.window.start < end && w.window.end > at) payloadWindows.push(windows.length);
      windows.push(w);
    }
  }
  return { windows, payloadWindows };
}

/**
 * `bounded`: training documents keep at most MAX_WINDOWS (sampled); validation documents keep every
 * window, because thresholds are chosen on their worst window and serving scores every window.
 */
export function featurizeRows(rows: readonly Row[], rng: Rng, bounded = true): Doc[] {
  const featurizer = new Featurizer();
  return rows.map((row): Doc => {
    const found = windowsWithPayload(featurizer, row.text, row.payload);
    let { windows, payloadWindows } = found;
    const max = row.label === 1 ? MAX_WINDOWS.attack : MAX_WINDOWS.benign;
    if (bounded && windows.length > max) {
      // The payload's windows are always kept; the rest are sampled.
      const planted = new Set(payloadWindows);
      const rest = rng.shuffle(windows.map((_, i) => i).filter((i) => !planted.has(i))).slice(0, Math.max(0, max - planted.size));
      const keep = [...planted, ...rest].sort((a, b) => a - b);
      windows = keep.map((i) => found.windows[i]!);
      payloadWindows = keep.flatMap((i, k) => (planted.has(i) ? [k] : []));
    }
    return payloadWindows.length > 0 ? { row, windows, payloadWindows } : { row, windows };
  }).filter((d) => d.windows.length > 0);
}

/** Class- and source-balanced sampler: a label with probability ½, then a file ∝ √windows, then a document. */
export class BalancedSampler {
  private readonly byLabel: { files: Doc[][]; cumulative: number[] }[];

  constructor(docs: readonly Doc[], key: (d: Doc) => string = (d) => d.row.file) {
    this.byLabel = [0, 1].map((label) => {
      const groups = new Map<string, Doc[]>();
      for (const d of docs) {
        if (d.row.label !== label) continue;
        const k = key(d);
        let g = groups.get(k);
        if (!g) groups.set(k, (g = []));
        g.push(d);
      }
      const files = [...groups.keys()].sort().map((k) => groups.get(k) ?? []);
      let acc = 0;
      // √(windows) rather than √(documents): a long page is many windows a proxy will score.
      const cumulative = files.map((f) => (acc += Math.sqrt(f.reduce((a, d) => a + d.windows.length, 0))));
      return { files, cumulative };
    });
  }

  sample(rng: Rng, label: 0 | 1 = rng.next() < 0.5 ? 0 : 1): Doc {
    const { files, cumulative } = this.byLabel[label] ?? { files: [], cumulative: [] };
    const total = cumulative[cumulative.length - 1] ?? 0;
    const x = rng.next() * total;
    let i = 0;
    while (i < cumulative.length - 1 && (cumulative[i] ?? 0) <= x) i++;
    return rng.pick(files[i] ?? []);
  }
}
