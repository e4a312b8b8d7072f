// The ML classifier layer: P(injection or jailbreak) of every window of every view from the ONNX
// EmbeddingBag model in one batched run; a document takes its worst window, findings carry spans.
import type { Layer, LayerOutput, ScanDocument } from '../layer.js';
import type { Finding, ScanModeName } from '../../scan-types.js';
import { collectWindows } from '../../features/document-windows.js';
import { OnnxWindowModel } from '../../models/onnx-window-model.js';
import { loadServingManifest, MODELS_DIR } from '../../models/model-manifest.js';
import { calibrate, documentDiscounts, NO_DISCOUNT, POLICY_BLOCK, POLICY_WARN, type CalibrationKnots, type LengthDiscount } from '../../models/score-calibration.js';

interface Span {
  start: number;
  end: number;
  score: number;
  encoding: string;
}

/** Joins overlapping flagged windows (same encoding) into one span carrying the highest score. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.encoding.localeCompare(b.encoding) || a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && last.encoding === s.encoding && s.start <= last.end) {
      last.end = Math.max(last.end, s.end);
      last.score = Math.max(last.score, s.score);
    } else {
      out.push({ ...s });
    }
  }
  return out;
}

export class ClassifierLayer implements Layer {
  readonly name = 'ml_confidence' as const;
  readonly modes: readonly ScanModeName[] = ['content'];
  version = 'unloaded';
  private model: OnnxWindowModel | undefined;
  private knots: CalibrationKnots = [];
  private discount: LengthDiscount = NO_DISCOUNT;
  private output = 'logit';

  constructor(private readonly dir = MODELS_DIR) {}

  async load(): Promise<void> {
    if (this.model) return;
    const manifest = loadServingManifest(this.dir);
    const model = new OnnxWindowModel(manifest.classifier.file, { [manifest.classifier.output]: 1 }, this.dir);
    await model.load();
    this.knots = manifest.calibration.classifier;
    this.discount = manifest.lengthDiscount?.classifier ?? NO_DISCOUNT;
    this.output = manifest.classifier.output;
    this.model = model;
    this.version = `classifier@${manifest.version}`;
  }

  /** Calibrated score of every window of the batch, with its owner (for tools and tests). */
  async windowScores(docs: readonly ScanDocument[]): Promise<{ scores: Float32Array; owners: ReturnType<typeof collectWindows>['owners'] }> {
    if (!this.model) throw new Error('ClassifierLayer used before load()');
    const { features, owners } = collectWindows(docs);
    const out = await this.model.run(features);
    // The raw score is the manifest's output (the logit since models 3), less the document's length
    // discount: thresholds were chosen on exactly that.
    const scores = out[this.output] ?? new Float32Array(features.length);
    const discounts = documentDiscounts(owners, docs.length, this.discount);
    for (let i = 0; i < scores.length; i++) scores[i] = calibrate(scores[i]! - discounts[owners[i]!.doc]!, this.knots);
    return { scores, owners };
  }

  async scoreBatch(docs: readonly ScanDocument[]): Promise<LayerOutput[]> {
    const { scores: windowScores, owners } = await this.windowScores(docs);
    const scores = new Float64Array(docs.length);
    const flagged: Span[][] = docs.map(() => []);
    owners.forEach((o, i) => {
      const p = windowScores[i]!;
      if (p > scores[o.doc]!) scores[o.doc] = p;
      if (p >= POLICY_WARN) {
        const [start, end] = o.view.toOriginal(o.window.start, o.window.end);
        flagged[o.doc]!.push({ start, end, score: p, encoding: o.view.encoding });
      }
    });
    return docs.map((_, d) => ({
      score: scores[d]!,
      findings: mergeSpans(flagged[d]!).map(
        (s): Finding => ({
          category: 'prompt_injection',
          severity: s.score >= POLICY_BLOCK ? 'high' : 'medium',
          description: `ML classifier: injection score ${s.score.toFixed(2)} for this passage`,
          start: s.start,
          end: s.end,
          layer: this.name,
          score: s.score,
          encoding: s.encoding,
        }),
      ),
    }));
  }
}
