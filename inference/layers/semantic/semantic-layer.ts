// The embedding-similarity layer: encodes every window with the ONNX encoder in one batched run and
// reports the nearest known-attack exemplar (family and source) when it is closer than any benign one.
import type { Layer, LayerOutput, ScanDocument } from '../layer.js';
import type { Finding, ScanModeName } from '../../scan-types.js';
import { Featurizer } from '../../features/featurizer.js';
import { FEATURIZER_PARAMS } from '../../features/featurizer-params.js';
import { collectWindows, type WindowOwner } from '../../features/document-windows.js';
import { OnnxWindowModel } from '../../models/onnx-window-model.js';
import { loadManifest, MODELS_DIR, type ModelManifest } from '../../models/model-manifest.js';
import { loadExemplars, type ExemplarStore } from '../../models/exemplar-store.js';
import { nearest, type ExemplarEntry } from './exemplar-index.js';

export interface SemanticMatch {
  readonly score: number;
  readonly similarity: number;
  readonly exemplar: ExemplarEntry | undefined;
  readonly owner: WindowOwner;
}

export class SemanticLayer implements Layer {
  readonly name = 'semantic' as const;
  readonly modes: readonly ScanModeName[] = ['content'];
  version = 'unloaded';
  private manifest: ModelManifest | undefined;
  private model: OnnxWindowModel | undefined;
  private store: ExemplarStore | undefined;
  private readonly featurizer = new Featurizer(FEATURIZER_PARAMS);

  constructor(private readonly dir = MODELS_DIR) {}

  async load(): Promise<void> {
    if (this.model) return;
    const manifest = loadManifest(this.dir);
    if (manifest.featurizer.version !== FEATURIZER_PARAMS.version) {
      throw new Error(`models expect featurizer ${manifest.featurizer.version}, code has ${FEATURIZER_PARAMS.version}`);
    }
    const model = new OnnxWindowModel(manifest.encoder.file, manifest.encoder.output, this.dir);
    await model.load();
    this.store = loadExemplars(manifest, this.dir);
    this.manifest = manifest;
    this.model = model;
    this.version = `encoder@${manifest.version}`;
  }

  /** Unit vectors of arbitrary texts (already normalised views), one batched run: for tests and tools. */
  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    if (!this.model || !this.manifest) throw new Error('SemanticLayer used before load()');
    const d = this.manifest.encoder.dim;
    const rows = texts.map((t) => this.featurizer.featurizeWindow(t));
    const out = await this.model.run(rows);
    return rows.map((_, i) => out.slice(i * d, (i + 1) * d));
  }

  /** The worst window of each document with its nearest attack exemplar. */
  async match(docs: readonly ScanDocument[]): Promise<(SemanticMatch | undefined)[]> {
    if (!this.model || !this.manifest || !this.store) throw new Error('SemanticLayer used before load()');
    const { a, b } = this.manifest.semanticCalibration;
    const { dim, vectors, entries } = this.store;
    const { features, owners } = collectWindows(docs, this.featurizer);
    const emb = await this.model.run(features);
    const best: (SemanticMatch | undefined)[] = docs.map(() => undefined);
    owners.forEach((owner, i) => {
      const n = nearest(vectors, entries, dim, emb, i * dim);
      const score = 1 / (1 + Math.exp(-(a * (n.attackSimilarity - n.benignSimilarity) + b)));
      const prev = best[owner.doc];
      if (!prev || score > prev.score) {
        best[owner.doc] = { score, similarity: n.attackSimilarity, exemplar: entries[n.attackIndex], owner };
      }
    });
    return best;
  }

  async scoreBatch(docs: readonly ScanDocument[]): Promise<LayerOutput[]> {
    const matches = await this.match(docs);
    const { warn, block } = (this.manifest as ModelManifest).thresholds.semantic;
    return matches.map((m): LayerOutput => {
      if (!m) return { score: 0, findings: [] };
      if (m.score < warn || !m.exemplar) return { score: m.score, findings: [] };
      const [start, end] = m.owner.view.toOriginal(m.owner.window.start, m.owner.window.end);
      const finding: Finding = {
        category: m.exemplar.category.startsWith('jailbreak') ? 'jailbreak' : 'prompt_injection',
        severity: m.score >= block ? 'high' : 'medium',
        description: `Similar to known ${m.exemplar.category} attacks (nearest exemplar from ${m.exemplar.file}, cosine ${m.similarity.toFixed(2)})`,
        start,
        end,
        layer: this.name,
        score: m.score,
        encoding: m.owner.view.encoding,
      };
      return { score: m.score, findings: [finding] };
    });
  }
}
