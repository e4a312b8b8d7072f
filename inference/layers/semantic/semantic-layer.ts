// The embedding-similarity layer: encodes every window with the ONNX encoder, whose graph also finds the
// nearest known-attack and benign exemplars; reports the nearest attack (family and source) as the explanation.
import type { Layer, LayerOutput, ScanDocument } from '../layer.js';
import type { Finding, ScanModeName } from '../../scan-types.js';
import { collectWindows, sharedFeaturizer, type WindowOwner } from '../../features/document-windows.js';
import { OnnxWindowModel } from '../../models/onnx-window-model.js';
import { loadServingManifest, MODELS_DIR } from '../../models/model-manifest.js';
import { loadExemplars, type ExemplarStore } from '../../models/exemplar-store.js';
import { calibrate, documentDiscounts, NO_DISCOUNT, POLICY_BLOCK, POLICY_WARN, type CalibrationKnots, type LengthDiscount } from '../../models/score-calibration.js';
import type { ExemplarEntry } from './exemplar-index.js';

export interface SemanticMatch {
  /** Calibrated 0..1 score of the document's worst window. */
  readonly score: number;
  /** Cosine to the nearest attack exemplar. */
  readonly similarity: number;
  readonly exemplar: ExemplarEntry | undefined;
  readonly owner: WindowOwner;
}

const SEARCH_OUTPUTS = ['attack_sim', 'attack_index', 'benign_sim'];

export class SemanticLayer implements Layer {
  readonly name = 'semantic' as const;
  readonly modes: readonly ScanModeName[] = ['content'];
  version = 'unloaded';
  private model: OnnxWindowModel | undefined;
  private store: ExemplarStore | undefined;
  private knots: CalibrationKnots = [];
  private discount: LengthDiscount = NO_DISCOUNT;
  private dim = 0;

  constructor(private readonly dir = MODELS_DIR) {}

  async load(): Promise<void> {
    if (this.model) return;
    const manifest = loadServingManifest(this.dir);
    const outputs = { [manifest.encoder.output]: manifest.encoder.dim, attack_sim: 1, attack_index: 1, benign_sim: 1 };
    const model = new OnnxWindowModel(manifest.encoder.file, outputs, this.dir);
    await model.load();
    this.store = loadExemplars(manifest, this.dir);
    this.knots = manifest.calibration.semantic;
    this.discount = manifest.lengthDiscount?.semantic ?? NO_DISCOUNT;
    this.dim = manifest.encoder.dim;
    this.model = model;
    this.version = `encoder@${manifest.version}`;
  }

  /** Unit vectors of arbitrary texts (already normalised views), one batched run: for tests and tools. */
  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    if (!this.model) throw new Error('SemanticLayer used before load()');
    const rows = texts.map((t) => sharedFeaturizer().featurizeWindow(t));
    const out = (await this.model.run(rows, ['embedding_out'])).embedding_out!;
    return rows.map((_, i) => out.slice(i * this.dim, (i + 1) * this.dim));
  }

  /** The worst window of each document with its nearest attack exemplar. */
  async match(docs: readonly ScanDocument[]): Promise<(SemanticMatch | undefined)[]> {
    if (!this.model || !this.store) throw new Error('SemanticLayer used before load()');
    const { features, owners } = collectWindows(docs);
    const out = await this.model.run(features, SEARCH_OUTPUTS);
    const attackSim = out.attack_sim!;
    const attackIndex = out.attack_index!;
    const benignSim = out.benign_sim!;
    const discounts = documentDiscounts(owners, docs.length, this.discount);
    const best: (SemanticMatch | undefined)[] = docs.map(() => undefined);
    owners.forEach((owner, i) => {
      const score = calibrate(attackSim[i]! - benignSim[i]! - discounts[owner.doc]!, this.knots);
      const prev = best[owner.doc];
      if (!prev || score > prev.score) {
        best[owner.doc] = { score, similarity: attackSim[i]!, exemplar: this.store!.attacks[attackIndex[i]!], owner };
      }
    });
    return best;
  }

  async scoreBatch(docs: readonly ScanDocument[]): Promise<LayerOutput[]> {
    const matches = await this.match(docs);
    return matches.map((m): LayerOutput => {
      if (!m) return { score: 0, findings: [] };
      if (m.score < POLICY_WARN || !m.exemplar) return { score: m.score, findings: [] };
      const [start, end] = m.owner.view.toOriginal(m.owner.window.start, m.owner.window.end);
      const finding: Finding = {
        category: m.exemplar.category.startsWith('jailbreak') ? 'jailbreak' : 'prompt_injection',
        severity: m.score >= POLICY_BLOCK ? 'high' : 'medium',
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
