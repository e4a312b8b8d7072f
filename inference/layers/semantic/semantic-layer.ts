// The embedding-similarity layer: every window's encoder vector is compared with the known-attack and
// benign exemplars inside the head graph (window-scorer.ts runs the models once for both learned
// layers); reports the nearest attack (family and source) as the explanation.
import type { Layer, LayerOutput, ScanDocument } from '../layer.js';
import type { Finding, ScanModeName } from '../../scan-types.js';
import type { TextWindow } from '../../features/windows.js';
import type { TextView } from '../../text/text-view.js';
import { isPageView } from '../../text/document-views.js';
import { isBlank } from '../../text/blank.js';
import { WindowScorer } from '../../models/window-scorer.js';
import { MODELS_DIR } from '../../models/model-manifest.js';
import { loadExemplars, type ExemplarStore } from '../../models/exemplar-store.js';
import { oneWindowCaps, windowDiscounts } from '../../models/window-discount.js';
import { calibrate, NO_DISCOUNT, POLICY_BLOCK, POLICY_WARN, SINGLE_WINDOW_CAP, UNSEEN_CEILING, type CalibrationKnots, type LengthDiscount } from '../../models/score-calibration.js';
import type { ExemplarEntry } from './exemplar-index.js';

export interface SemanticMatch {
  /** Calibrated 0..1 score of the document's worst window. */
  readonly score: number;
  /** Cosine to the nearest attack exemplar. */
  readonly similarity: number;
  readonly exemplar: ExemplarEntry | undefined;
  readonly view: TextView;
  readonly window: TextWindow;
  /** The window is cut from the page's unseen text read alone (document-windows.ts). */
  readonly unseen: boolean;
}

/**
 * Unseen text of a page (hidden element, comment, alt/title text) that reads like a known attack at
 * WARN level is raised to the top of the WARN band when it is prose (UNSEEN_MIN_WORDS): no reader needs it,
 * and an instruction hidden from the human is the attack a proxy exists to stop, so it takes little more (a
 * rule, or the classifier's agreement: policy.ts) to BLOCK it. Shorter than that, a window in the WARN band
 * is an interface label read out of context ("Your cart is empty" in Spanish reached 0.52) and drops below WARN.
 * The semantic layer alone never BLOCKs unseen text (UNSEEN_CEILING): an eighteenth fresh set's benign pages in
 * 26 languages had cookie banners ("Możesz zaakceptować wszystkie, odrzucić te…", "Gizliliğinize önem
 * veriyoruz") and alt text ("rader med serverskap i en datahall") within cosine 0.84–0.94 of multilingual attack
 * exemplars, and 7 of 90 were BLOCKed by this alone; no planted page of three sets (1,160 pages) needed it.
 */
export function unseenScore(score: number, text: string, nearestCategory?: string): number {
  if (score < POLICY_WARN) return score;
  // Near an encoded payload, words read like noise to the encoder: alt text in Czech folded to ASCII ("panorama
  // ceskeho krumlova s vezi zamku") sat at cosine 0.86 from a rot13 injection. An encoded attack is read where it is
  // decoded (the de-obfuscated views), so this likeness alone is no more than it is.
  if (nearestCategory === ENCODED_CATEGORY) return Math.min(score, UNSEEN_CEILING);
  if (wordCount(text) >= UNSEEN_MIN_WORDS) return UNSEEN_CEILING;
  // A label read alone ("Tu carrito está vacío.", "Martijn P.'s user avatar") that only reaches the WARN
  // band says too little to warn on; one that reads like an attack outright warns.
  return score < POLICY_BLOCK ? Math.min(score, UNSEEN_LABEL_CAP) : UNSEEN_CEILING;
}


/** The exemplar category of attacks as they were sent, encoded (base64, rot13, hex…). */
const ENCODED_CATEGORY = 'encoded_injection';

/**
 * The most a window of unseen text shorter than UNSEEN_MIN_WORDS keeps inside the WARN band, and a window without
 * prose (hasProse) keeps at all: below WARN, and below SEMANTIC_AGREEMENT (0.3), so a label the layer has set aside
 * does not confirm the classifier either. At 0.35 it did: a hidden consent banner's "Akzeptieren Ablehnen" and a
 * classifier at 0.48 BLOCKed a German page together.
 */
export const UNSEEN_LABEL_CAP = 0.29;

/**
 * Letters any window needs, outside URLs and paths, to reach WARN. A page's line that is one image URL
 * ("https://docs.husvert.no/static/img/eeo9aa88asd2.jpg") sat at cosine 0.92–0.94 from override exemplars and BLOCKed
 * two benign pages alone: to the encoder a string of unknown pieces is near everything. No attack is a URL. Letters,
 * not words, so text written without spaces counts.
 */
export const MIN_PROSE_LETTERS = 8;

/** Whether `text` holds MIN_PROSE_LETTERS letters outside its tokens with a slash (URLs, paths). */
export function hasProse(text: string): boolean {
  let n = 0;
  for (const token of text.split(/\s+/)) {
    if (!token.includes('/') && (n += token.match(LETTER)?.length ?? 0) >= MIN_PROSE_LETTERS) return true;
  }
  return false;
}
const LETTER = /\p{L}/gu;

