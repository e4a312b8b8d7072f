// The ML classifier layer: P(injection or jailbreak) of every window of every view from the ONNX
// EmbeddingBag model in one batched run; a document takes its worst window, findings carry spans.
import type { Layer, LayerOutput, ScanDocument } from '../layer.js';
import type { Finding, ScanModeName } from '../../scan-types.js';
import { Featurizer } from '../../features/featurizer.js';
import { FEATURIZER_PARAMS } from '../../features/featurizer-params.js';
import { collectWindows } from '../../features/document-windows.js';
import { OnnxWindowModel } from '../../models/onnx-window-model.js';
import { loadManifest, MODELS_DIR, type ModelManifest } from '../../models/model-manifest.js';

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
  private manifest: ModelManifest | undefined;
  private model: OnnxWindowModel | undefined;
  private readonly featurizer = new Featurizer(FEATURIZER_PARAMS);

  constructor(private readonly dir = MODELS_DIR) {}

  async load(): Promise<void> {
    if (this.model) return;
    const manifest = loadManifest(this.dir);
    if (manifest.featurizer.version !== FEATURIZER_PARAMS.version) {
      throw new Error(`models expect featurizer ${manifest.featurizer.version}, code has ${FEATURIZER_PARAMS.version}`);
    }
    const model = new OnnxWindowModel(manifest.classifier.file, manifest.classifier.output, this.dir);
    await model.load();
    this.manifest = manifest;
    this.model = model;
    this.version = `classifier@${manifest.version}`;
  }

  async scoreBatch(docs: readonly ScanDocument[]): Promise<LayerOutput[]> {
    if (!this.model || !this.manifest) throw new Error('ClassifierLayer used before load()');
    const { warn, block } = this.manifest.thresholds.classifier;
    const { features, owners } = collectWindows(docs, this.featurizer);
    const probs = await this.model.run(features);
    const scores = new Float64Array(docs.length);
    const flagged: Span[][] = docs.map(() => []);
    owners.forEach((o, i) => {
      const p = probs[i] ?? 0;
      if (p > (scores[o.doc] ?? 0)) scores[o.doc] = p;
      if (p >= warn) {
        const [start, end] = o.view.toOriginal(o.window.start, o.window.end);
        flagged[o.doc]?.push({ start, end, score: p, encoding: o.view.encoding });
      }
    });
    return docs.map((_, d) => ({
      score: scores[d] ?? 0,
      findings: mergeSpans(flagged[d] ?? []).map(
        (s): Finding => ({
          category: 'prompt_injection',
          severity: s.score >= block ? 'high' : 'medium',
          description: `ML classifier: P(injection) ${s.score.toFixed(2)} for this passage`,
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
