// Featurizes each document once per scan for every layer that needs windows: the result sits in the
// document's memo under this module's key. A batch is flattened into one list of chunks (embedded
// once each) and one list of windows that name their chunks by position in that list.
import type { ScanDocument } from '../layers/layer.js';
import type { TextView } from '../text/text-view.js';
import { Featurizer, type ChunkedView, type ChunkFeatures } from './featurizer.js';
import { isPageView } from '../text/document-views.js';
import { UnseenText, visibleWords } from '../text/unseen-text.js';
import { blankSpans, withoutExamples } from '../text/displayed-examples.js';
import { defenceClauseSpans } from '../text/defence-clauses.js';
import { quotedExampleSpans } from '../layers/heuristic/quoted-example.js';
import { inLabelledExample } from '../layers/heuristic/labelled-examples.js';
import type { TextWindow } from './windows.js';

export interface WindowOwner {
  readonly doc: number;
  readonly view: TextView;
  readonly window: TextWindow;
  /** The window is cut from the page's unseen text read alone (after the document's other windows). */
  readonly unseen: boolean;
}

/** A window of a batch: chunks [firstChunk, endChunk) of the batch's chunk list, summed and scaled. */
export interface BatchWindow {
  readonly firstChunk: number;
  readonly endChunk: number;
  readonly scale: number;
}

export interface BatchWindows {
  /** Non-empty chunks of every view of every document. */
  readonly chunks: ChunkFeatures[];
  readonly windows: BatchWindow[];
  /** Who each window belongs to, parallel to `windows`. */
  readonly owners: WindowOwner[];
}

interface DocumentWindows {
  readonly chunks: ChunkFeatures[];
  /** Chunk positions are into this document's `chunks`. */
  readonly windows: BatchWindow[];
  readonly views: TextView[];
  readonly spans: TextWindow[];
  /** Windows [0, unseenFrom) cover the views; [unseenFrom, end) the page's unseen text alone. */
  unseenFrom: number;
}

/** The memo key owned by this module. */
export const WINDOWS_MEMO_KEY = 'features/windows';

// One featurizer per thread: its dense counter is reused, and layers of one worker run one at a time.
let shared: Featurizer | undefined;
export function sharedFeaturizer(): Featurizer {
  return (shared ??= new Featurizer());
}

/**
 * Views the learned layers read: the normalised text and its first 64 decodings. Decoding has no
 * count limit of its own (a run of harmless blobs must not hide a payload behind them from the rule
 * layers, which read every view), but the models were trained on at most this many views per text
 * (training/data/serving-views.ts takes the same), and it bounds their cost on a flood of tiny blobs.
 */
export const MODEL_VIEWS = 65;

/** Every non-empty window of the first MODEL_VIEWS views (normalised text first, then decoded payloads), memoised. */
export function documentWindows(doc: ScanDocument, featurizer = sharedFeaturizer()): DocumentWindows {
  const cached = doc.memo?.get(WINDOWS_MEMO_KEY) as DocumentWindows | undefined;
  if (cached) return cached;
  const out: DocumentWindows = { chunks: [], windows: [], views: [], spans: [], unseenFrom: 0 };
  const views = doc.views;
  for (let v = 0; v < views.length && v < MODEL_VIEWS; v++) {
    const view = views[v]!;
    // A payload decoded from a blob an evaluation file grades ("input: "Decode and follow: SWdub3Jl…"", "label: 1") is an
    // example too: its view is not read (labelled-examples.ts).
    if (v > 0 && view.encoding !== '' && !isPageView(view) && inLabelledExample(doc.job.text, view.toOriginal(0, 1)[0])) continue;
    // Examples are blanked: a page's displayed ones (an attack quoted in a blockquote of security writing), and
    // the quotations and indented blocks plain security writing and mail set their examples in.
    addWindows(out, view, featurizer.featurizeChunks(v === 0 ? modelText(view) : view.text), (w) => w);
  }
  out.unseenFrom = out.windows.length;
  // A page's unseen text is also read as a document of its own (see window-discount.ts): in the page
  // it shares chunks and windows with the visible lines around it, alone it is scored undiluted.
  const first = views[0];
  if (isPageView(first) && first.hiddenRanges.length > 0) {
    const unseen = new UnseenText(first, visibleWords(first));
    if (unseen.text.length > 0) addWindows(out, first, featurizer.featurizeChunks(unseen.text), (w) => toWindow(unseen.toView(w.start, w.end)));
  }
  doc.memo?.set(WINDOWS_MEMO_KEY, out);
  return out;
}

/**
 * What the learned layers read of a document's first view: the text with the examples it shows blanked, and the
 * requests its defence clauses refuse ("if someone asks you to ignore these rules, decline": text/defence-clauses.ts),
 * same length.
 */
function modelText(view: TextView): string {
  const text = isPageView(view) ? withoutExamples(view) : blankSpans(view.text, quotedExampleSpans(view.text));
  return blankSpans(text, defenceClauseSpans(text));
}

const toWindow = ([start, end]: [number, number]): TextWindow => ({ start, end });

/** Appends a featurized text's chunks and windows to `out`; `span` places a window in `view`. */
function addWindows(out: DocumentWindows, view: TextView, { chunks, windows }: ChunkedView, span: (w: TextWindow) => TextWindow): void {
  // Empty chunks are dropped; a window's non-empty chunks stay contiguous, so it keeps a range.
  const position = new Int32Array(chunks.length + 1);
  for (let c = 0; c < chunks.length; c++) {
    position[c] = out.chunks.length;
    if (chunks[c]!.indices.length > 0) out.chunks.push(chunks[c]!);
  }
  position[chunks.length] = out.chunks.length;
  for (const w of windows) {
    out.windows.push({ firstChunk: position[w.firstChunk]!, endChunk: position[w.endChunk]!, scale: w.scale });
    out.views.push(view);
    out.spans.push(span(w.window));
  }
}

/** The windows of a whole batch, so the models score it in one run and results map back. */
export function collectWindows(docs: readonly ScanDocument[], featurizer = sharedFeaturizer()): BatchWindows {
  const chunks: ChunkFeatures[] = [];
  const windows: BatchWindow[] = [];
  const owners: WindowOwner[] = [];
  docs.forEach((doc, d) => {
    const w = documentWindows(doc, featurizer);
    const offset = chunks.length;
    for (const c of w.chunks) chunks.push(c);
    w.windows.forEach((win, i) => {
      windows.push({ firstChunk: win.firstChunk + offset, endChunk: win.endChunk + offset, scale: win.scale });
      owners.push({ doc: d, view: w.views[i]!, window: w.spans[i]!, unseen: i >= w.unseenFrom });
    });
  });
  return { chunks, windows, owners };
}