/**
 * Whether every non-blank character of `text`'s [start, end) lies in one of `ranges` (sorted [start, end) pairs): a window
 * of a page's own text that holds nothing a reader sees, such as the head's meta keywords and og:image URL, is judged as
 * the same text read alone in an unseen window is (unseenScore). A Japanese recipe's "肉じゃが,和食,作り置き,メークイン" sat at
 * cosine 0.93 from a multilingual override exemplar and BLOCKed the page alone (forty-fourth set).
 */
export function whollyWithin(ranges: ReadonlyArray<readonly [number, number]>, text: string, start: number, end: number): boolean {
  let r = 0;
  for (let i = start; i < end; i++) {
    if (isBlank(text.charCodeAt(i))) continue;
    while (r < ranges.length && ranges[r]![1] <= i) r++;
    if (r === ranges.length || ranges[r]![0] > i) return false;
  }
  return true;
}

/** Words a window of unseen text needs before WARN is raised to BLOCK: a label ("Helpwise AI Docs – Home") is no order. */
export const UNSEEN_MIN_WORDS = 6;

function wordCount(text: string): number {
  // Words of prose: letters between spaces or punctuation, not the pieces of a URL or a path.
  let n = 0;
  for (const token of text.split(/\s+/)) if (PROSE_WORD.test(token) && ++n >= UNSEEN_MIN_WORDS) break;
  return n;
}

const PROSE_WORD = /^["'“„«(]?[\p{L}\p{M}][\p{L}\p{M}'’-]*[.,;:!?)"'”»]*$/u;

export class SemanticLayer implements Layer {
  readonly name = 'semantic' as const;
  readonly modes: readonly ScanModeName[] = ['content'];
  version = 'unloaded';
  private scorer: WindowScorer | undefined;
  private store: ExemplarStore | undefined;
  private knots: CalibrationKnots = [];
  private discount: LengthDiscount = NO_DISCOUNT;

  constructor(private readonly dir = MODELS_DIR) {}

  async load(): Promise<void> {
    if (this.scorer) return;
    const scorer = WindowScorer.shared(this.dir);
    await scorer.load();
    const { manifest } = scorer;
    this.store = loadExemplars(manifest, this.dir);
    this.knots = manifest.calibration.semantic;
    this.discount = manifest.lengthDiscount?.semantic ?? NO_DISCOUNT;
    this.scorer = scorer;
    this.version = `encoder@${manifest.version}`;
  }

  /** Unit vectors of arbitrary texts (already normalised views), one batched run: for tests and tools. */
  embed(texts: readonly string[]): Promise<Float32Array[]> {
    if (!this.scorer) throw new Error('SemanticLayer used before load()');
    return this.scorer.embed(texts);
  }

  /** The worst window of each document with its nearest attack exemplar. */
  async match(docs: readonly ScanDocument[]): Promise<(SemanticMatch | undefined)[]> {
    if (!this.scorer || !this.store) throw new Error('SemanticLayer used before load()');
    const store = this.store;
    const scored = await this.scorer.scoreDocuments(docs);
    return scored.map((d) => {
      const discount = windowDiscounts(d.attackSim.length, d.unseenFrom, this.discount);
      const [regularCap, unseenCap] = oneWindowCaps(d.attackSim.length, d.unseenFrom, SINGLE_WINDOW_CAP);
      let best: SemanticMatch | undefined;
      for (let i = 0; i < d.attackSim.length; i++) {
        const calibrated = Math.min(i < d.unseenFrom ? regularCap : unseenCap, calibrate(d.attackSim[i]! - d.benignSim[i]! - discount[i]!, this.knots));
        const unseen = i >= d.unseenFrom;
        const exemplar = store.attacks[d.attackIndex[i]!];
        let score = calibrated;
        if (calibrated >= POLICY_WARN) {
          const view = d.views[i]!;
          const text = view.text.slice(d.spans[i]!.start, d.spans[i]!.end);
          const hidden = unseen || (isPageView(view) && whollyWithin(view.hiddenRanges, view.text, d.spans[i]!.start, d.spans[i]!.end));
          score = !hasProse(text) ? Math.min(calibrated, UNSEEN_LABEL_CAP) : hidden ? unseenScore(calibrated, text, exemplar?.category) : calibrated;
        }
        if (!best || score > best.score) {
          best = { score, similarity: d.attackSim[i]!, exemplar, view: d.views[i]!, window: d.spans[i]!, unseen };
        }
      }
      return best;
    });
  }

  async scoreBatch(docs: readonly ScanDocument[]): Promise<LayerOutput[]> {
    const matches = await this.match(docs);
    return matches.map((m): LayerOutput => {
      if (!m) return { score: 0, findings: [] };
      if (m.score < POLICY_WARN || !m.exemplar) return { score: m.score, findings: [] };
      const [start, end] = m.view.toOriginal(m.window.start, m.window.end);
      const finding: Finding = {
        category: m.exemplar.category.startsWith('jailbreak') ? 'jailbreak' : 'prompt_injection',
        severity: m.score >= POLICY_BLOCK ? 'high' : 'medium',
        description: `${m.unseen ? 'Hidden from the reader and similar' : 'Similar'} to known ${m.exemplar.category} attacks (nearest exemplar from ${m.exemplar.file}, cosine ${m.similarity.toFixed(2)})`,
        start,
        end,
        layer: this.name,
        score: m.score,
        encoding: m.view.encoding,
      };
      return { score: m.score, findings: [finding] };
    });
  }
}
