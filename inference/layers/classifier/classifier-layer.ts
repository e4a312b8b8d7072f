// The ML classifier layer: the injection logit of every window of every view (window-scorer.ts runs
// the models once for both learned layers); a document takes its worst window, findings carry spans.
import type { Layer, LayerOutput, ScanDocument } from '../layer.js';
import type { Finding, ScanModeName } from '../../scan-types.js';
import { WindowScorer } from '../../models/window-scorer.js';
import { MODELS_DIR } from '../../models/model-manifest.js';
import { windowDiscounts } from '../../models/window-discount.js';
import { calibrate, NO_DISCOUNT, POLICY_BLOCK, POLICY_WARN, UNSEEN_CEILING, type CalibrationKnots, type LengthDiscount } from '../../models/score-calibration.js';

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
  private scorer: WindowScorer | undefined;
  private knots: CalibrationKnots = [];
  private discount: LengthDiscount = NO_DISCOUNT;

  constructor(private readonly dir = MODELS_DIR) {}

  async load(): Promise<void> {
    if (this.scorer) return;
    const scorer = WindowScorer.shared(this.dir);
    await scorer.load();
    const { manifest } = scorer;
    this.knots = manifest.calibration.classifier;
    this.discount = manifest.lengthDiscount?.classifier ?? NO_DISCOUNT;
    this.scorer = scorer;
    this.version = `classifier@${manifest.version}`;
  }

  async scoreBatch(docs: readonly ScanDocument[]): Promise<LayerOutput[]> {
    if (!this.scorer) throw new Error('ClassifierLayer used before load()');
    const scored = await this.scorer.scoreDocuments(docs);
    return scored.map((d) => {
      // The raw score is the logit less the document's length discount: thresholds were chosen on exactly that.
      const discount = windowDiscounts(d.logit.length, d.unseenFrom, this.discount);
      let score = 0;
      const flagged: Span[] = [];
      d.logit.forEach((logit, i) => {
        const calibrated = calibrate(logit - discount[i]!, this.knots);
        // A window of the page's unseen text read alone WARNs at most (UNSEEN_CEILING): BLOCK there takes corroboration.
        const p = i >= d.unseenFrom ? Math.min(calibrated, UNSEEN_CEILING) : calibrated;
        if (p > score) score = p;
        if (p >= POLICY_WARN) {
          const view = d.views[i]!;
          const [start, end] = view.toOriginal(d.spans[i]!.start, d.spans[i]!.end);
          flagged.push({ start, end, score: p, encoding: view.encoding });
        }
      });
      return {
        score,
        findings: mergeSpans(flagged).map(
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
      };
    });
  }
}
